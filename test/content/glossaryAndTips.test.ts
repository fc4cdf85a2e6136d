import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/query/normalize.js';
import { content } from '../helpers/core.js';

const entry = (id: string) => {
  const found = content.glossary.entries.find((e) => e.id === id);
  if (!found) throw new Error(`glossary entry ${id} missing`);
  return found;
};

describe('tips by audience', () => {
  it('gives every tip an audience and has at least 8 for supervisors and leaders', () => {
    const forSupervisors = content.tips.filter((t) => t.audience === 'supervisors');
    expect(forSupervisors.length).toBeGreaterThanOrEqual(8);
    expect(content.tips.filter((t) => t.audience === 'everyone').length).toBeGreaterThan(30);
  });

  it('says whom a supervisors tip speaks to, and keeps those words out of tips for everyone', () => {
    const addressed = /^(?:For supervisors|For leaders)\b|\bif you are in a leadership role\b/i;
    for (const tip of content.tips) {
      expect(addressed.test(tip.text), `${tip.id}: ${tip.text}`).toBe(tip.audience === 'supervisors');
    }
  });
});

describe('glossary', () => {
  it('has the entries staff ask about, reachable by the words they type', () => {
    const typed: Record<string, string[]> = {
      proqol: ['proqol', 'pro qol', 'professional quality of life'],
      stss: ['stss', 'secondary traumatic stress scale'],
      'vicarious-trauma': ['vicarious trauma'],
      'compassion-fatigue': ['compassion fatigue', 'is compassion fatigue the same as sts'],
      'burnout-vs-sts': ['burnout', 'burnout vs sts'],
      rct: ['rct', 'randomized controlled trial', 'randomised controlled trial'],
      'cebc-review': ['how are programs rated', 'how do programs get listed'],
    };
    const owner = new Map(
      content.glossary.entries.flatMap((e) => e.triggers.map((t) => [normalize(t), e.id])),
    );
    for (const [id, words] of Object.entries(typed)) {
      for (const word of words) expect(owner.get(normalize(word)), word).toBe(id);
    }
  });

  it('uses each trigger for one entry only', () => {
    const all = content.glossary.entries.flatMap((e) => e.triggers.map(normalize));
    expect(new Set(all).size).toBe(all.length);
  });

  it('contrasts compassion fatigue and burnout with STS itself', () => {
    for (const id of ['compassion-fatigue', 'burnout-vs-sts']) {
      const e = entry(id);
      expect(e.summary, id).toMatch(/\bSTS\b/);
      expect(
        e.points.some((p) => /\bSTS\b/.test(p.text)),
        id,
      ).toBe(true);
    }
  });
});
