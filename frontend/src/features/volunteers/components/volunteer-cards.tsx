import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VolunteerSummary } from '@/api/types';
import { VolunteerStatusBadge } from './volunteer-status-badge';

/** Cards a phone's first screen can show (three or four fit at 390×844). */
const firstScreen = 6;

/**
 * Phone list: one large tappable card per person (name, village, categories, status, masked numbers), in
 * plain elements (styles.css) so that the list opened on a phone carries no antd.
 */
export function VolunteerCards({ rows }: { rows: VolunteerSummary[] }) {
  const { t } = useTranslation('volunteers');
  // The cards of the first screen at once, the rest of the page (up to 50) in a background render that React
  // splits into short tasks: drawing all of them in one go blocked a phone's main thread for ~0.3–1 s (issue 15).
  const shown = useDeferredValue(rows, rows.slice(0, firstScreen));
  if (rows.length === 0) return <p className="ggw-empty">{t('empty')}</p>;
  return (
    <ul className="ggw-stack ggw-stack-tight ggw-plain-list" aria-label={t('title')}>
      {shown.map((v) => (
        <li key={v.id} aria-label={v.name} data-testid="volunteer-card">
          <Link to={`/volunteers/${v.id}`} className="ggw-card ggw-card-link">
            <span className="ggw-row">
              <strong className="ggw-person-name">{v.name}</strong>
              <VolunteerStatusBadge status={v.status} />
            </span>
            <span className="ggw-secondary">
              {v.unit.name}
              {v.categories.length > 0 && ` · ${v.categories.map((c) => t(`category.${c}`)).join('、')}`}
            </span>
            <span className="ggw-secondary">{v.idNumberMasked}</span>
            {v.phoneMasked && (
              <span className="ggw-person-phone">
                <span aria-hidden>☎ </span>
                {v.phoneMasked}
              </span>
            )}
          </Link>
        </li>
      ))}
    </ul>
  );
}
