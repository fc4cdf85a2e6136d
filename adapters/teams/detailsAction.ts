import { z } from 'zod';

/** The data a "Details" button sends back; Teams delivers it as the `value` of a message activity. */
export const DETAILS_ACTION = 'sts.details';

export interface DetailsData {
  action: typeof DETAILS_ACTION;
  programId: string;
  /** "More about": the full profile instead of the short answer. */
  full?: true;
}

const DetailsSubmit = z.looseObject({
  action: z.literal(DETAILS_ACTION),
  programId: z.string().min(1).max(100),
  full: z.literal(true).optional(),
});

export function detailsData(programId: string, full = false): DetailsData {
  return full ? { action: DETAILS_ACTION, programId, full: true } : { action: DETAILS_ACTION, programId };
}

/** The program asked for by a submitted card, or undefined for anything else (other cards, forged values). */
export function parseDetailsRequest(value: unknown): { programId: string; full: boolean } | undefined {
  const parsed = DetailsSubmit.safeParse(value);
  return parsed.success ? { programId: parsed.data.programId, full: parsed.data.full === true } : undefined;
}
