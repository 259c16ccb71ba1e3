import type { TFunction } from 'i18next';
import { memo, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Person, PersonFields } from '../../../../shared/contract/index.js';
import { ATTITUDE_COLORS, RELATIONSHIP_PIPS, marksOf, onTarget } from '../../../../shared/domain/mapStyle.js';
import { attitudeLabel, influenceLabel, relationshipLabel, roleLabel, styleLabel } from '../../../../shared/i18n/vocabLabels.js';
import { InfluenceBars, MarkIcon, Pips, RoleChip } from '../../components/marks.js';
import { useFocusBack } from '../../components/useFocusBack.js';
import { VisitBriefButton } from '../report/ReportButtons.js';
import type { ColumnKey, MovableColumn } from './columns.js';
import { CellEditor } from './CellEditor.js';

/** Stable callbacks shared by every row (their identity never changes, so rows stay memoised). */
export interface RowActions {
  edit(id: string, column: ColumnKey): void;
  cancel(id: string, column: ColumnKey): void;
  save(id: string, column: ColumnKey, patch: Partial<PersonFields>): Promise<string | null>;
  toggle(id: string, selected: boolean): void;
  askDelete(ids: string[]): void;
}

export interface PersonRowProps {
  person: Person;
  columns: readonly MovableColumn[];
  /** Position in the sorted, filtered list (0-based), for aria-rowindex. */
  index: number;
  accountId: string;
  managerName: string;
  ownerName: string;
  /** The column being edited in this row, if any. */
  editing: ColumnKey | null;
  selected: boolean;
  actions: RowActions;
  t: TFunction;
  /** The latest activity naming them (a calendar date), null when never contacted. */
  lastContact?: string | null;
}

const None = ({ t }: { t: TFunction }) => <span className="muted">{t('common.none')}</span>;

/** Cells are one line (rows have a fixed height); the whole text shows on hover. */
const Text = ({ text, t }: { text: string; t: TFunction }) =>
  text.trim() ? (
    <span className="one-line" title={text}>
      {text.replace(/\s+/g, ' ')}
    </span>
  ) : (
    <None t={t} />
  );

/** Now → target while the target is ahead; once reached, the level once with a ✓ (the map's card does the same). */
function Relationship({ person, t }: { person: Person; t: TFunction }) {
  const target = person.targetRelationship;
  const ahead = target !== null && RELATIONSHIP_PIPS[target] > RELATIONSHIP_PIPS[person.relationship];
  return (
    <span className="relationship">
      <Pips level={person.relationship} target={target} />
      <span>
        {relationshipLabel(t, person.relationship)}
        {ahead && <span className="muted"> → {relationshipLabel(t, target)}</span>}
        {onTarget(person.relationship, target) && (
          <span className="on-target" role="img" aria-label={t('map.card.onTarget')} title={t('map.card.onTarget')}>
            ✓
          </span>
        )}
      </span>
    </span>
  );
}

function value(person: Person, column: Exclude<ColumnKey, 'name'>, managerName: string, ownerName: string, t: TFunction): ReactNode {
  switch (column) {
    case 'title':
    case 'department':
    case 'motivations':
    case 'pains':
      return <Text text={person[column]} t={t} />;
    case 'reportsTo':
      return <Text text={managerName} t={t} />;
    case 'owner':
      return <Text text={ownerName} t={t} />;
    case 'roles':
      return person.roles.length ? (
        <span className="chips">
          {person.roles.map((role) => (
            <RoleChip key={role} role={role} label={roleLabel(t, role)} />
          ))}
        </span>
      ) : (
        <None t={t} />
      );
    case 'attitude':
      return (
        <span className="attitude">
          <span className="dot" style={{ background: ATTITUDE_COLORS[person.attitude].fill, borderColor: ATTITUDE_COLORS[person.attitude].border }} aria-hidden="true" />
          {attitudeLabel(t, person.attitude)}
        </span>
      );
    case 'relationship':
      return <Relationship person={person} t={t} />;
    case 'influence':
      return (
        <span className={`influence influence-${person.influence}`}>
          <InfluenceBars influence={person.influence} />
          {influenceLabel(t, person.influence)}
        </span>
      );
    case 'style':
      return person.style ? styleLabel(t, person.style) : <None t={t} />;
  }
}

