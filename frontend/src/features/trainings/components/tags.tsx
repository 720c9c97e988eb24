import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, TrainingSessionSummary } from '../api/types';

const attendanceColors: Record<AttendanceStatus, string> = {
  EXPECTED: 'default',
  ATTENDED: 'green',
  LEAVE: 'gold',
  ABSENT: 'red',
  MADE_UP: 'cyan',
};

export function AttendanceTag({ status }: { status: AttendanceStatus }) {
  const { t } = useTranslation('trainings');
  return <Tag color={attendanceColors[status]}>{t(`attendance.${status}`)}</Tag>;
}

/** Draft / cancelled, or the phase of a published session. */
export function SessionStateTag({ session }: { session: Pick<TrainingSessionSummary, 'status' | 'phase'> }) {
  const { t } = useTranslation('trainings');
  if (session.status === 'DRAFT') return <Tag>{t('status.DRAFT')}</Tag>;
  if (session.status === 'CANCELLED') return <Tag color="red">{t('status.CANCELLED')}</Tag>;
  const color = session.phase === 'ONGOING' ? 'green' : session.phase === 'UPCOMING' ? 'blue' : 'default';
  return <Tag color={color}>{t(`phase.${session.phase}`)}</Tag>;
}

/** A type's name in the UI language (types the district added carry both names). */
export function useTypeName() {
  const { i18n } = useTranslation('trainings');
  return (type: { nameZh: string; nameEn: string } | undefined) =>
    type ? (i18n.language === 'en' ? type.nameEn : type.nameZh) : '';
}
