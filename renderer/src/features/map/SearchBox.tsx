import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapPerson } from '../../../../shared/contract/index.js';
import { normaliseSearch } from '../../../../shared/domain/peopleFilter.js';
import { foldForCompare } from '../../../../shared/domain/text.js';
import { useMap } from './mapStore.js';

const MAX_RESULTS = 8;

/** Best matches first: names that start with the query, then names containing it, then title or department. */
export function findPeople(people: readonly MapPerson[], query: string): MapPerson[] {
  const q = normaliseSearch(query);
  if (!q) return [];
  const scored: [number, MapPerson][] = [];
  for (const p of people) {
    const name = foldForCompare(p.name);
    const score = name.startsWith(q) ? 0 : name.includes(q) ? 1 : foldForCompare(`${p.title} ${p.department}`).includes(q) ? 2 : -1;
    if (score >= 0) scored.push([score, p]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || a[1].name.localeCompare(b[1].name))
    .slice(0, MAX_RESULTS)
    .map(([, p]) => p);
}

/** Ctrl+F on the map: type, pick with the arrows, Enter selects the person and centres the map on them. */
export function SearchBox({ onPick, onClose }: { onPick: (id: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const people = useMap((s) => s.map?.people);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(() => findPeople(people ?? [], query), [people, query]);
  const current = Math.min(active, Math.max(0, matches.length - 1));

  const pick = (person: MapPerson | undefined) => {
    if (person) onPick(person.id);
  };

  return (
    <div className="map-search" role="search">
      <input
        type="search"
        role="combobox"
        aria-label={t('map.search.label')}
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={matches[current] ? `${listId}-${current}` : undefined}
        placeholder={t('map.search.placeholder')}
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((current + 1) % Math.max(1, matches.length));
          else if (e.key === 'ArrowUp') setActive((current - 1 + matches.length) % Math.max(1, matches.length));
          else if (e.key === 'Enter') pick(matches[current]);
          else if (e.key === 'Escape') onClose();
          else return;
          e.preventDefault();
        }}
      />
      <button type="button" className="btn-icon" aria-label={t('map.search.close')} onClick={onClose}>
        ×
      </button>
      {query.trim() !== '' && (
        <ul id={listId} role="listbox" aria-label={t('map.search.results')} className="map-search-results">
          {matches.length === 0 && <li className="muted">{t('map.search.none')}</li>}
          {matches.map((p, i) => (
            <li
              key={p.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === current}
              className={i === current ? 'is-active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(p);
              }}
            >
              <span className="result-name">{p.name}</span>
              {(p.title || p.department) && <span className="muted small"> {[p.title, p.department].filter(Boolean).join(' · ')}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
