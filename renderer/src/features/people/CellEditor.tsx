import { createContext, useContext, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, PersonFields, TeamMember } from '../../../../shared/contract/index.js';
import { TEXT_MAX } from '../../../../shared/domain/accounts.js';
import {
  ATTITUDES,
  BUYING_ROLES,
  INFLUENCES,
  PERSON_TEXT_MAX,
  RELATIONSHIP_LEVELS,
  STYLES,
  TARGET_RELATIONSHIP_CHOICES,
  type BuyingRole,
} from '../../../../shared/domain/people.js';
import { allowedManagers } from '../../../../shared/domain/reportingTree.js';
import { attitudeLabel, influenceLabel, relationshipLabel, roleLabel, styleLabel } from '../../../../shared/i18n/vocabLabels.js';
import { Options } from '../../components/Options.js';
import { EDITOR, type ColumnKey } from './columns.js';
import { patchError } from './validation.js';

/** What the open editor needs beyond its own person: read only by the one editor that is open. */
export interface EditorSources {
  people: Person[];
  team: TeamMember[];
}
export const EditorSourcesContext = createContext<EditorSources>({ people: [], team: [] });

export interface EditorProps {
  person: Person;
  column: ColumnKey;
  /** Accessible name of the control, e.g. "Edit title of Zhou Guoping". */
  label: string;
  /** Saves; resolves to a reason when it did not (the editor then stays open with the value). */
  onSave: (patch: Partial<PersonFields>) => Promise<string | null>;
  onCancel: () => void;
}

/** Enter pressed to finish, not to pick a candidate in a Chinese input method. */
const isEnter = (event: KeyboardEvent) => event.key === 'Enter' && !event.nativeEvent.isComposing && event.keyCode !== 229;

/** An editor's keys: Escape cancels, Enter saves (unless `enterSaves` is false, e.g. Shift+Enter in a text area). */
function editorKey(event: KeyboardEvent, save: () => void, cancel: () => void, enterSaves = true) {
  if (event.key === 'Escape') {
    event.preventDefault();
    cancel();
  } else if (enterSaves && isEnter(event)) {
    event.preventDefault();
    save();
  }
}

/** One save at a time; after a save or a cancel the editor ignores further blur events. */
function useSaver(onSave: EditorProps['onSave'], onCancel: () => void) {
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const busy = useRef(false);
  const done = useRef(false);
  const save = async (patch: Partial<PersonFields>) => {
    if (busy.current || done.current) return;
    busy.current = true;
    setSaving(true);
    const problem = await onSave(patch);
    busy.current = false;
    if (problem) {
      setError(problem);
      setSaving(false);
    } else done.current = true;
  };
  const cancel = () => {
    if (done.current) return;
    done.current = true;
    onCancel();
  };
  return { error, setError, saving, save, cancel };
}

function Shell({ error, hint, saving, children, describedBy }: { error: string | null; hint: string; saving: boolean; children: ReactNode; describedBy: string }) {
  const { t } = useTranslation();
  return (
    <div className="cell-editor" aria-busy={saving || undefined}>
      {children}
      {error ? (
        <p id={describedBy} className="cell-error" role="alert">
          {error}
        </p>
      ) : (
        <p id={describedBy} className="cell-hint">
          {saving ? t('table.saving') : hint}
        </p>
      )}
    </div>
  );
}

