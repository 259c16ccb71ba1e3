import type { TFunction } from 'i18next';
import type { Person } from '../../../../shared/contract/index.js';
import { attitudeLabel, influenceLabel, relationshipLabel, roleLabel, styleLabel } from '../../../../shared/i18n/vocabLabels.js';
import { COLUMNS, type ColumnKey } from './columns.js';

type Names = { managerName: (p: Person) => string; ownerName: (p: Person) => string };

/** A cell's text as the table shows it (labels in the UI language, names rather than ids). */
function cellText(person: Person, column: ColumnKey, names: Names, t: TFunction, separator: string): string {
  switch (column) {
    case 'name':
    case 'title':
    case 'department':
    case 'motivations':
    case 'pains':
      return person[column];
    case 'reportsTo':
      return names.managerName(person);
    case 'owner':
      return names.ownerName(person);
    case 'roles':
      return person.roles.map((role) => roleLabel(t, role)).join(separator);
    case 'attitude':
      return attitudeLabel(t, person.attitude);
    case 'relationship': {
      const now = relationshipLabel(t, person.relationship);
      return person.targetRelationship ? `${now} → ${relationshipLabel(t, person.targetRelationship)}` : now;
    }
    case 'influence':
      return influenceLabel(t, person.influence);
    case 'style':
      return person.style ? styleLabel(t, person.style) : '';
  }
}

/** The key-person table as rows of text: the header in the UI language, then one row per person shown, in the columns shown. */
export function peopleTableRows(people: readonly Person[], names: Names, t: TFunction, columns: readonly ColumnKey[] = COLUMNS): string[][] {
  const separator = t('import.listSeparator');
  return [columns.map((column) => t(`table.columns.${column}`)), ...people.map((person) => columns.map((column) => cellText(person, column, names, t, separator)))];
}

/** Widths in characters for the .xlsx: wide enough for most values, never huge. */
export const columnWidths = (rows: string[][]) =>
  (rows[0] ?? []).map((_, i) => Math.min(60, Math.max(8, ...rows.slice(0, 500).map((row) => [...(row[i] ?? '')].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0) + 2))));
