import type { Person, ReportLabel, TeamMember } from '../contract/index.js';
import type { Currency } from '../domain/accounts.js';
import { formatAmountCompact } from '../domain/amount.js';
import { nameCollator } from '../domain/nameOrder.js';
import type { Attitude, BuyingRole, Influence, RelationshipLevel, Style } from '../domain/people.js';
import type { Language } from '../i18n/languages.js';
import { attitudeLabel, influenceLabel, relationshipLabel, roleLabel, styleLabel } from '../i18n/vocabLabels.js';
import { formatDate, formatMoney } from './format.js';
import { reportText, type ReportText } from './translate.js';

/** What every section renderer of a report gets: the language's words and formats, and lookups. */
export interface ReportContext {
  lang: Language;
  t: ReportText;
  now: Date;
  date(iso: string): string;
  money(amount: number, currency: Currency): string;
  /** An opportunity's or a cell's amount as the app lists it: 1,200万 / CN¥12M. */
  amount(amount: number, currency: Currency): string;
  label(label: ReportLabel): string;
  role(role: BuyingRole): string;
  attitude(attitude: Attitude): string;
  relationship(level: RelationshipLevel): string;
  style(style: Style): string;
  influence(influence: Influence): string;
  person(id: string | null): Person | undefined;
  ownerName(person: Person): string;
  /** One of our team members' name, by id (undefined once they left the team). */
  teamName(id: string): string | undefined;
  collator: Intl.Collator;
}

export function reportContext(lang: Language, people: readonly Person[], team: readonly TeamMember[], now = new Date()): ReportContext {
  const t = reportText(lang);
  const byId = new Map(people.map((p) => [p.id, p]));
  const owners = new Map(team.map((m) => [m.id, m.name]));
  return {
    lang,
    t,
    now,
    date: (iso) => formatDate(lang, iso),
    money: (amount, currency) => formatMoney(lang, amount, currency),
    amount: (amount, currency) => formatAmountCompact(amount, currency, lang),
    label: (label) => (typeof label === 'string' ? label : t(label.key, label.params)),
    role: (role) => roleLabel(t, role),
    attitude: (attitude) => attitudeLabel(t, attitude),
    relationship: (level) => relationshipLabel(t, level),
    style: (style) => styleLabel(t, style),
    influence: (influence) => influenceLabel(t, influence),
    person: (id) => (id === null ? undefined : byId.get(id)),
    ownerName: (person) => (person.ownerId ? (owners.get(person.ownerId) ?? '') : ''),
    teamName: (id) => owners.get(id),
    collator: nameCollator(lang),
  };
}
