import { Card, Flex, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { parseOrgUnitId } from '@/api/ids';
import { NoUnitResult } from '@/components/no-unit-result';
import { NotFoundResult } from '@/components/not-found-result';
import { QueryErrorResult } from '@/components/query-error-result';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useCurrentUser } from '@/lib/current-user';
import { useOrgUnit } from '../api/get-org-unit';
import { OrgUnitDetailPanel } from '../components/org-unit-detail';
import { OrgUnitSearchBox, OrgUnitSearchResults } from '../components/org-unit-search';
import { OrgUnitTree } from '../components/org-unit-tree';

/** 组织架构: /org-units (the caller's own unit) and /org-units/:id (deep-linkable). */
export function OrgUnitsRoute() {
  const { t } = useTranslation('hierarchy');
  const { id } = useParams();
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const unitId = id === undefined ? me.unit?.id : parseOrgUnitId(id);
  const detail = useOrgUnit(unitId);
  const ancestorIds = useMemo(
    () => detail.data?.breadcrumbs.slice(0, -1).map((crumb) => crumb.id) ?? [],
    [detail.data],
  );

  if (id === undefined && !me.unit) return <NoUnitResult />;
  if (unitId === undefined) return <NotFoundResult />;
  if (detail.isError) return <QueryErrorResult error={detail.error} onRetry={() => void detail.refetch()} />;

  const searching = search.trim().length > 0;
  const panel = detail.data ? <OrgUnitDetailPanel unit={detail.data} mobile={mobile} /> : <Skeleton active />;

  if (mobile) {
    return (
      <Flex vertical gap={12}>
        <OrgUnitSearchBox value={search} onChange={setSearch} />
        {searching ? (
          <Card size="small">
            <OrgUnitSearchResults text={search} onPick={() => setSearch('')} />
          </Card>
        ) : (
          panel
        )}
      </Flex>
    );
  }

  return (
    <Flex gap={16} align="flex-start">
      <Card title={t('tree')} style={{ width: 320, flexShrink: 0 }} styles={{ body: { padding: 12 } }}>
        <Flex vertical gap={12}>
          <OrgUnitSearchBox value={search} onChange={setSearch} />
          {searching ? (
            <OrgUnitSearchResults text={search} />
          ) : (
            <div style={{ maxHeight: 'calc(100vh - 260px)', overflow: 'auto' }}>
              <OrgUnitTree
                selectedId={unitId}
                ancestorIds={ancestorIds}
                onSelect={(selected) => void navigate(`/org-units/${selected}`)}
              />
            </div>
          )}
        </Flex>
      </Card>
      {panel}
    </Flex>
  );
}
