import { Button, Card, Flex, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { OrgUnitId, Vacancy } from '@/api/types';
import { OrgUnitPicker } from '@/components/org-unit-picker';
import { ProblemAlert } from '@/components/problem-alert';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useCurrentUser } from '@/lib/current-user';
import { useCommitteeSettings } from '../api/get-committee-settings';
import { type VacancyFilters, useVacancies } from '../api/get-vacancies';
import { useCommitteeAccess } from '../api/use-committee-access';
import { FillVacancyDrawer } from '../components/fill-vacancy-drawer';
import { VacanciesTable } from '../components/vacancies-table';

/**
 * 缺额补充: every open seat in scope, oldest first, with the fill flow. The unit and the overdue switch live in
 * the URL (?unit=id&overdue=1), so the dashboard can link to a township's vacancies and Back keeps them.
 */
export function VacanciesRoute() {
  const { t } = useTranslation(['committees', 'common']);
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const { canWrite } = useCommitteeAccess();
  const settings = useCommitteeSettings();
  const [params, setParams] = useSearchParams();
  const unitParam = Number(params.get('unit'));
  const unitId: OrgUnitId | undefined =
    Number.isInteger(unitParam) && unitParam > 0 ? unitParam : me.unit?.id;
  const overdueOnly = params.get('overdue') === '1';
  const update = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const setUnitId = (id: OrgUnitId | undefined) =>
    update('unit', id && id !== me.unit?.id ? String(id) : undefined);
  const setOverdueOnly = (on: boolean) => update('overdue', on ? '1' : undefined);
  const [filling, setFilling] = useState<Vacancy | null>(null);
  const filters = useMemo<VacancyFilters>(
    () => ({ ...(unitId ? { unitId } : {}), ...(overdueOnly ? { overdueOnly } : {}) }),
    [unitId, overdueOnly],
  );
  const list = useVacancies(filters);
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Card title={t('vacancies.title')} styles={mobile ? { body: { padding: 12 } } : undefined}>
      <Flex vertical gap={16}>
        {settings.data && (
          <Typography.Text type="secondary">
            {t('vacancies.subtitle', { days: settings.data.vacancyOverdueDays })}
          </Typography.Text>
        )}
        <Flex gap={12} wrap vertical={mobile} align={mobile ? 'stretch' : 'center'}>
          <div style={{ width: mobile ? '100%' : 280 }} aria-label={t('vacancies.unit')}>
            <OrgUnitPicker value={unitId} current={me.unit ?? undefined} onChange={setUnitId} />
          </div>
          <Flex gap={8} align="center">
            <Switch checked={overdueOnly} onChange={setOverdueOnly} aria-label={t('vacancies.overdueOnly')} />
            <span>{t('vacancies.overdueOnly')}</span>
          </Flex>
        </Flex>
        <ProblemAlert error={list.error} />
        <VacanciesTable
          rows={rows}
          loading={list.isPending}
          canWrite={canWrite}
          mobile={mobile}
          onFill={setFilling}
        />
        {list.hasNextPage && (
          <Button block loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('common:action.loadMore')}
          </Button>
        )}
      </Flex>
      {filling && <FillVacancyDrawer vacancy={filling} onClose={() => setFilling(null)} />}
    </Card>
  );
}
