import { describe, expect, it } from 'vitest';
import { describeError } from '../../adapters/teams/describeError.js';

describe('describeError', () => {
  it('keeps the name, HTTP status and frames, never the message, even one spanning lines', () => {
    const error = Object.assign(new Error('reply to 19:abc@thread failed\n    at a line the user wrote'), {
      statusCode: 403,
      code: 'Forbidden',
    });
    const summary = describeError(error);
    expect(summary).toMatchObject({ name: 'Error', statusCode: 403, code: 'Forbidden' });
    expect(summary.at?.[0]).toContain('describeError.test.ts');
    expect(JSON.stringify(summary)).not.toMatch(/thread|user wrote/);
  });

  it('describes a thrown non-error by its type only', () => {
    expect(describeError('token=abc')).toEqual({ name: 'string' });
  });
});
