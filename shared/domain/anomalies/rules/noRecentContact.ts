import { daysBetween, isValidCalendarDate } from '../../plan/calendarDate.js';
import { ruleMessageKey, suggestionKey, type Finding } from '../anomaly.js';
import type { AccountSnapshot } from '../snapshot.js';
import { livePeople } from '../snapshotReading.js';

/**
 * A high-influence person with no activity for more than `noContactDays`, or never. The subject
 * includes the last contact, so a dismissed gap does not hide the next one.
 */
export function noRecentContact(snapshot: AccountSnapshot): Finding[] {
  const lastContact = new Map<string, string>();
  for (const activity of snapshot.activities) {
    // A date ahead of today is a planned meeting, not a contact yet.
    if (!isValidCalendarDate(activity.date) || activity.date > snapshot.today) continue;
    for (const id of activity.personIds) if ((lastContact.get(id) ?? '') < activity.date) lastContact.set(id, activity.date);
  }
  return [...livePeople(snapshot).values()].flatMap((person): Finding[] => {
    if (person.influence !== 'high') return [];
    const last = lastContact.get(person.id);
    const days = last === undefined ? null : daysBetween(last, snapshot.today);
    if (days !== null && days <= snapshot.thresholds.noContactDays) return [];
    return [
      {
        ruleId: 'no_recent_contact',
        subjectKey: `${person.id}:${last ?? 'never'}`,
        severity: 'medium',
        messageKey: ruleMessageKey('no_recent_contact', last === undefined ? 'never' : 'message'),
        params: last === undefined ? { name: person.name } : { name: person.name, days: days!, last },
        personIds: [person.id],
        fix: { kind: 'person', id: person.id },
        suggestion: { key: suggestionKey('planContact'), params: { name: person.name } },
      },
    ];
  });
}
