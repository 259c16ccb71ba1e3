import { ruleMessageKey, suggestionKey, type Finding } from '../anomaly.js';
import type { AccountSnapshot } from '../snapshot.js';
import { atLeast, livePeople, mostInfluential, peopleInPlay } from '../snapshotReading.js';

/**
 * Everything rests on one contact: of the people in play, exactly one is at 约会 or closer. (Nobody at
 * all is the start of every account, and the coach and decision-maker rules already speak to it.)
 */
export function singleThreaded(snapshot: AccountSnapshot): Finding[] {
  const inPlay = peopleInPlay(snapshot, livePeople(snapshot));
  const close = inPlay.filter((p) => atLeast(p.relationship, 'meeting'));
  if (close.length !== 1) return [];
  const only = close[0]!;
  const next = mostInfluential(inPlay.filter((p) => p.id !== only.id && p.attitude !== 'opponent'));
  return [
    {
      ruleId: 'single_threaded',
      subjectKey: `${snapshot.account.id}:${only.id}`,
      severity: 'high',
      messageKey: ruleMessageKey('single_threaded'),
      params: { name: only.name },
      personIds: [only.id],
      fix: { kind: 'plan' },
      suggestion: next
        ? { key: suggestionKey('widenContactsTo'), params: { name: only.name, next: next.name } }
        : { key: suggestionKey('widenContacts'), params: { name: only.name } },
    },
  ];
}
