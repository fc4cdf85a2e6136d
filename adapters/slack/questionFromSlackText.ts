/**
 * Slack delivers user text with markup: `<@U123>` mentions, `<!here>` specials, `<#C1|name>` channels,
 * `<https://x|label>` links, and `&amp;`/`&lt;`/`&gt;` entities. The core wants the plain words, so
 * mentions, specials and channels are dropped, links keep only their label, and entities are decoded
 * last (after markup is gone, so a decoded `<` can never be read as markup).
 */
export function questionFromSlackText(text: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_whole, inner: string) => {
      const bar = inner.indexOf('|');
      const target = bar === -1 ? inner : inner.slice(0, bar);
      if (/^[@!#]/.test(target) || bar === -1) return ' ';
      return ` ${inner.slice(bar + 1)} `;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
