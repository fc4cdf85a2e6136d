import { expect } from 'vitest';

type Json = Record<string, unknown>;

const textOf = (v: unknown): string =>
  typeof v === 'object' && v !== null && typeof (v as Json).text === 'string'
    ? ((v as Json).text as string)
    : '';

function checkButton(b: Json): void {
  expect(textOf(b.text).length).toBeLessThanOrEqual(75);
  expect(String(b.value ?? '').length).toBeLessThanOrEqual(2000);
  expect(String(b.accessibility_label ?? '').length).toBeLessThanOrEqual(75);
  expect(String(b.action_id).length).toBeLessThanOrEqual(255);
}

/** Asserts Slack's published Block Kit limits on a rendered block list. */
export function checkBlockLimits(blocks: Json[], maxBlocks = 50): void {
  expect(blocks.length).toBeLessThanOrEqual(maxBlocks);
  for (const block of blocks) {
    switch (block.type) {
      case 'header':
        expect(textOf(block.text).length).toBeGreaterThan(0);
        expect(textOf(block.text).length).toBeLessThanOrEqual(150);
        break;
      case 'section': {
        expect(textOf(block.text).length).toBeLessThanOrEqual(3000);
        const fields = (block.fields ?? []) as Json[];
        expect(fields.length).toBeLessThanOrEqual(10);
        for (const f of fields) expect(textOf(f).length).toBeLessThanOrEqual(2000);
        if (block.accessory) checkButton(block.accessory as Json);
        break;
      }
      case 'context': {
        const elements = block.elements as Json[];
        expect(elements.length).toBeGreaterThan(0);
        expect(elements.length).toBeLessThanOrEqual(10);
        for (const e of elements) expect(textOf(e).length).toBeLessThanOrEqual(3000);
        break;
      }
      case 'actions': {
        const elements = block.elements as Json[];
        expect(elements.length).toBeLessThanOrEqual(25);
        for (const e of elements) checkButton(e);
        break;
      }
      case 'divider':
        break;
      default:
        throw new Error(`unexpected block type ${String(block.type)}`);
    }
  }
}
