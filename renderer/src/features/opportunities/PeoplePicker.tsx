import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapPerson } from '../../../../shared/contract/index.js';
import { nameCollator } from '../../../../shared/domain/nameOrder.js';
import { Modal } from '../../components/Modal.js';

interface PeoplePickerProps {
  people: MapPerson[];
  /** Already taking part: shown, not choosable. */
  taken: ReadonlySet<string>;
  onPick: (ids: string[]) => void;
  onClose: () => void;
}

const matches = (person: MapPerson, words: string) =>
  [person.name, person.title, person.department].some((field) => field.toLocaleLowerCase().includes(words));

/** Search the account's map by name, title or department and tick the people to add. */
export function PeoplePicker({ people, taken, onPick, onClose }: PeoplePickerProps) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const sorted = useMemo(() => {
    const collator = nameCollator(i18n.language);
    return [...people].sort((a, b) => collator.compare(a.name, b.name));
  }, [people, i18n.language]);
  const words = search.trim().toLocaleLowerCase();
  const shown = words ? sorted.filter((p) => matches(p, words)) : sorted;
  const toggle = (id: string) => setChosen((now) => (now.includes(id) ? now.filter((x) => x !== id) : [...now, id]));

  return (
    <Modal title={t('opportunities.influences.picker.title')} onClose={onClose}>
      <div className="picker">
        <input
          type="search"
          className="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          aria-label={t('opportunities.influences.picker.search')}
          placeholder={t('opportunities.influences.picker.search')}
          autoFocus
        />
        <ul className="picker-list" aria-label={t('opportunities.people.pick')}>
          {shown.length === 0 && <li className="muted">{t('opportunities.influences.picker.none')}</li>}
          {shown.map((p) => (
            <li key={p.id}>
              <label className={`picker-row${taken.has(p.id) ? ' is-taken' : ''}`}>
                <input
                  type="checkbox"
                  checked={taken.has(p.id) || chosen.includes(p.id)}
                  disabled={taken.has(p.id)}
                  onChange={() => toggle(p.id)}
                  aria-label={t('opportunities.influences.picker.choose', { name: p.name })}
                />
                <span className="picker-name">{p.name}</span>
                <span className="muted small">{[p.title, p.department].filter(Boolean).join(' · ')}</span>
                {taken.has(p.id) && <span className="badge badge-muted">{t('opportunities.influences.picker.already')}</span>}
              </label>
            </li>
          ))}
        </ul>
      </div>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn btn-primary" disabled={chosen.length === 0} onClick={() => onPick(chosen)}>
          {t('opportunities.influences.picker.add', { count: chosen.length })}
        </button>
      </div>
    </Modal>
  );
}
