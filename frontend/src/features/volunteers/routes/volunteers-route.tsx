import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '@/components/link-button';
import { ProblemAlert } from '@/components/problem-alert';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useCurrentUser } from '@/lib/current-user';
import { useExportVolunteers } from '../api/export-volunteers';
import { type VolunteerFilters as Filters, useVolunteers } from '../api/get-volunteers';
import { useCanWriteVolunteers } from '../api/use-volunteer-access';
import { VolunteerCards } from '../components/volunteer-cards';
import { type FilterValues, VolunteerFilters } from '../components/volunteer-filters';
import { VolunteersTable } from '../components/volunteers-table';

/** 五老队伍: the register within the caller's scope; a table on desktop, cards on phones. */
export function VolunteersRoute() {
  const { t } = useTranslation(['volunteers', 'common', 'volunteerImports']);
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const canWrite = useCanWriteVolunteers();
  const [filters, setFilters] = useState<FilterValues>({ unitId: me.unit?.id, name: '' });
  const name = useDebouncedValue(filters.name.trim());
  const query = useMemo<Filters>(() => {
    const { name: _name, ...rest } = filters;
    const entries = Object.entries({ ...rest, q: name || undefined }).filter(([, v]) => v !== undefined);
    return Object.fromEntries(entries) as Filters;
  }, [filters, name]);
  const list = useVolunteers(query);
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  const exporting = useExportVolunteers();
  const { message } = App.useApp();
  const exportButton = mobile ? null : (
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
  );

  const create = canWrite ? (
    <Flex gap={8} vertical={mobile}>
      <LinkButton
        to="/volunteers/new"
        type="primary"
        icon={<PlusOutlined />}
        size={mobile ? 'large' : 'middle'}
        block={mobile}
        style={mobile ? { height: 52, fontSize: 18 } : undefined}
      >
        {t('action.create')}
      </LinkButton>
      {/* 批量导入: the census import wizard, for the same roles that may register people. */}
      <LinkButton
        to="/volunteers/imports"
        icon={<UploadOutlined />}
        size={mobile ? 'large' : 'middle'}
        block={mobile}
      >
        {t('volunteerImports:entry')}
      </LinkButton>
    </Flex>
  ) : null;

  const body = (
    <Flex vertical gap={16}>
      <VolunteerFilters value={filters} onChange={setFilters} mobile={mobile} />
      <ProblemAlert error={list.error} />
      {mobile ? (
        list.isPending ? (
          <Card loading />
        ) : (
          <VolunteerCards rows={rows} />
        )
      ) : (
        <VolunteersTable rows={rows} loading={list.isPending} />
      )}
      {list.hasNextPage && (
        <Button
          block
          size={mobile ? 'large' : 'middle'}
          loading={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {t('common:action.loadMore')}
        </Button>
      )}
    </Flex>
  );

  if (mobile) {
    return (
      <Flex vertical gap={12}>
        {create}
        {body}
      </Flex>
    );
  }
  return (
    <Card
      title={t('title')}
      extra={
        <Flex gap={8}>
          {exportButton}
          {create}
        </Flex>
      }
    >
      {body}
    </Card>
  );
}
