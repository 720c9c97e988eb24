import { useTranslation } from 'react-i18next';
import type { OrgUnitId, VolunteerStatus } from '@/api/types';
import { formatCount } from '@/lib/format-count';
import { useVolunteerCounts } from '../api/get-volunteer-counts';

interface Props {
  unitId: OrgUnitId | undefined;
  status: VolunteerStatus | undefined;
  onStatus: (status: VolunteerStatus | undefined) => void;
}

/**
 * 在册 N 人 for the chosen unit and below, and the count of each status; a status narrows the list
 * (and a second tap widens it again). Plain elements (styles.css): a phone draws it without antd.
 */
export function VolunteerTotals({ unitId, status, onStatus }: Props) {
  const { t } = useTranslation(['volunteers', 'common']);
  const counts = useVolunteerCounts(unitId);
  // While loading, the pending line keeps the height of the total and one row of chips: the cards below
  // do not move when the counts arrive (the list's layout shift, issue 15).
  if (counts.isPending) return <p className="ggw-secondary ggw-totals-pending">{t('common:app.loading')}</p>;
  if (!counts.data) return null;
  const { onRegister, byStatus, unit } = counts.data;
  return (
    <div className="ggw-totals" data-testid="volunteer-totals">
      <p className="ggw-totals-line">
        {/* No `count`: the texts have no plural forms, and with it i18next resolves them through Intl.PluralRules,
            whose locale data a phone loads for ~100 ms on this screen's first render. */}
        {t('totals.onRegister', { unit: unit.name, formatted: formatCount(onRegister) })}
      </p>
      <div className="ggw-row" role="group" aria-label={t('filter.status')}>
        {byStatus
          .filter((entry) => entry.count > 0)
          .map((entry) => (
            <button
              key={entry.status}
              type="button"
              className="ggw-chip"
              aria-pressed={status === entry.status}
              onClick={() => onStatus(status === entry.status ? undefined : entry.status)}
            >
              {t(`status.${entry.status}`)} {formatCount(entry.count)}
            </button>
          ))}
      </div>
    </div>
  );
}
