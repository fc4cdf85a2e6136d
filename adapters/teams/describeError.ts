import { z } from 'zod';

const ErrorFields = z.looseObject({
  code: z.string().optional(),
  statusCode: z.number().optional(),
});

export interface ErrorSummary {
  name: string;
  code?: string;
  statusCode?: number;
  /** Stack frames without the message line. */
  at?: string[];
}

/**
 * What may be logged about an error: its kind, HTTP status and where it was thrown. Never the message:
 * SDK and HTTP errors can carry URLs with conversation ids, activity bodies or tokens.
 */
export function describeError(error: unknown): ErrorSummary {
  if (!(error instanceof Error)) return { name: typeof error };
  const fields = ErrorFields.safeParse(error);
  // A V8 stack starts with "Name: message", which may span lines; keep only the frames after it.
  const header = String(error);
  const stack = error.stack ?? '';
  const at = (stack.startsWith(header) ? stack.slice(header.length) : '')
    .split('\n')
    .filter((frame) => /^\s+at /.test(frame))
    .slice(0, 5)
    .map((frame) => frame.trim().slice('at '.length));
  return {
    name: error.name,
    ...(fields.success && fields.data.code ? { code: fields.data.code } : {}),
    ...(fields.success && fields.data.statusCode ? { statusCode: fields.data.statusCode } : {}),
    ...(at.length > 0 ? { at } : {}),
  };
}