interface CellProps {
  person: Person;
  column: ColumnKey;
  editing: boolean;
  label: string;
  actions: RowActions;
}

function Editor({ person, column, label, actions }: Omit<CellProps, 'editing'>) {
  return (
    <CellEditor
      person={person}
      column={column}
      label={label}
      onSave={(patch) => actions.save(person.id, column, patch)}
      onCancel={() => actions.cancel(person.id, column)}
    />
  );
}

function EditableCell({ person, column, editing, label, actions, children }: CellProps & { children: ReactNode }) {
  const ref = useFocusBack(editing);
  return (
    <td className={`col-${column}${editing ? ' is-editing' : ''}`}>
      {editing ? (
        <Editor person={person} column={column} label={label} actions={actions} />
      ) : (
        <button ref={ref} type="button" className="cell-button" aria-label={label} onClick={() => actions.edit(person.id, column)}>
          {children}
        </button>
      )}
    </td>
  );
}

function NameCell({ person, accountId, editing, label, actions, t }: Omit<CellProps, 'column'> & { accountId: string; t: TFunction }) {
  const ref = useFocusBack(editing);
  return (
    <th scope="row" className={`col-name${editing ? ' is-editing' : ''}`}>
      {editing ? (
        <Editor person={person} column="name" label={label} actions={actions} />
      ) : (
        <div className="name-cell">
          <Link to={`/accounts/${accountId}/map?focus=${encodeURIComponent(person.id)}`} className="person-link" title={t('table.openOnMap', { name: person.name })}>
            {person.name}
          </Link>
          {marksOf(person).map((mark) => (
            <MarkIcon key={mark} mark={mark} label={t(`map.card.${mark}`)} />
          ))}
          <button ref={ref} type="button" className="btn-icon edit-name" aria-label={label} onClick={() => actions.edit(person.id, 'name')}>
            ✎
          </button>
        </div>
      )}
    </th>
  );
}

/** One person. Memoised: re-renders only when this person, their manager's or owner's name, or the editing state changes. */
export const PersonRow = memo(function PersonRow({ person, columns, index, accountId, managerName, ownerName, editing, selected, actions, t, lastContact = null }: PersonRowProps) {
  const editLabel = (column: ColumnKey) => t('table.editCell', { field: t(`table.columns.${column}`).toLocaleLowerCase(), name: person.name });
  return (
    <tr className={`person-row${selected ? ' is-selected' : ''}`} aria-rowindex={index + 2}>
      <td className="col-select">
        <input type="checkbox" checked={selected} aria-label={t('table.select', { name: person.name })} onChange={(e) => actions.toggle(person.id, e.target.checked)} />
      </td>
      <NameCell person={person} accountId={accountId} editing={editing === 'name'} label={editLabel('name')} actions={actions} t={t} />
      {columns.map((column) => (
        <EditableCell key={column} person={person} column={column} editing={editing === column} label={editLabel(column)} actions={actions}>
          {value(person, column, managerName, ownerName, t)}
        </EditableCell>
      ))}
      <td className="col-lastContact">{lastContact ?? <span className="muted">{t('activities.never')}</span>}</td>
      <td className="col-actions">
        <VisitBriefButton personId={person.id} name={person.name} className="btn btn-small" />
        <button type="button" className="btn btn-small btn-danger-quiet" aria-label={t('table.delete', { name: person.name })} onClick={() => actions.askDelete([person.id])}>
          {t('common.delete')}
        </button>
      </td>
    </tr>
  );
});
