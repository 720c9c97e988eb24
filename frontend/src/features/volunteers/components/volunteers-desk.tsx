import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '@/components/link-button';
import { ProblemAlert } from '@/components/problem-alert';
import { useExportVolunteers } from '../api/export-volunteers';
import { useCanWriteVolunteers } from '../api/use-volunteer-access';
import type { VolunteerList } from '../lib/use-volunteer-list';
import { VolunteerFilters } from './volunteer-filters';
import { VolunteerTotals } from './volunteer-totals';
import { VolunteersTable } from './volunteers-table';

/** 五老队伍 at a desk (antd): the filters in a row, the table, export and 新增五老 in the card's head. */
export function VolunteersDesk({ filters, setFilters, query, list, rows }: VolunteerList) {
  const { t } = useTranslation(['volunteers', 'common', 'volunteerImports']);
  const canWrite = useCanWriteVolunteers();
  const exporting = useExportVolunteers();
  const { message } = App.useApp();

  return (
    <Card
      title={t('title')}
      extra={
        <Flex gap={8}>
          <Tooltip title={t('action.exportHint')}>
            <Button
              icon={<DownloadOutlined />}
              loading={exporting.isPending}
              onClick={() =>
                exporting.mutate(query, {
                  onError: (error) => void message.error(error.message),
                })
              }
            >
              {t('action.export')}
            </Button>
          </Tooltip>
          {canWrite && (
            <>
              <LinkButton to="/volunteers/new" type="primary" icon={<PlusOutlined />}>
                {t('action.create')}
              </LinkButton>
              {/* 批量导入: the census import wizard, for the same roles that may register people. */}
              <LinkButton to="/volunteers/imports" icon={<UploadOutlined />}>
                {t('volunteerImports:entry')}
              </LinkButton>
            </>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <VolunteerTotals
          unitId={filters.unitId}
          status={filters.status}
          onStatus={(next) => setFilters({ ...filters, status: next })}
        />
        <VolunteerFilters value={filters} onChange={setFilters} />
        <ProblemAlert error={list.error} />
        <VolunteersTable rows={rows} loading={list.isPending} />
        {list.hasNextPage && (
          <Button block loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('common:action.loadMore')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
