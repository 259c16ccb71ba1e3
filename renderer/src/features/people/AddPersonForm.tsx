import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PERSON_TEXT_MAX } from '../../../../shared/domain/people.js';
import { Field } from '../../components/Field.js';
import { patchError } from './validation.js';

export interface NewPerson {
  name: string;
  title: string;
  department: string;
}

interface AddPersonFormProps {
  departments: string[];
  /** Adds the person; resolves to false when it did not (the form keeps what was typed). */
  onAdd: (person: NewPerson) => Promise<boolean>;
  onClose: () => void;
}

const EMPTY: NewPerson = { name: '', title: '', department: '' };

/** A quick-entry row above the table: Enter adds and clears it for the next person. */
export function AddPersonForm({ departments, onAdd, onClose }: AddPersonFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<NewPerson>(EMPTY);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const errors = {
    name: touched ? patchError(t, { name: draft.name }) : null,
    title: patchError(t, { title: draft.title }),
    department: patchError(t, { department: draft.department }),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (patchError(t, { ...draft }) || busy) {
      nameRef.current?.focus();
      return;
    }
    setBusy(true);
    const added = await onAdd(draft);
    setBusy(false);
    if (added) {
      setDraft(EMPTY);
      setTouched(false);
      nameRef.current?.focus();
    }
  };

  const set = (key: keyof NewPerson) => (event: { target: { value: string } }) => {
    setDraft((current) => ({ ...current, [key]: event.target.value }));
    if (key === 'name') setTouched(true);
  };

  return (
    <form
      className="add-person"
      aria-label={t('table.addTitle')}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
      noValidate
    >
      <Field label={t('table.columns.name')} error={errors.name ?? undefined}>
        <input ref={nameRef} value={draft.name} onChange={set('name')} maxLength={PERSON_TEXT_MAX} autoFocus autoComplete="off" />
      </Field>
      <Field label={t('table.columns.title')} error={errors.title ?? undefined}>
        <input value={draft.title} onChange={set('title')} maxLength={PERSON_TEXT_MAX} autoComplete="off" />
      </Field>
      <Field label={t('table.columns.department')} error={errors.department ?? undefined}>
        <input value={draft.department} onChange={set('department')} maxLength={PERSON_TEXT_MAX} autoComplete="off" list={listId} />
      </Field>
      <datalist id={listId}>
        {departments.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
      <div className="add-person-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('common.saving') : t('table.addSubmit')}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <p className="field-hint add-person-hint">{t('table.addHint')}</p>
    </form>
  );
}
