import { DownloadOutlined, FilterOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Tooltip, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ActivityArea, VolunteerCategory, VolunteerStatus } from '@/api/types';
import { LinkButton } from '@/components/link-button';
import { PageLoading } from '@/components/page-loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useCurrentUser } from '@/lib/current-user';
import { useExportVolunteers } from '../api/export-volunteers';
import { type VolunteerFilters as Filters, useVolunteers } from '../api/get-volunteers';
import { useCanWriteVolunteers } from '../api/use-volunteer-access';
import { VolunteerCards } from '../components/volunteer-cards';
import { type FilterValues, VolunteerFilters } from '../components/volunteer-filters';
import { VolunteerTotals } from '../components/volunteer-totals';

// The table is for desks: a phone lists cards and never downloads antd's Table.
const VolunteersTable = lazy(() =>
  import('../components/volunteers-table').then((m) => ({ default: m.VolunteersTable })),
);

const number = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : undefined);

/** The filters live in the URL: Back after opening a person returns to the same list, and a link can be shared. */
function useFiltersInUrl(defaultUnitId: number | undefined) {
  const [params, setParams] = useSearchParams();
  const filters: FilterValues = {
    unitId: number(params.get('unit')) ?? defaultUnitId,
    category: (params.get('category') as VolunteerCategory | null) ?? undefined,
    status: (params.get('status') as VolunteerStatus | null) ?? undefined,
    area: (params.get('area') as ActivityArea | null) ?? undefined,
    minAge: number(params.get('minAge')),
    maxAge: number(params.get('maxAge')),
    name: params.get('q') ?? '',
  };
  const setFilters = (next: FilterValues) => {
    const entries: [string, string | number | undefined][] = [
      ['unit', next.unitId === defaultUnitId ? undefined : next.unitId],
      ['category', next.category],
      ['status', next.status],
      ['area', next.area],
      ['minAge', next.minAge],
      ['maxAge', next.maxAge],
      ['q', next.name || undefined],
    ];
    const search = new URLSearchParams();
    for (const [key, value] of entries)
      if (value !== undefined && value !== null) search.set(key, String(value));
    setParams(search, { replace: true });
  };
  return [filters, setFilters] as const;
}

/** 五老队伍: the register within the caller's scope; a table on desktop, cards on phones. */
export function VolunteersRoute() {
  const { t } = useTranslation(['volunteers', 'common', 'volunteerImports']);
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const canWrite = useCanWriteVolunteers();
  const [filters, setFilters] = useFiltersInUrl(me.unit?.id);
  const active = Object.entries(filters).filter(
    ([key, value]) => key !== 'unitId' && value !== undefined && value !== '',
  ).length;
  const [showFilters, setShowFilters] = useState(false);
  const name = useDebouncedValue(filters.name.trim());
  const { unitId, category, status, area, minAge, maxAge } = filters;
  const query = useMemo<Filters>(() => {
    const entries = Object.entries({
      unitId,
      category,
      status,
      area,
      minAge,
      maxAge,
      q: name || undefined,
    }).filter(([, v]) => v !== undefined);
    return Object.fromEntries(entries) as Filters;
  }, [unitId, category, status, area, minAge, maxAge, name]);
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

  // On a phone the seven filter fields fold behind one button, so that the list starts on the first screen.
  const filterFields =
    mobile && !showFilters ? (
      <Button size="large" block icon={<FilterOutlined />} onClick={() => setShowFilters(true)}>
        {t('filter.show')}
        {active > 0 ? ` (${active})` : ''}
      </Button>
    ) : (
      <>
        <VolunteerFilters value={filters} onChange={setFilters} mobile={mobile} />
        {mobile && (
          <Button size="large" block onClick={() => setShowFilters(false)}>
            {t('filter.hide')}
          </Button>
        )}
      </>
    );

  const body = (
    <Flex vertical gap={16}>
      <VolunteerTotals
        unitId={filters.unitId}
        status={filters.status}
        onStatus={(next) => setFilters({ ...filters, status: next })}
      />
      {filterFields}
      <ProblemAlert error={list.error} />
      {mobile ? (
        list.isPending ? (
          <Card loading />
        ) : (
          <VolunteerCards rows={rows} />
        )
      ) : (
        <Suspense fallback={<PageLoading />}>
          <VolunteersTable rows={rows} loading={list.isPending} />
        </Suspense>
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
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
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
