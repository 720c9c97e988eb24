import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VolunteerImport } from '../api/types';

/** The dry run or the commit under way; the wizard polls the import about once a second. */
export function ImportProgress({ imp }: { imp: VolunteerImport }) {
  const { t } = useTranslation('volunteerImports');
  const processed = imp.progress?.processedRows ?? 0;
  const total = imp.progress?.totalRows ?? imp.summary?.totalRows ?? null;
  const percent = total ? Math.min(99, Math.floor((processed / total) * 100)) : undefined;
  return (
    <Flex vertical gap={12} align="stretch" role="status" aria-live="polite" style={{ padding: '24px 0' }}>
      <Typography.Text strong style={{ fontSize: 16 }}>
        {imp.status === 'COMMITTING' ? t('progress.committing') : t('progress.validating')}
      </Typography.Text>
      <Progress
        percent={percent ?? 99}
        status="active"
        showInfo={percent !== undefined}
        aria-label={t(`status.${imp.status}`)}
      />
      <Typography.Text type="secondary">
        {total ? t('progress.rowsOf', { count: processed, total }) : t('progress.rows', { count: processed })}
      </Typography.Text>
    </Flex>
  );
}
