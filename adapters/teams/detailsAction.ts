import { z } from 'zod';

/** The data a "Details" button sends back; Teams delivers it as the `value` of a message activity. */
export const DETAILS_ACTION = 'sts.details';

export interface DetailsData {
  action: typeof DETAILS_ACTION;
  programId: string;
}

const DetailsSubmit = z.looseObject({
  action: z.literal(DETAILS_ACTION),
  programId: z.string().min(1).max(100),
});

export function detailsData(programId: string): DetailsData {
  return { action: DETAILS_ACTION, programId };
}

/** The program id from a submitted card, or undefined for anything else (other cards, forged values). */
export function parseDetailsSubmit(value: unknown): string | undefined {
  const parsed = DetailsSubmit.safeParse(value);
  return parsed.success ? parsed.data.programId : undefined;
}
