import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** How long a seat has been empty; red once past the district's threshold. */
export function VacantDaysTag({ days, overdue }: { days: number; overdue: boolean }) {
  const { t } = useTranslation('committees');
  return (
    <Tag color={overdue ? 'error' : 'warning'}>
      {t('card.vacantDays', { days })}
      {overdue ? ` · ${t('vacancies.overdue')}` : ''}
    </Tag>
  );
}
