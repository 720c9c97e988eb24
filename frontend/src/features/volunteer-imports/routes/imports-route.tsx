import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Popconfirm, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LinkButton } from '@/components/link-button';
import { ProblemAlert } from '@/components/problem-alert';
import { problemText } from '@/lib/api-error';
import { useDiscardImport } from '../api/discard-import';
import { useImports } from '../api/get-imports';
import { isRunning, type VolunteerImport } from '../api/types';
import { ImportStatusTag } from '../components/import-status-tag';
import { PlainList } from '../components/plain-list';

function canDiscard(imp: VolunteerImport) {
  return !isRunning(imp.status) && imp.status !== 'COMMITTED' && imp.status !== 'DISCARDED';
}

/** /volunteers/imports: the caller's imports, newest first, to continue or discard. */
export function ImportsRoute() {
  const { t } = useTranslation(['volunteerImports', 'common']);
  const { message } = App.useApp();
  const list = useImports();
  const discard = useDiscardImport();
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];

  const counts = (imp: VolunteerImport) => {
    const r = imp.result;
    const s = imp.summary;
    if (!s) return null;
    return t('list.counts', {
      total: s.totalRows,
      created: r?.created ?? s.toCreate,
      updated: r?.updated ?? s.toUpdate,
    });
  };

  return (
    <Card
      title={t('listTitle')}
      extra={
        <LinkButton type="primary" icon={<UploadOutlined />} to="/volunteers/imports/new">
          {t('newImport')}
        </LinkButton>
      }
    >
      <ProblemAlert error={list.error} />
      {list.isPending ? (
        <Skeleton active />
      ) : rows.length === 0 ? (
        <Empty description={t('empty')} />
      ) : (
        <PlainList
          items={rows}
          itemKey={(imp) => imp.id}
          itemLabel={(imp) => imp.fileName}
          render={(imp) => (
            <Flex gap={8} align="center" justify="space-between" wrap>
              <Flex vertical gap={4} style={{ minWidth: 0, flex: '1 1 220px' }}>
                <Flex gap={8} align="center" wrap>
                  <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                    {imp.fileName}
                  </Typography.Text>
                  <ImportStatusTag status={imp.status} />
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {t('list.createdAt')} {dayjs(imp.createdAt).format('YYYY-MM-DD HH:mm')}
                  {counts(imp) && ` · ${counts(imp)}`}
                </Typography.Text>
              </Flex>
              <Flex gap={16} align="center">
                {imp.status !== 'DISCARDED' && (
                  <Link to={`/volunteers/imports/${imp.id}`}>{t('list.continue')}</Link>
                )}
                {canDiscard(imp) && (
                  <Popconfirm
                    title={t('list.discardConfirm')}
                    okText={t('list.discard')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('common:action.cancel')}
                    onConfirm={() =>
                      discard.mutateAsync(imp.id).then(
                        () => void message.success(t('list.discarded')),
                        (e: unknown) => void message.error(problemText(e) ?? t('common:error.generic')),
                      )
                    }
                  >
                    <Button type="link" danger size="small" style={{ padding: 0 }}>
                      {t('list.discard')}
                    </Button>
                  </Popconfirm>
                )}
              </Flex>
            </Flex>
          )}
        />
      )}
      {list.hasNextPage && (
        <Button block loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {t('common:action.loadMore')}
        </Button>
      )}
    </Card>
  );
}
