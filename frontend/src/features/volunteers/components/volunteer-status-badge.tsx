import { useTranslation } from 'react-i18next';
import type { VolunteerStatus } from '@/api/types';

/** A status as a plain badge (styles.css), coloured like antd's tag of the desk's table. */
export function VolunteerStatusBadge({ status }: { status: VolunteerStatus }) {
  const { t } = useTranslation('volunteers');
  return <span className={`ggw-badge ggw-status-${status.toLowerCase()}`}>{t(`status.${status}`)}</span>;
}
