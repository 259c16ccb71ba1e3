import { useTranslation } from 'react-i18next';
import type { ScoringProblem } from '../../../../shared/domain/scoring/index.js';

/** validateTemplate's problems for one place of the template, in the UI language. */
export function Problems({ problems }: { problems: readonly ScoringProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <ul className="problems">
      {problems.map((p, i) => (
        <li key={`${p.path}-${p.key}-${i}`} className="field-error">
          {t(p.key, p.params ?? {})}
        </li>
      ))}
    </ul>
  );
}
