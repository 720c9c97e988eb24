import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LinkButton } from '@/components/link-button';
import { ProblemAlert } from '@/components/problem-alert';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useCurrentUser } from '@/lib/current-user';
import { useExemplars } from '../api/exemplars';
import { categoryName, useCategories } from '../api/categories';
import {
  statuses,
  type ExemplarCategory,
  type ExemplarFilters,
  type ExemplarStatus,
} from '../api/types';
import { ExemplarList } from '../components/exemplar-list';

/**
 * /exemplars — the library, searchable by category, year and status; /exemplars/reviews — the caller's
 * review queue (township staff: waiting for the township; the district: waiting for the district).
 * Filters live in the query string, so Back and a shared link land on the same list.
 */
export function ExemplarsRoute({ queue = false }: { queue?: boolean }) {
  const { t, i18n } = useTranslation(['exemplars', 'common']);
  const register = useCategories(true);
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const category = (params.get('category') as ExemplarCategory | null) ?? undefined;
  const status = (params.get('status') as ExemplarStatus | null) ?? undefined;
  const yearParam = params.get('year');
  const year = yearParam ? Number(yearParam) : undefined;
  const filters: ExemplarFilters = {
    ...(category ? { category } : {}),
    ...(year ? { year } : {}),
    ...(queue
      ? { awaiting: me.roles.includes('district-admin') ? 'DISTRICT' : 'TOWNSHIP' }
      : status
        ? { status }
        : {}),
  };
  const list = useExemplars(filters);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const canNominate = me.roles.some(
    (r) => r === 'district-admin' || r === 'township-staff' || r === 'village-staff',
  );

  function set(name: string, value: string | undefined) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  return (
    <Card
      title={queue ? t('list.queueTitle') : t('list.title')}
      extra={
        canNominate && !queue ? (
          <LinkButton to="/exemplars/new" icon={<PlusOutlined />}>
            {t('list.nominate')}
          </LinkButton>
        ) : null
      }
      styles={mobile ? { body: { padding: 12 } } : undefined}
    >
      <Flex vertical gap={12}>
        <Flex wrap gap={8}>
          <Select<ExemplarCategory>
            allowClear
            aria-label={t('field.category')}
            placeholder={t('list.allCategories')}
            value={category}
            onChange={(v) => set('category', v)}
            options={(register.data ?? []).map((c) => ({
              value: c.code,
              label: categoryName(c, i18n.language.startsWith('en')),
            }))}
            style={{ width: mobile ? '100%' : 200 }}
          />
          {!queue && (
            <Select<ExemplarStatus>
              allowClear
              aria-label={t('list.allStatuses')}
              placeholder={t('list.allStatuses')}
              value={status}
              onChange={(v) => set('status', v)}
              options={statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              style={{ width: mobile ? '100%' : 180 }}
            />
          )}
          <InputNumber
            aria-label={t('field.year')}
            placeholder={t('field.year')}
            min={1990}
            max={2100}
            value={year ?? null}
            onChange={(v) => set('year', v ? String(v) : undefined)}
            style={{ width: mobile ? '100%' : 120 }}
          />
        </Flex>
        <ProblemAlert error={list.error} />
        <ExemplarList rows={rows} loading={list.isPending} />
        {list.hasNextPage && (
          <Button block loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('common:action.loadMore')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}

export function ReviewQueueRoute() {
  return <ExemplarsRoute queue />;
}
