import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyPersonFields, personFields, type Person, type PersonFields } from '../../../../shared/contract/index.js';
import { fieldErrorKeys } from '../../../../shared/contract/fieldErrors.js';
import { ATTITUDES, BUYING_ROLES, INFLUENCES, RELATIONSHIP_LEVELS, STYLES, TARGET_RELATIONSHIP_CHOICES } from '../../../../shared/domain/people.js';
import { allowedManagers } from '../../../../shared/domain/reportingTree.js';
import { attitudeLabel, influenceLabel, relationshipLabel, roleLabel, styleLabel } from '../../../../shared/i18n/vocabLabels.js';
import { ApiCallError } from '../../api/client.js';
import { Field } from '../../components/Field.js';
import { Options } from '../../components/Options.js';
import { errorText } from '../../i18n/errorText.js';
import { VisitBriefButton } from '../report/ReportButtons.js';
import { PersonContacts } from '../activities/PersonContacts.js';
import { PersonWayIn } from '../anomalies/PersonWayIn.js';
import { PersonHistory } from '../relationship/PersonHistory.js';
import { useStakeholderCommands } from '../stakeholders/commands.js';
import { useMap, useMapStore } from './mapStore.js';
import { PanelAlert, PanelFrame } from './PanelFrame.js';
import type { XY } from './types.js';
import { useFocusPerson } from './viewport.js';

const FIELD_KEYS = Object.keys(emptyPersonFields) as (keyof PersonFields)[];
const fieldsOf = (p: Person): PersonFields => Object.fromEntries(FIELD_KEYS.map((k) => [k, p[k]])) as unknown as PersonFields;
const same = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v, i) => v === b[i]) : a === b);
const changedKeys = (draft: PersonFields, base: PersonFields) => FIELD_KEYS.filter((k) => !same(draft[k], base[k]));

type Errors = Partial<Record<keyof PersonFields, string>>;

/** Field errors from the shared schema, as i18n keys (the same rules the backend applies). */
function validate(draft: PersonFields): Errors {
  const result = personFields.safeParse(draft);
  return result.success ? {} : fieldErrorKeys<keyof PersonFields>(result.error.issues);
}

interface PersonPanelProps {
  accountId: string;
  /** The person edited, or null for a new one placed at `position`. */
  person: Person | null;
  position: XY | null;
  /** The position is where the user double-clicked: kept even when a manager is chosen. */
  clicked?: boolean;
  onDelete: (ids: string[]) => void;
  onClose: () => void;
}

/**
 * Every field of one key person. Validates as the user types; Save (or Enter in a one-line field)
 * stores the changed fields as one undoable edit. A refused save says why and keeps what was typed;
 * leaving with valid unsaved changes saves them.
 */
