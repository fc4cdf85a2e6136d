import type { types } from '@slack/bolt';
import type { Answerer } from '../../src/answer/answer.js';
import type { Catalog } from './readCatalog.js';
import { renderSlackBlocks, type SlackBlock } from './renderSlackBlocks.js';
import { LIMITS } from './slackLimits.js';

/** The only Slack-specific words on the Home tab: how to reach the bot here. */
const HOW_TO_ASK =
  'Ask me with `/sts your question` in any channel (only you see the answer), mention me in a channel, or write to me in the Messages tab.';

/**
 * The App Home tab. Everything about the topic comes from the core: its help answer (what the bot
 * does, example questions, the disclaimer and the crisis lines) and its list of all programs.
 */
export function renderHomeView(answer: Answerer, catalog: Catalog): types.HomeView {
  const help = renderSlackBlocks(answer('help'), { moreLink: catalog.topicLink, maxBlocks: 40 });
  const how: SlackBlock = { type: 'section', text: { type: 'mrkdwn', text: HOW_TO_ASK } };
  const used = help.length + 3;
  const programs = renderSlackBlocks(answer('list all programs'), {
    moreLink: catalog.topicLink,
    details: true,
    maxBlocks: LIMITS.homeBlocks - used,
  });
  return {
    type: 'home',
    blocks: [...help.slice(0, 1), how, ...help.slice(1), { type: 'divider' }, ...programs],
  };
}
