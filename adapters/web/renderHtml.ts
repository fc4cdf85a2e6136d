import type { Answer, Block, FactLine } from '../../src/answer/model.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Only our own http(s) links become anchors. */
function link(label: string, url: string): string {
  if (!/^https?:\/\//.test(url)) return escapeHtml(label);
  return `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(label)}</a>`;
}

function fact(f: FactLine): string {
  return `<li>${escapeHtml(f.text)}${f.unconfirmed ? ' <span class="unconfirmed">unconfirmed</span>' : ''}</li>`;
}

function block(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'program': {
      const p = b.program;
      const why =
        b.reasons.length > 0 ? `<div class="why">Why: ${escapeHtml(b.reasons.join('; '))}</div>` : '';
      return `<section class="program"><h3>${link(p.name, p.cebc.url)}</h3>
<div class="fields"><span>Rating: <b>${escapeHtml(p.rating.level)}</b> (${escapeHtml(p.rating.name)})</span><span>CWS relevance: <b>${escapeHtml(p.relevance)}</b></span></div>${why}</section>`;
    }
    case 'facts':
      return `<h4>${escapeHtml(b.heading)}</h4><ul>${b.facts.map(fact).join('')}</ul>`;
    case 'quote':
      return `<blockquote>${escapeHtml(b.text)}<footer>${link(b.attribution.label, b.attribution.url)}</footer></blockquote>`;
    case 'comparison': {
      const head = `<tr><td></td>${b.programs.map((p) => `<th scope="col">${escapeHtml(p.shortName)}</th>`).join('')}</tr>`;
      const rows = b.rows
        .map(
          (r) =>
            `<tr><th scope="row">${escapeHtml(r.label)}</th>${r.values.map((v) => `<td>${escapeHtml(v)}</td>`).join('')}</tr>`,
        )
        .join('');
      return `<table class="compare"><thead>${head}</thead><tbody>${rows}</tbody></table>`;
    }
    case 'resources':
      return `<section class="resources"><h4>${escapeHtml(b.heading)}</h4><ul>${b.items
        .map(
          (r) =>
            `<li><b>${escapeHtml(r.name)}</b>: ${escapeHtml(r.how.join(' · '))}. ${escapeHtml(r.detail)}${r.url ? ` ${link(r.url.replace(/^https?:\/\//, ''), r.url)}` : ''}</li>`,
        )
        .join('')}</ul></section>`;
    case 'examples':
      return `<h4>${escapeHtml(b.heading)}</h4><ul class="examples">${b.questions
        .map((q) => `<li><button type="button" class="example">${escapeHtml(q)}</button></li>`)
        .join('')}</ul>`;
    case 'links':
      return `<div class="links">${b.links.map((l) => link(l.label, l.url)).join(' · ')}</div>`;
    case 'note':
      return `<p class="note">${escapeHtml(b.text)}</p>`;
    case 'more':
      // The page asks the button's text as a question, as it does for example questions.
      return `<p><button type="button" class="example more">${escapeHtml(b.label)}</button></p>`;
  }
}

/** The try-it page's rendering: every string escaped, links only from our content. */
export function renderHtml(answer: Answer): string {
  return `<h2>${escapeHtml(answer.title)}</h2>${answer.blocks.map(block).join('\n')}`;
}
