import { describe, expect, it } from 'vitest';
import { fail, ok, type Envelope } from '../../shared/contract/index.js';
import { typedCall, typedDispatch, type Call } from '../helpers/tempDb.js';

/** A dispatch that records what it was sent and answers `answer`. */
function recording(answer: Envelope<unknown>) {
  const sent: [unknown, unknown][] = [];
  const dispatch = (channel: unknown, input: unknown) => {
    sent.push([channel, input]);
    return answer;
  };
  return { sent, dispatch };
}

describe('the typed test call', () => {
  it('sends the channel and input as given and returns the data', () => {
    const { sent, dispatch } = recording(ok({ id: 'a1' }));
    expect(typedCall(dispatch)('accounts.delete', { id: 'a1' })).toEqual({ id: 'a1' });
    expect(sent).toEqual([['accounts.delete', { id: 'a1' }]]);
  });

  it('sends {} when a channel whose fields are all optional is called without input', () => {
    const { sent, dispatch } = recording(ok([]));
    typedCall(dispatch)('team.list');
    typedCall(dispatch)('accounts.list');
    expect(sent).toEqual([
      ['team.list', {}],
      ['accounts.list', {}],
    ]);
  });

  it('fails with the channel and the error when the backend refuses', () => {
    const { dispatch } = recording(fail({ code: 'not_found', key: 'errors.accountNotFound', message: 'No such account' }));
    expect(() => typedCall(dispatch)('accounts.get', { id: 'ghost' })).toThrow('accounts.get failed: not_found No such account');
    expect(typedDispatch(dispatch)('accounts.get', { id: 'ghost' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

/** Compile-time checks, never run: `npm run typecheck` fails if the typed call accepts any of these. */
const _refusedByTheCompiler = (call: Call) => {
  // @ts-expect-error: no such channel
  call('accounts.drop', {});
  // @ts-expect-error: accounts.get needs an id
  call('accounts.get');
  // @ts-expect-error: a wrong field type
  call('accounts.archive', { id: 'a1', archived: 'yes' });
  const account = call('accounts.get', { id: 'a1' });
  // @ts-expect-error: the data is typed by the channel, and an Account has no `people`
  return account.people as unknown;
};
