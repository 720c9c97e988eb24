import { Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useImportChanges } from '../api/get-import-changes';
import type { ImportAction, ImportId } from '../api/types';
import { PlainList } from './plain-list';

/** Who would be created or updated; updates list each changed field (masked by the server). */
export function ChangeList({ id, action }: { id: ImportId; action: ImportAction }) {
  const { t } = useTranslation(['volunteerImports', 'common']);
  const changes = useImportChanges(id, action);
  const rows = changes.data?.pages.flatMap((page) => page.items) ?? [];

  if (changes.isPending) return <Skeleton active />;
  if (changes.error) return <ProblemAlert error={changes.error} />;
  if (rows.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={action === 'CREATE' ? t('report.noCreate') : t('report.noUpdate')}
      />
    );
  }
  const blank = t('report.blank');
  return (
    <Flex vertical gap={8}>
      <PlainList
        items={rows}
        itemKey={(change) => change.rowNumber}
        render={(change) => (
          <Flex vertical gap={2} style={{ minWidth: 0 }}>
            <Typography.Text>
              <Typography.Text strong>{change.name}</Typography.Text> · {change.idNumberMasked} ·{' '}
              {change.unit.name}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('report.row', { row: change.rowNumber })}
            </Typography.Text>
            {change.changes.map((c) => (
              <Typography.Text key={c.field} style={{ overflowWrap: 'anywhere' }}>
                {t('report.change', {
                  field: t(`field.${c.field}`),
                  before: c.before ?? blank,
                  after: c.after ?? blank,
                })}
              </Typography.Text>
            ))}
          </Flex>
        )}
      />
      {changes.hasNextPage && (
        <Button block loading={changes.isFetchingNextPage} onClick={() => void changes.fetchNextPage()}>
          {t('common:action.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
