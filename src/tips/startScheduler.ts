import { type DeliveryDeps, type DeliveryReport, deliverDueTips } from './deliverDueTips.js';

export interface SchedulerDeps extends DeliveryDeps {
  now: () => Date;
  intervalMs?: number;
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
  onReport?: (report: DeliveryReport) => void;
}

export interface Scheduler {
  /** Runs one pass now (also what each tick does); passes never overlap. */
  tick(): Promise<DeliveryReport | undefined>;
  /** Stops ticking and waits for a pass in flight, so shutdown loses nothing. */
  stop(): Promise<void>;
}

export function startScheduler(deps: SchedulerDeps): Scheduler {
  let running: Promise<DeliveryReport | undefined> | undefined;
  let stopped = false;
  const tick = () => {
    if (stopped) return Promise.resolve(undefined);
    if (running) return running;
    running = deliverDueTips(deps, deps.now())
      .then((report) => {
        deps.onReport?.(report);
        return report;
      })
      .catch((error: unknown) => {
        deps.onError?.(error);
        return undefined;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const set = deps.setInterval ?? ((fn, ms) => setInterval(fn, ms).unref());
  const clear = deps.clearInterval ?? ((h) => clearInterval(h as NodeJS.Timeout));
  const handle = set(() => void tick(), deps.intervalMs ?? 30_000);
  void tick();
  return {
    tick,
    async stop() {
      stopped = true;
      clear(handle);
      await running;
    },
  };
}
