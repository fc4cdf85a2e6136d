import express, { type Express } from 'express';
import { z } from 'zod';
import type { Answer } from '../../src/answer/model.js';
import { renderPlainText } from '../../src/render/renderPlainText.js';
import type { AdapterDeps, PlatformAdapter } from '../platform.js';
import { renderHtml } from './renderHtml.js';

const AskBody = z.object({ question: z.string().max(20_000, 'question is too long') });

/** Other renderings of the same answer, shown on the page for comparison (Block Kit, Adaptive Card). */
export type RenderingPreview = Record<string, (answer: Answer) => unknown>;

/**
 * The try-it page: ask the bot in a browser with no Slack or Teams, see the answer as the bot gives
 * it and as each platform would render it. Static files, no build step.
 */
export function createTryPage(deps: AdapterDeps & { previews: RenderingPreview }): PlatformAdapter {
  return {
    name: 'web',
    mount(app: Express) {
      app.get('/', (_req, res) => {
        res.sendFile('index.html', { root: new URL('./public/', import.meta.url).pathname });
      });
      app.use('/static', express.static(new URL('./public/', import.meta.url).pathname, { index: false }));
      app.post('/api/ask', express.json({ limit: '64kb' }), (req, res) => {
        const parsed = AskBody.safeParse(req.body);
        if (!parsed.success) {
          res.status(400).json({ error: 'send JSON like {"question": "programs high relevance"}' });
          return;
        }
        const answer = deps.answer(parsed.data.question);
        deps.logger.info({ intent: answer.intent, programs: answer.programs.length }, 'try page answer');
        const previews = Object.fromEntries(
          Object.entries(deps.previews).map(([name, render]) => [name, render(answer)]),
        );
        res.json({
          intent: answer.intent,
          programs: answer.programs,
          html: renderHtml(answer),
          text: renderPlainText(answer),
          previews,
        });
      });
    },
    async stop() {},
  };
}
