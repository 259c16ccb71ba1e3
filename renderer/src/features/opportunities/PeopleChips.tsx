import { useTranslation } from 'react-i18next';
import type { BuyingRole } from '../../../../shared/domain/people.js';

interface PeopleChipsProps {
  /** What the control is for ("Favoured by", "Rests on"…): its accessible name. */
  label: string;
  people: readonly { id: string; name: string; roles?: readonly BuyingRole[] }[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  /** People holding these roles are offered first, as suggestions. */
  suggestedRoles?: readonly BuyingRole[];
  disabled?: boolean;
}

/** Chosen people as chips (each removable), and a list to add one more; suggestions first. */
export function PeopleChips({ label, people, value, onChange, suggestedRoles = [], disabled }: PeopleChipsProps) {
  const { t } = useTranslation();
  const byId = new Map(people.map((p) => [p.id, p]));
  const rest = people.filter((p) => !value.includes(p.id));
  const suggested = rest.filter((p) => p.roles?.some((role) => suggestedRoles.includes(role)));
  const others = rest.filter((p) => !suggested.includes(p));
  return (
    <div className="people-chips" role="group" aria-label={label}>
      {value.map((id) => (
        <span key={id} className="chip">
          {byId.get(id)?.name ?? '?'}
          {!disabled && (
            <button type="button" className="chip-remove" aria-label={t('opportunities.people.remove', { name: byId.get(id)?.name ?? '?' })} onClick={() => onChange(value.filter((x) => x !== id))}>
              ×
            </button>
          )}
        </span>
      ))}
      {!disabled && rest.length > 0 && (
        <select
          className="chip-add"
          value=""
          aria-label={`${label}: ${t('opportunities.people.add')}`}
          onChange={(event) => event.target.value && onChange([...value, event.target.value])}
        >
          <option value="">{t('opportunities.people.add')}</option>
          {suggested.length > 0 && (
            <optgroup label={t('opportunities.people.suggested')}>
              {suggested.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          )}
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
