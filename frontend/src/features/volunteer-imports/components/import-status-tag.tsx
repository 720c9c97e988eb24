import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportStatus } from '../api/types';

const colors: Record<ImportStatus, string> = {
  MAPPING: 'gold',
  VALIDATING: 'processing',
  VALIDATED: 'blue',
  COMMITTING: 'processing',
  COMMITTED: 'success',
  FAILED: 'error',
  DISCARDED: 'default',
};

export function ImportStatusTag({ status }: { status: ImportStatus }) {
  const { t } = useTranslation('volunteerImports');
  return <Tag color={colors[status]}>{t(`status.${status}`)}</Tag>;
}
