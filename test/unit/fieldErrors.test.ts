import { describe, expect, it } from 'vitest';
import { accountFields } from '../../shared/contract/accounts.js';
import { errorKeyOf, fieldErrorKeys, toFieldError } from '../../shared/contract/fieldErrors.js';
import { cut, emptyPersonFields, linkFields, personFields } from '../../shared/contract/index.js';

const issuesOf = (result: { success: boolean; error?: { issues: unknown[] } }) => {
  if (result.success || !result.error) throw new Error('expected a failure');
  return result.error.issues as Parameters<typeof toFieldError>[0][];
};

describe('schema errors as i18n keys', () => {
  it('keeps the contract’s own keys and reads zod’s built-in checks as errors.invalid', () => {
    expect(errorKeyOf('errors.tooLong')).toBe('errors.tooLong');
    expect(errorKeyOf('Too small: expected number to be >=1')).toBe('errors.invalid');
    expect(errorKeyOf(undefined)).toBe('errors.invalid');
  });

  it('gives each field its first problem', () => {
    const issues = issuesOf(personFields.safeParse({ ...emptyPersonFields, name: '  ', title: 'x'.repeat(201), attitude: 'angry' }));
    expect(fieldErrorKeys(issues)).toEqual({ name: 'errors.required', title: 'errors.tooLong', attitude: 'errors.choose' });
    // A decision step out of range has no key of its own in the contract.
    expect(fieldErrorKeys(issuesOf(linkFields.safeParse({ kind: 'decision_flow', label: '', step: 0, notes: '' })))).toEqual({ step: 'errors.invalid' });
  });

  it('answers the backend’s field errors with path, key, limits and English text', () => {
    const [issue] = issuesOf(accountFields.partial().safeParse({ annualPotential: -1 }));
    expect(toFieldError(issue!)).toEqual({ path: 'annualPotential', key: 'errors.notNegative', params: { minimum: 0 }, message: 'Must not be negative.' });
  });
});

describe('echoed text is cut short', () => {
  it('never splits a surrogate pair and marks the cut', () => {
    expect(cut('short')).toBe('short');
    const cutText = cut(`${'a'.repeat(99)}😀tail`, 100);
    expect(cutText).toBe(`${'a'.repeat(99)}…`);
    expect(/\p{Cs}/u.test(cutText)).toBe(false);
  });
});
