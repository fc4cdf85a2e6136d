/**
 * Keeps the listener work that is still running after Slack got its ack (Events API requests are
 * acknowledged before listeners run), so shutdown can drain it and tests can wait for it instead of
 * sleeping.
 */
export interface InFlight {
  track<T>(work: Promise<T>): Promise<T>;
  /** Resolves once nothing is running, including work started while waiting. */
  idle(): Promise<void>;
}

export function createInFlight(): InFlight {
  const running = new Set<Promise<unknown>>();
  return {
    track(work) {
      running.add(work);
      const forget = () => running.delete(work);
      work.then(forget, forget);
      return work;
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
