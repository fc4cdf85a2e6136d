import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answer.js';
import { loadContent } from '../../src/content/loadContent.js';
import { renderPlainText } from '../../src/render/renderPlainText.js';
import { isTipsCommand } from '../../src/tips/createResponder.js';

const content = loadContent();
const answer = createAnswerer(content, { random: () => 0, eapText: 'County EAP 1-800-555-0100' });
const text = (q: string) => renderPlainText(answer(q));

describe('safety answers', () => {
  it('decides safety before any intent: no program name, list cue or tips word turns a disclosure', () => {
    for (const q of [
      'tell me about CRM, honestly i want to die',
      'list all programs. also i want to kill myself',
      'which one is online? i have my dads pistol and im going to use it tonight',
    ]) {
      const a = answer(q);
      expect(a.private, q).toBe(true);
      expect(['crisis', 'imminent'], q).toContain(a.safety);
      expect(a.programs, q).toEqual([]);
    }
    expect(isTipsCommand('tips on friday 16:00')).toBe(true);
    expect(isTipsCommand('tips on friday 16:00 i want to die')).toBe(false);
  });

  it('starts an imminent answer with 911 and gives 988 and Crisis Text Line next', () => {
    const t = text('i just swallowed all my sleeping pills');
    expect(t.startsWith('Call 911 now')).toBe(true);
    expect(t.indexOf('988')).toBeLessThan(t.indexOf('741741'));
    expect(t).toContain("Don't stay alone");
  });

  it('gives the crisis lines first, says it is a bot, one grounding step and the EAP line', () => {
    const a = answer('i keep thinking about ending my life');
    expect(a.intent).toBe('crisis');
    expect(a.blocks[0]?.type).toBe('resources');
    const t = renderPlainText(a);
    for (const s of [
      '988',
      '741741',
      '911',
      'not a person and not a crisis service',
      'County EAP 1-800-555-0100',
    ])
      expect(t).toContain(s);
    expect(a.title).not.toMatch(/\byou\b/i);
    expect(t).not.toContain('ending my life');
  });

  it('tells someone worried about a client how to help, with 911 first when the danger is now', () => {
    const later = answer('a youth on my caseload told me she thinks about killing herself');
    expect(later.safety).toBe('someone-else');
    expect(renderPlainText(later)).toContain('it takes calls about someone else');
    const now = text('my client just texted me she took a whole bottle of pills');
    expect(now.split('\n\n')[1]).toContain('call 911');
  });

  it('answers a heavy day kindly, privately, and still answers the question asked with it', () => {
    const a = answer('i cried in my car after court again, which programs are online');
    expect(a.safety).toBe('distress');
    expect(a.private).toBe(true);
    expect(a.intent).toBe('list');
    expect(a.programs.length).toBeGreaterThan(0);
    expect(renderPlainText(a)).toContain('common for people who do this work');
  });

  it('answers Spanish in Spanish, with the Spanish lines', () => {
    const t = text('ya no puedo más, quiero morir');
    expect(t).toContain('Hay ayuda');
    expect(t).toContain('marca 2');
    expect(t).toContain('AYUDA');
  });

  it('ends every ordinary answer with one line that points to 988', () => {
    for (const q of ['programs high relevance', 'tell me about CRM', 'xyzzy', 'help', 'what is sts']) {
      const a = answer(q);
      expect(a.safety, q).toBe('none');
      const last = a.blocks.at(-1);
      expect(last?.type === 'note' && last.text, q).toBe(content.crisis.footer);
    }
  });
});