function TextEditor({ person, column, label, onSave, onCancel }: EditorProps) {
  const { t } = useTranslation();
  const field = column as 'name' | 'title' | 'department' | 'motivations' | 'pains';
  const multiline = EDITOR[column] === 'longText';
  const [draft, setDraft] = useState(person[field]);
  const { error, setError, saving, save, cancel } = useSaver(onSave, onCancel);
  const describedBy = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    editorKey(event, () => void save({ [field]: draft }), cancel, !(multiline && event.shiftKey));
  const onChange = (value: string) => {
    setDraft(value);
    setError(patchError(t, { [field]: value }));
  };
  const common = {
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    value: draft,
    autoFocus: true,
    onKeyDown,
    onBlur: () => void save({ [field]: draft }),
  };
  return (
    <Shell error={error} hint={t(multiline ? 'table.textHint' : 'table.editHint')} saving={saving} describedBy={describedBy}>
      {multiline ? (
        <textarea {...common} rows={3} maxLength={TEXT_MAX} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} maxLength={PERSON_TEXT_MAX} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
    </Shell>
  );
}

interface Option {
  value: string;
  label: string;
}

function useSelectOptions(person: Person, column: ColumnKey): { value: string; options: Option[]; toPatch: (value: string) => Partial<PersonFields> } {
  const { t, i18n } = useTranslation();
  const { people, team } = useContext(EditorSourcesContext);
  return useMemo(() => {
    switch (column) {
      case 'reportsTo': {
        const candidates = allowedManagers(people, person.id, i18n.language);
        return {
          value: person.reportsToId ?? '',
          options: [{ value: '', label: t('table.noManager') }, ...candidates.map((p) => ({ value: p.id, label: p.title ? `${p.name} · ${p.title}` : p.name }))],
          toPatch: (value) => ({ reportsToId: value || null }),
        };
      }
      case 'owner':
        return {
          value: person.ownerId ?? '',
          options: [{ value: '', label: t('table.noOwner') }, ...team.map((m) => ({ value: m.id, label: m.role ? `${m.name} · ${m.role}` : m.name }))],
          toPatch: (value) => ({ ownerId: value || null }),
        };
      case 'attitude':
        return {
          value: person.attitude,
          options: ATTITUDES.map((a) => ({ value: a, label: attitudeLabel(t, a) })),
          toPatch: (value) => ({ attitude: value as Person['attitude'] }),
        };
      case 'influence':
        return {
          value: person.influence,
          options: INFLUENCES.map((i) => ({ value: i, label: influenceLabel(t, i) })),
          toPatch: (value) => ({ influence: value as Person['influence'] }),
        };
      default:
        return {
          value: person.style ?? '',
          options: [{ value: '', label: t('table.notSet') }, ...STYLES.map((s) => ({ value: s, label: styleLabel(t, s) }))],
          toPatch: (value) => ({ style: (value || null) as Person['style'] }),
        };
    }
  }, [column, people, team, person, t, i18n.language]);
}

/** A choice saves as soon as it is made; leaving without choosing closes the editor. */
function SelectEditor({ person, column, label, onSave, onCancel }: EditorProps) {
  const { t } = useTranslation();
  const { value, options, toPatch } = useSelectOptions(person, column);
  const [draft, setDraft] = useState(value);
  const { error, saving, save, cancel } = useSaver(onSave, onCancel);
  const describedBy = useId();
  return (
    <Shell error={error} hint={t('table.editHint')} saving={saving} describedBy={describedBy}>
      <select
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={draft}
        autoFocus
        onChange={(e) => {
          setDraft(e.target.value);
          void save(toPatch(e.target.value));
        }}
        onKeyDown={(event) => editorKey(event, () => void save(toPatch(draft)), cancel)}
        onBlur={() => (draft === value ? cancel() : void save(toPatch(draft)))}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

/** Several controls edited together: Enter or leaving the group saves, Escape cancels. */
function useGroupKeys(save: () => void, cancel: () => void) {
  return {
    onKeyDown: (event: KeyboardEvent) => editorKey(event, save, cancel),
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget)) save();
    },
  };
}

function RolesEditor({ person, label, onSave, onCancel }: EditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Set<BuyingRole>>(() => new Set(person.roles));
  const { error, saving, save, cancel } = useSaver(onSave, onCancel);
  const describedBy = useId();
  const roles = () => BUYING_ROLES.filter((role) => draft.has(role));
  const keys = useGroupKeys(() => void save({ roles: roles() }), cancel);
  return (
    <Shell error={error} hint={t('table.editHint')} saving={saving} describedBy={describedBy}>
      <fieldset className="cell-group" aria-describedby={describedBy} {...keys}>
        <legend className="visually-hidden">{label}</legend>
        {BUYING_ROLES.map((role, index) => (
          <label key={role} className="check">
            <input
              type="checkbox"
              checked={draft.has(role)}
              autoFocus={index === 0}
              onChange={(e) =>
                setDraft((current) => {
                  const next = new Set(current);
                  if (e.target.checked) next.add(role);
                  else next.delete(role);
                  return next;
                })
              }
            />
            {roleLabel(t, role)}
          </label>
        ))}
      </fieldset>
    </Shell>
  );
}

function RelationshipEditor({ person, label, onSave, onCancel }: EditorProps) {
  const { t } = useTranslation();
  const [level, setLevel] = useState(person.relationship);
  const [target, setTarget] = useState<Person['relationship'] | ''>(person.targetRelationship ?? '');
  const { error, saving, save, cancel } = useSaver(onSave, onCancel);
  const describedBy = useId();
  const keys = useGroupKeys(() => void save({ relationship: level, targetRelationship: target || null }), cancel);
  return (
    <Shell error={error} hint={t('table.editHint')} saving={saving} describedBy={describedBy}>
      <fieldset className="cell-group" aria-describedby={describedBy} {...keys}>
        <legend className="visually-hidden">{label}</legend>
        <label className="stacked">
          <span>{t('table.relationshipNow')}</span>
          <select value={level} autoFocus onChange={(e) => setLevel(e.target.value as Person['relationship'])}>
            <Options values={RELATIONSHIP_LEVELS} label={(l) => relationshipLabel(t, l)} />
          </select>
        </label>
        <label className="stacked">
          <span>{t('table.target')}</span>
          <select value={target} onChange={(e) => setTarget(e.target.value as Person['relationship'] | '')}>
            <option value="">{t('table.noTarget')}</option>
            <Options values={TARGET_RELATIONSHIP_CHOICES} label={(l) => relationshipLabel(t, l)} />
          </select>
        </label>
      </fieldset>
    </Shell>
  );
}

/** The in-place editor of one cell. */
export function CellEditor(props: EditorProps) {
  switch (EDITOR[props.column]) {
    case 'text':
    case 'longText':
      return <TextEditor {...props} />;
    case 'select':
      return <SelectEditor {...props} />;
    case 'roles':
      return <RolesEditor {...props} />;
    case 'relationship':
      return <RelationshipEditor {...props} />;
  }
}
