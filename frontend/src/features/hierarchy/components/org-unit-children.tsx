import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrgUnitId, OrgUnitSummary } from '@/api/types';
import { LinkList } from '@/components/link-list';
import { OrgUnitKindTag } from '@/components/org-unit-kind-tag';
import { OrgUnitStatusTag } from '@/components/org-unit-status-tag';
import { useOrgUnits } from '../api/get-org-units';
import { useListScope } from '../api/use-list-scope';

function ChildrenTable({ units, loading }: { units: OrgUnitSummary[]; loading: boolean }) {
  const { t } = useTranslation(['hierarchy', 'common']);
  return (
    <Table<OrgUnitSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={units}
      pagination={units.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: t('children.empty') }}
      columns={[
        {
          title: t('field.name'),
          dataIndex: 'name',
          render: (name: string, unit) => <Link to={`/org-units/${unit.id}`}>{name}</Link>,
        },
        { title: t('field.code'), dataIndex: 'code' },
        {
          title: t('field.kind'),
          dataIndex: 'kind',
          render: (_, unit) => <OrgUnitKindTag kind={unit.kind} />,
        },
        { title: t('field.childCount'), dataIndex: 'childCount', align: 'right' },
        {
          title: t('field.status'),
          dataIndex: 'active',
          render: (active: boolean) => <OrgUnitStatusTag active={active} />,
        },
      ]}
    />
  );
}

/** Phones: one large touch target per child unit. */
function ChildrenList({ units, loading }: { units: OrgUnitSummary[]; loading: boolean }) {
  const { t } = useTranslation(['hierarchy', 'common']);
  return (
    <LinkList
      loading={loading}
      emptyText={t('children.empty')}
      items={units.map((unit) => ({
        key: unit.id,
        to: `/org-units/${unit.id}`,
        title: unit.name,
        description: `${t(`common:kind.${unit.kind}`)} · ${unit.code}${unit.active ? '' : ` · ${t('common:status.inactive')}`}`,
      }))}
    />
  );
}

/** 下级单位 of the unit shown (GET /org-units?parentId=). */
export function OrgUnitChildren({ parentId, mobile }: { parentId: OrgUnitId; mobile: boolean }) {
  const { t } = useTranslation(['hierarchy', 'common']);
  const scope = useListScope();
  const { data, isPending } = useOrgUnits({ parentId, ...scope });
  const units = data?.items ?? [];
  return (
    <Card
      title={`${t('children.title')}${data ? ` (${units.length})` : ''}`}
      size={mobile ? 'small' : 'medium'}
      styles={{ body: mobile ? { padding: '0 12px' } : undefined }}
    >
      {mobile ? (
        <ChildrenList units={units} loading={isPending} />
      ) : (
        <ChildrenTable units={units} loading={isPending} />
      )}
    </Card>
  );
}