export function PersonPanel({ accountId, person, position, clicked = false, onDelete, onClose }: PersonPanelProps) {
  const { t, i18n } = useTranslation();
  const store = useMapStore();
  const focusPerson = useFocusPerson(store);
  const people = useMap((s) => s.map?.people);
  const team = useMap((s) => s.map?.team);
  const [serverErrors, setServerErrors] = useState<Errors>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Said in the panel while it is open; a save made on leaving it is told by a toast instead.
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);
  const onError = useCallback(
    (error: unknown) => {
      if (!open.current) return false;
      setAlert(t('map.panel.notSaved', { message: errorText(t, error) }));
      if (error instanceof ApiCallError) {
        const byField: Errors = {};
        for (const f of error.error.fields ?? []) {
          const key = f.path.split('.').pop() as keyof PersonFields;
          if (FIELD_KEYS.includes(key)) byField[key] = t(f.key, { ...f.params, defaultValue: f.message });
        }
        setServerErrors(byField);
      }
      return true;
    },
    [t],
  );
  const commands = useStakeholderCommands(accountId, onError);

  const [base, setBase] = useState<PersonFields>(() => (person ? fieldsOf(person) : emptyPersonFields));
  const [draft, setDraft] = useState<PersonFields>(base);
  // The person changed underneath (undo, the table, a save): follow it unless the user is mid-edit.
  const [seen, setSeen] = useState(person);
  if (person && person !== seen) {
    setSeen(person);
    const next = fieldsOf(person);
    if (changedKeys(draft, base).length === 0) setDraft(next);
    setBase(next);
  }

  const errors = validate(draft);
  const changed = person ? changedKeys(draft, base) : FIELD_KEYS;
  const dirty = person ? changed.length > 0 : !same(draft.name, '');
  // A field's rule shows once it was typed in (or a save was tried), not on an untouched new form.
  const [touched, setTouched] = useState<ReadonlySet<keyof PersonFields>>(new Set());
  const [tried, setTried] = useState(false);
  const shownError = (key: keyof PersonFields) =>
    serverErrors[key] ?? (errors[key] && (tried || touched.has(key)) ? t(errors[key]) : undefined);

  const set = <K extends keyof PersonFields>(key: K, value: PersonFields[K]) => {
    setTouched((keys) => (keys.has(key) ? keys : new Set([...keys, key])));
    setDraft((d) => ({ ...d, [key]: value }));
    setServerErrors((e) => ({ ...e, [key]: undefined }));
    setAlert(null);
  };

  // Leaving with valid, unsaved changes saves them (one undoable edit), so nothing typed is lost.
  const latest = useRef({ draft, base, person, commands });
  useEffect(() => {
    latest.current = { draft, base, person, commands };
  });
  useEffect(
    () => () => {
      const { draft: d, base: b, person: p, commands: c } = latest.current;
      if (!p || !store.getState().map?.people.some((x) => x.id === p.id)) return;
      const keys = changedKeys(d, b);
      if (keys.length && personFields.safeParse(d).success) void c.updatePerson(p.id, pick(d, keys));
    },
    [store],
  );

  async function save(event?: FormEvent) {
    event?.preventDefault();
    setTried(true);
    if (Object.keys(errors).length) return setAlert(t('map.panel.fixFirst'));
    if (person && changed.length === 0) return;
    setSaving(true);
    setAlert(null);
    const parsed = personFields.parse(draft);
    if (person) {
      const done = await commands.updatePerson(person.id, pick(parsed, changed));
      if (done !== null) {
        setBase(draft);
        setServerErrors({});
      }
    } else {
      // Given a manager (and not a spot clicked for them), the automatic layout hangs the person under that manager.
      const underManager = !clicked && parsed.reportsToId !== null;
      const created = await commands.addPerson(parsed, underManager ? null : position);
      if (created) {
        store.getState().select([created.id]);
        store.getState().setPanel({ kind: 'person', id: created.id });
        // Placed by the layout, maybe out of view: the map goes to them once they are on it.
        if (underManager) void focusPerson(created.id);
      }
    }
    setSaving(false);
  }

  const managerOptions = useMemo(() => allowedManagers(people ?? [], person?.id ?? null, i18n.language), [people, person, i18n.language]);

  const title = person ? person.name : t('map.panel.newTitle');
  const text = (key: 'name' | 'title' | 'department' | 'email' | 'phone', type = 'text') => (
    <Field label={t(`map.panel.fields.${key}`)} error={shownError(key)}>
      <input type={type} value={draft[key]} onChange={(e) => set(key, e.target.value)} autoFocus={key === 'name' && !person} />
    </Field>
  );
  const area = (key: 'motivations' | 'pains' | 'notes') => (
    <Field label={t(`map.panel.fields.${key}`)} error={shownError(key)}>
      <textarea rows={3} value={draft[key]} onChange={(e) => set(key, e.target.value)} />
    </Field>
  );

  return (
    <PanelFrame title={title} label={t('map.panel.label')} onClose={onClose}>
      <form className="map-panel-form" onSubmit={save} noValidate>
        {text('name')}
        {text('title')}
        {text('department')}
        <div className="panel-pair">
          {text('email', 'email')}
          {text('phone', 'tel')}
        </div>
        <Field label={t('map.panel.fields.reportsTo')} hint={t('map.panel.hints.reportsTo')} error={shownError('reportsToId')}>
          <select value={draft.reportsToId ?? ''} onChange={(e) => set('reportsToId', e.target.value || null)}>
            <option value="">{t('map.panel.nobody')}</option>
            {managerOptions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title ? `${p.name} – ${p.title}` : p.name}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="panel-roles">
          <legend>{t('map.panel.fields.roles')}</legend>
          {BUYING_ROLES.map((role) => (
            <label key={role} className="check">
              <input
                type="checkbox"
                checked={draft.roles.includes(role)}
                onChange={(e) => set('roles', e.target.checked ? [...draft.roles, role] : draft.roles.filter((r) => r !== role))}
              />
              {roleLabel(t, role)}
            </label>
          ))}
        </fieldset>
        <div className="panel-pair">
          <Field label={t('map.panel.fields.attitude')} error={shownError('attitude')}>
            <select value={draft.attitude} onChange={(e) => set('attitude', e.target.value as PersonFields['attitude'])}>
              <Options values={ATTITUDES} label={(a) => attitudeLabel(t, a)} />
            </select>
          </Field>
          <Field label={t('map.panel.fields.influence')} error={shownError('influence')}>
            <select value={draft.influence} onChange={(e) => set('influence', e.target.value as PersonFields['influence'])}>
              <Options values={INFLUENCES} label={(i) => influenceLabel(t, i)} />
            </select>
          </Field>
        </div>
        <div className="panel-pair">
          <Field label={t('map.panel.fields.relationship')} error={shownError('relationship')}>
            <select value={draft.relationship} onChange={(e) => set('relationship', e.target.value as PersonFields['relationship'])}>
              <Options values={RELATIONSHIP_LEVELS} label={(l) => relationshipLabel(t, l)} />
            </select>
          </Field>
          <Field label={t('map.panel.fields.targetRelationship')} error={shownError('targetRelationship')}>
            <select
              value={draft.targetRelationship ?? ''}
              onChange={(e) => set('targetRelationship', (e.target.value || null) as PersonFields['targetRelationship'])}
            >
              <option value="">{t('map.panel.noTarget')}</option>
              <Options values={TARGET_RELATIONSHIP_CHOICES} label={(l) => relationshipLabel(t, l)} />
            </select>
          </Field>
        </div>
        <div className="panel-pair">
          <Field label={t('map.panel.fields.style')} error={shownError('style')}>
            <select value={draft.style ?? ''} onChange={(e) => set('style', (e.target.value || null) as PersonFields['style'])}>
              <option value="">{t('map.panel.noStyle')}</option>
              <Options values={STYLES} label={(s) => styleLabel(t, s)} />
            </select>
          </Field>
          <Field label={t('map.panel.fields.owner')} error={shownError('ownerId')}>
            <select value={draft.ownerId ?? ''} onChange={(e) => set('ownerId', e.target.value || null)}>
              <option value="">{t('map.panel.noOwner')}</option>
              {(team ?? []).map((m) => (
                <option key={m.id} value={m.id}>
                  {m.role ? `${m.name} – ${m.role}` : m.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {area('motivations')}
        {area('pains')}
        {area('notes')}
        <PanelAlert text={alert} />
        <footer className="map-panel-actions">
          {person && dirty && <span className="muted small">{t('map.panel.unsaved')}</span>}
          {person && <VisitBriefButton personId={person.id} name={person.name} />}
          {person && (
            <button type="button" className="btn btn-danger-quiet" onClick={() => onDelete([person.id])}>
              {t('map.panel.delete')}
            </button>
          )}
          <button type="submit" className="btn btn-primary" disabled={saving || (person !== null && !dirty)}>
            {saving ? t('common.saving') : person ? t('map.panel.save') : t('map.panel.add')}
          </button>
        </footer>
      </form>
      {person && (
        <div className="map-panel-extras">
          <PersonWayIn accountId={accountId} person={person} />
          <PersonHistory person={person} />
          <PersonContacts personId={person.id} />
        </div>
      )}
    </PanelFrame>
  );
}

function pick(fields: PersonFields, keys: (keyof PersonFields)[]): Partial<PersonFields> {
  return Object.fromEntries(keys.map((k) => [k, fields[k]]));
}
