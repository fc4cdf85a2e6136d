import { slackSignatureHeaders } from '../../slack/helpers/signSlackRequest.js';
import { FORM, slashCommand } from '../../slack/helpers/slackPayloads.js';
import { SIGNING_SECRET, startSlackHarness } from '../../slack/helpers/startSlackHarness.js';
import { type BenchResult, nowMs, summarize } from '../stats.js';

const SEQUENTIAL = 2000;
const CONCURRENT_TOTAL = 5000;
const CONCURRENCY = 50;
const WARM_UP = 200;
const QUESTION = 'programs high relevance';

/**
 * `/sts programs high relevance` through the real server and Bolt receiver on loopback: a signed
 * request in, the ack body (the Block Kit answer) out. Client and server share one process, so the
 * figures include the client's own cost.
 */
export default async function slackBench(): Promise<BenchResult[]> {
  const h = await startSlackHarness('silent');
  const body = slashCommand(QUESTION, h.api.responseUrl('bench'));
  let peakRss = process.memoryUsage().rss;

  /** One round trip; signing happens before the clock starts, as Slack does it on its side. */
  const roundTrip = async (): Promise<number> => {
    const headers = { 'content-type': FORM, ...slackSignatureHeaders(SIGNING_SECRET, body) };
    const started = nowMs();
    const res = await fetch(h.url, { method: 'POST', headers, body });
    const text = await res.text();
    const ms = nowMs() - started;
    if (res.status !== 200 || !text.includes('Mockingbird Family')) {
      throw new Error(`unexpected reply ${res.status}: ${text.slice(0, 200)}`);
    }
    return ms;
  };

  try {
    for (let i = 0; i < WARM_UP; i += 1) await roundTrip();

    const sequential: number[] = [];
    for (let i = 0; i < SEQUENTIAL; i += 1) {
      sequential.push(await roundTrip());
      if (i % 100 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }

    const concurrent: number[] = [];
    let next = 0;
    const started = nowMs();
    const worker = async () => {
      while (next < CONCURRENT_TOTAL) {
        next += 1;
        concurrent.push(await roundTrip());
        if (next % 250 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const totalMs = nowMs() - started;

    return [
      {
        suite: 'slack',
        case: `/sts ${QUESTION}: signed request → ack body, sequential`,
        samples: sequential.length,
        ...summarize(sequential),
        target: 'p99 < 50 ms',
        note: 'loopback, real Bolt ExpressReceiver on the shared express server',
      },
      {
        suite: 'slack',
        case: `/sts ${QUESTION}: ${CONCURRENCY} concurrent`,
        samples: concurrent.length,
        ...summarize(concurrent),
        perSecond: concurrent.length / (totalMs / 1000),
        totalMs,
        peakRssMb: peakRss / 1024 / 1024,
        note: 'client and server in one process',
      },
    ];
  } finally {
    await h.close();
  }
}
