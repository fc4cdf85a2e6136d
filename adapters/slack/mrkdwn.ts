import type { Link } from '../../src/answer/model.js';

const ELLIPSIS = '…';

/**
 * Slack parses `<...>` as mentions, specials (@channel, @here) and links, and `&` starts an entity;
 * escaping these three characters is what keeps any text we post inert.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts `raw` so the result fits in `max` characters, preferring a word boundary, ending with an ellipsis. */
function clipRaw(raw: string, max: number, measure: (ch: string) => number): string {
  let used = 0;
  let cut = 0;
  for (const ch of raw) {
    const size = measure(ch);
    if (used + size > max - ELLIPSIS.length) break;
    used += size;
    cut += ch.length;
  }
  const head = raw.slice(0, cut);
  const space = head.lastIndexOf(' ');
  const clean =
    space > 0 && head.length - space <= Math.max(20, head.length * 0.2) ? head.slice(0, space) : head;
  return `${clean.trimEnd()}${ELLIPSIS}`;
}

const escapedSize = (ch: string): number => (ch === '&' ? 5 : ch === '<' || ch === '>' ? 4 : ch.length);

/** Escapes `raw` for mrkdwn and keeps the escaped result within `max`, never splitting an entity. */
export function clipEscaped(raw: string, max: number): string {
  const escaped = escapeMrkdwn(raw);
  return escaped.length <= max ? escaped : escapeMrkdwn(clipRaw(raw, max, escapedSize));
}

/** For plain_text fields (header, button labels), which Slack shows literally and must not be escaped. */
export function clipPlain(raw: string, max: number): string {
  return raw.length <= max ? raw : clipRaw(raw, max, (ch) => ch.length);
}

/**
 * A mrkdwn link from our own content. A URL that is not plain http(s), or that holds characters that
 * would end Slack's `<url|label>` syntax early, is shown as its label alone rather than risk a broken link.
 */
export function mrkdwnLink(link: Link, maxLabel = 200): string {
  const label = clipEscaped(link.label, maxLabel);
  let url: URL;
  try {
    url = new URL(link.url);
  } catch {
    return label;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || /[\s<>|]/.test(url.href)) return label;
  return `<${escapeMrkdwn(url.href)}|${label}>`;
}

/** Cuts already-escaped mrkdwn without splitting an entity or a `<...>` link. */
function cutMrkdwn(text: string, max: number): string {
  let head = text.slice(0, max - ELLIPSIS.length);
  const open = head.lastIndexOf('<');
  if (open > head.lastIndexOf('>')) head = head.slice(0, open);
  const amp = head.lastIndexOf('&');
  if (amp > head.lastIndexOf(';')) head = head.slice(0, amp);
  return `${head.trimEnd()}${ELLIPSIS}`;
}

/** Joins whole (escaped) lines while they fit in `max`; when lines are left out, ends with an ellipsis line. */
export function fitLines(lines: string[], max: number): string {
  const all = lines.join('\n');
  if (all.length <= max) return all;
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    const added = (kept.length > 0 ? 1 : 0) + line.length;
    if (used + added + 1 + ELLIPSIS.length > max) break;
    kept.push(line);
    used += added;
  }
  if (kept.length === 0) return cutMrkdwn(lines[0] ?? '', max);
  kept.push(ELLIPSIS);
  return kept.join('\n');
}

/** Joins whole (escaped) parts such as links with `separator` while they fit in `max`. */
export function joinFitting(parts: string[], separator: string, max: number): string {
  let out = '';
  for (const part of parts) {
    const next = out === '' ? part : `${out}${separator}${part}`;
    if (next.length > max) break;
    out = next;
  }
  return out === '' && parts[0] !== undefined ? cutMrkdwn(parts[0], max) : out;
}

/** A bare web address in already-escaped text ("988lifeline.org"): safe to link, it is our own content. */
const DOMAIN = /\b((?:[a-z0-9-]+\.)+(?:org|com|gov|net))\b(?![^<]*>)/gi;

/** Links the web addresses a line names, so "Chat at 988lifeline.org" can be tapped. */
export function linkDomains(escaped: string): string {
  return escaped.replace(DOMAIN, (domain: string) => `<https://${domain.toLowerCase()}|${domain}>`);
}

/**
 * The 988 Lifeline's own page (call, text or chat), for the help line's "988": Slack has no tap-to-call
 * link, so the number opens the page that offers all three.
 */
const LIFELINE_URL = 'https://988lifeline.org';

/** Links the first bare "988" in already-escaped text, unless it already sits inside a link. */
export function linkLifeline(escaped: string): string {
  return escaped.includes(LIFELINE_URL)
    ? escaped
    : escaped.replace(/\b988\b(?![^<]*>)/, `<${LIFELINE_URL}|988>`);
}
