import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyPersonFields, type Account, type Person, type PersonFields, type TeamMember } from '../../../../shared/contract/index.js';
import { matchesPeopleFilter } from '../../../../shared/domain/peopleFilter.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { toast, toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useStakeholderCommands } from '../stakeholders/commands.js';
import { useUndoShortcuts } from '../../undo/shortcuts.js';
import { peopleListKey, useAccountMap, usePeopleList, useTeam } from '../stakeholders/queries.js';
import { ImportPeopleButton } from '../import/ImportPeopleButton.js';
import { AddPersonForm, type NewPerson } from './AddPersonForm.js';
import { useColumnPrefs } from './columnPrefs.js';
import { ExportPeopleButtons } from './ExportPeopleButtons.js';
import { FIELDS, type ColumnKey } from './columns.js';
import { ColumnsMenu } from './ColumnsMenu.js';
import { PeopleTable } from './PeopleTable.js';
import { PeopleToolbar } from './PeopleToolbar.js';
import type { RowActions } from './PersonRow.js';
import { usePeopleView } from './usePeopleView.js';
import { normalisePatch, patchError } from './validation.js';
import './people.css';

const NO_PEOPLE: Person[] = [];
const NO_TEAM: TeamMember[] = [];

/** The key-person table (关键人物表): the account's people, every field, edited in place (the map's edits patch it too). */
export function PeopleTab({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const accountId = account.id;
  const client = useQueryClient();
  const list = usePeopleList(accountId);
  const teamQuery = useTeam();
  // Only for each person's last contact (the map's query carries it; the table does not wait for it).
  const map = useAccountMap(accountId);
  // The last refused edit, so the cell editor can say why next to the value it keeps.
  const lastError = useRef<unknown>(null);
  // While a cell is being saved its editor says why a save was refused: no toast repeats it.
  const savingCell = useRef(false);
  const onCommandError = useCallback((error: unknown) => {
    lastError.current = error;
    return savingCell.current;
  }, []);
  const commands = useStakeholderCommands(accountId, onCommandError);
  const people = list.data ?? NO_PEOPLE;
  const team = teamQuery.data ?? NO_TEAM;
  const view = usePeopleView(people, team, i18n.language);
  const columns = useColumnPrefs();

  const [editing, setEditing] = useState<{ id: string; column: ColumnKey } | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [adding, setAdding] = useState(false);
  const [pendingDelete, setPendingDelete] = useState<string[] | null>(null);

  const onUndoError = useCallback((error: unknown) => toastError(errorText(t, error)), [t]);
  useUndoShortcuts(accountId, onUndoError);

  // Row callbacks keep their identity (commands and t change only with the language), so rows stay memoised.
  const actions = useMemo<RowActions>(() => {
    const closeIf = (id: string, column: ColumnKey) => setEditing((current) => (current?.id === id && current.column === column ? null : current));
    return {
      edit: (id, column) => setEditing({ id, column }),
      cancel: closeIf,
      async save(id, column, patch) {
        const problem = patchError(t, patch);
        if (problem) return problem;
        const person = client.getQueryData<Person[]>(peopleListKey(accountId))?.find((p) => p.id === id);
        if (!person) return t('errors.personNotFound');
        const clean = normalisePatch(patch);
        const changed = FIELDS[column].some((field) => field in clean && JSON.stringify(clean[field]) !== JSON.stringify(person[field]));
        if (changed) {
          const changes = Object.fromEntries(FIELDS[column].filter((field) => field in clean).map((field) => [field, clean[field]])) as Partial<PersonFields>;
          lastError.current = null;
          savingCell.current = true;
          const result = await commands.updatePerson(id, changes).finally(() => {
            savingCell.current = false;
          });
          if (result === null) return t('table.notSaved', { message: errorText(t, lastError.current) });
        }
        closeIf(id, column);
        return null;
      },
      toggle: (id, on) =>
        setSelected((current) => {
          const next = new Set(current);
          if (on) next.add(id);
          else next.delete(id);
          return next;
        }),
      askDelete: (ids) => setPendingDelete(ids),
    };
  }, [client, accountId, commands, t]);

  const onSelectAll = useCallback((ids: string[], on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);

  const sources = useMemo(() => ({ people, team }), [people, team]);
  // Only people in view count: a filter never leaves hidden people selected for deletion.
  const liveSelected = useMemo(() => view.rows.filter((p) => selected.has(p.id)).map((p) => p.id), [view.rows, selected]);

  const onAdd = async ({ name, title, department }: NewPerson) => {
    const person = await commands.addPerson({ ...emptyPersonFields, name, title, department });
    if (!person) return false;
    const hidden = !matchesPeopleFilter(person, view.filters);
    toast(t(hidden ? 'table.addedHidden' : 'table.added', { name: person.name }));
    return true;
  };

  const confirmDelete = async () => {
    const ids = pendingDelete ?? [];
    setPendingDelete(null);
    const names = people.filter((p) => ids.includes(p.id)).map((p) => p.name);
    const deleted = await commands.deletePeople(ids);
    if (!deleted) return;
    setSelected((current) => new Set([...current].filter((id) => !deleted.ids.includes(id))));
    const text = deleted.ids.length === 1 ? t('table.deleted', { name: names[0] ?? '' }) : t('table.deletedMany', { count: deleted.ids.length });
    toast(text, { label: t('common.undo'), run: () => void commands.undo() });
  };

  if (list.isPending || teamQuery.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (list.isError || teamQuery.isError) {
    return (
      <div className="form-alert" role="alert">
        {t('errors.loadFailed', { message: errorText(t, list.error ?? teamQuery.error) })}
      </div>
    );
  }

  const deleteName = pendingDelete?.length === 1 ? (people.find((p) => p.id === pendingDelete[0])?.name ?? '') : '';

  return (
    <section className="people-tab" aria-label={t('table.caption', { account: account.name })}>
      <PeopleToolbar
        filters={view.filters}
        departments={view.departments}
        shown={view.rows.length}
        total={people.length}
        filtered={view.filtered}
        selectedCount={liveSelected.length}
        set={view.set}
        clear={view.clear}
        onAdd={() => setAdding(true)}
        onDeleteSelected={() => setPendingDelete(liveSelected)}
        extraActions={
          <>
            {people.length > 0 && <ColumnsMenu columns={columns} />}
            <ExportPeopleButtons accountName={account.name} rows={view.rows} managerName={view.managerName} ownerName={view.ownerName} columns={['name', ...columns.shown]} />
            <ImportPeopleButton accountId={account.id} />
          </>
        }
      />
      {adding && <AddPersonForm departments={view.departments} onAdd={onAdd} onClose={() => setAdding(false)} />}

      {people.length === 0 && !adding && (
        <div className="empty-state">
          <h2>{t('table.emptyTitle')}</h2>
          <p>{t('table.emptyBody')}</p>
        </div>
      )}
      {people.length > 0 && view.rows.length === 0 && (
        <p className="empty-inline">
          {t('table.noMatch')}{' '}
          <button type="button" className="btn btn-small" onClick={view.clear}>
            {t('table.clearFilters')}
          </button>
        </p>
      )}
      {view.rows.length > 0 && (
        <PeopleTable
          rows={view.rows}
          columns={columns.shown}
          lastContact={map.data?.lastContact}
          accountId={accountId}
          caption={t('table.caption', { account: account.name })}
          sort={view.sort}
          direction={view.direction}
          onSort={view.sortBy}
          editing={editing}
          selected={selected}
          onSelectAll={onSelectAll}
          actions={actions}
          managerName={view.managerName}
          ownerName={view.ownerName}
          sources={sources}
          t={t}
        />
      )}

      {pendingDelete && pendingDelete.length > 0 && (
        <ConfirmDialog
          title={pendingDelete.length === 1 ? t('table.deleteTitle') : t('table.deleteTitleMany', { count: pendingDelete.length })}
          body={pendingDelete.length === 1 ? t('table.deleteBody', { name: deleteName }) : t('table.deleteBodyMany', { count: pendingDelete.length })}
          confirmLabel={t('common.delete')}
          danger
          onConfirm={() => void confirmDelete()}
          onCancel={() => setPendingDelete(null)}
        />
      )}
    </section>
  );
}
