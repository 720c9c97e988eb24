import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LazyQueryErrorResult as QueryErrorResult } from '@/components/lazy-results';
import { PageLoading } from '@/components/page-loading';
import { useCanWriteVolunteers } from '../api/use-volunteer-access';
import { useVolunteerCounts } from '../api/get-volunteer-counts';
import type { VolunteerList } from '../lib/use-volunteer-list';
import { VolunteerCards } from './volunteer-cards';
import { VolunteerPhoneFilters } from './volunteer-phone-filters';
import { VolunteerTotals } from './volunteer-totals';

/**
 * 五老队伍 on a phone, in plain elements (styles.css): title, 新增五老, the total and the counts by status,
 * the filters folded behind one button so that the list starts on the first screen, cards, 加载更多.
 * Opened directly, it loads no antd (issue 15: ≤ 150 KB of script).
 */
export function VolunteersPhone({ filters, setFilters, active, list, rows }: VolunteerList) {
  const { t } = useTranslation(['volunteers', 'common', 'volunteerImports']);
  const canWrite = useCanWriteVolunteers();
  const [showFilters, setShowFilters] = useState(false);
  // The counts (VolunteerTotals, same query) decide how many rows of chips there are: until they are here,
  // one loading state stands for everything below, so nothing moves when they arrive (layout shift, issue 15).
  const counts = useVolunteerCounts(filters.unitId);

  return (
    <div className="ggw-stack ggw-stack-tight">
      <h2 className="ggw-title">{t('title')}</h2>
      {canWrite && (
        <>
          <Link to="/volunteers/new" className="ggw-button ggw-button-primary ggw-button-hero">
            {t('action.create')}
          </Link>
          {/* 批量导入: the census import wizard, for the same roles that may register people. */}
          <Link to="/volunteers/imports" className="ggw-button">
            {t('volunteerImports:entry')}
          </Link>
        </>
      )}
      {counts.isPending ? (
        <PageLoading />
      ) : (
        <>
          <VolunteerTotals
            unitId={filters.unitId}
            status={filters.status}
            onStatus={(next) => setFilters({ ...filters, status: next })}
          />
          <button
            type="button"
            className="ggw-button"
            aria-expanded={showFilters}
            onClick={() => setShowFilters(!showFilters)}
          >
            {showFilters ? t('filter.hide') : t('filter.show')}
            {!showFilters && active > 0 ? ` (${active})` : ''}
          </button>
          {showFilters && <VolunteerPhoneFilters value={filters} onChange={setFilters} />}
          {list.isError && !list.data ? (
            <QueryErrorResult error={list.error} onRetry={() => void list.refetch()} />
          ) : list.isPending ? (
            <PageLoading />
          ) : (
            <VolunteerCards rows={rows} />
          )}
          {list.hasNextPage && (
            <button
              type="button"
              className="ggw-button"
              disabled={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              {list.isFetchingNextPage ? t('common:app.loading') : t('common:action.loadMore')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
