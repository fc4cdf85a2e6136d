import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
// CI checks out ../shared beside the repository.
const SCHEMA_PATH = fileURLToPath(
  new URL('../../../../shared/schemas/adaptive-card-1.5.schema.json', import.meta.url),
);

let validator: ValidateFunction | undefined;

/** The official Adaptive Card 1.5 schema (draft-06, root `id` renamed to `$id` for ajv 8). */
function cardValidator(): ValidateFunction {
  if (validator) return validator;
  const require = createRequire(import.meta.url);
  const { id, ...schema } = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true });
  const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
  addFormats(ajv);
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  validator = ajv.compile({ ...schema, $id: String(id) });
  return validator;
}

/** Schema errors for a card, empty when valid. */
export function cardErrors(card: unknown): string[] {
  const validate = cardValidator();
  if (validate(card)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The Adaptive Cards attached to an activity. */
export function cardsOf(activity: Record<string, unknown>): Record<string, unknown>[] {
  const attachments = Array.isArray(activity.attachments) ? activity.attachments : [];
  return attachments.flatMap((a: unknown) =>
    isRecord(a) && a.contentType === ADAPTIVE_CARD && isRecord(a.content) ? [a.content] : [],
  );
}

/** Every string a person sees on a card: text blocks, runs, facts and button titles (not fallbackText). */
export function cardText(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(cardText);
  if (!isRecord(node)) return [];
  const own: string[] = [];
  if (node.type === 'TextBlock' || node.type === 'TextRun') own.push(String(node.text));
  if (node.type === 'Fact') own.push(String(node.title), String(node.value));
  if (typeof node.type === 'string' && node.type.startsWith('Action.') && typeof node.title === 'string') {
    own.push(node.title);
  }
  const children = ['body', 'items', 'inlines', 'actions', 'columns'].flatMap((k) => cardText(node[k]));
  const facts = Array.isArray(node.facts)
    ? node.facts.flatMap((f: unknown) => cardText({ type: 'Fact', ...(f as object) }))
    : [];
  return [...own, ...children, ...facts];
}

/** What a person sees of one activity: its text and its cards' text. */
export function visibleText(activity: Record<string, unknown>): string {
  const text = typeof activity.text === 'string' ? [activity.text] : [];
  return [...text, ...cardsOf(activity).flatMap(cardText)].join('\n');
}
