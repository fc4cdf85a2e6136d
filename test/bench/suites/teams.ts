import { FakeConnector } from '../../teams/helpers/fakeConnector.js';
import { startTeamsBot } from '../../teams/helpers/startTeamsBot.js';
import { message } from '../../teams/helpers/teamsActivities.js';
import { type BenchResult, nowMs, summarize } from '../stats.js';

const SAMPLES = 2000;
const WARMUP = 100;
const QUESTIONS = [
  'programs high relevance',
  'tell me about CRM',
  'compare crm and schc',
  'what is STS?',
  'help',
];

/**
 * A 1:1 message over loopback HTTP through the real express app and CloudAdapter, until its reply
 * reaches the fake connector: sequential, so each sample is one full turn.
 */
export default async function teamsBench(): Promise<BenchResult[]> {
  const connector = await FakeConnector.start();
  const bot = await startTeamsBot({ logLevel: 'silent' });
  try {
    const turn = async (i: number): Promise<number> => {
      connector.clear();
      const activity = message(connector.serviceUrl, 'personal', QUESTIONS[i % QUESTIONS.length] ?? 'help');
      // The connector stamps arrivals with performance.now(), so the start uses the same clock.
      const started = performance.now();
      const { status } = await bot.post(activity);
      const reply = connector.posted[0];
      if (status !== 200 || !reply) throw new Error(`turn ${i}: status ${status}, no reply at the connector`);
      return reply.receivedAt - started;
    };
    for (let i = 0; i < WARMUP; i++) await turn(i);
    const samples: number[] = [];
    let peakRss = process.memoryUsage().rss;
    const begin = nowMs();
    for (let i = 0; i < SAMPLES; i++) {
      samples.push(await turn(i));
      if (i % 100 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    const totalMs = nowMs() - begin;
    return [
      {
        suite: 'teams',
        case: '1:1 message → reply at connector',
        samples: SAMPLES,
        ...summarize(samples),
        perSecond: (SAMPLES / totalMs) * 1000,
        totalMs,
        peakRssMb: peakRss / 1024 / 1024,
        target: 'p99 < 50 ms',
        note: `HTTP in, CloudAdapter, card, HTTP out; ${QUESTIONS.length} questions in turn`,
      },
    ];
  } finally {
    await bot.close();
    await connector.close();
  }
}
