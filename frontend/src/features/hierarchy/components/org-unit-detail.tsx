import { Flex } from 'antd';
import type { OrgUnitDetail } from '@/api/types';
import { OrgUnitCard } from '@/components/org-unit-card';
import { useCurrentUser } from '@/lib/current-user';
import { OrgUnitActions } from './org-unit-actions';
import { OrgUnitBreadcrumbs } from './org-unit-breadcrumbs';
import { OrgUnitChildren } from './org-unit-children';

/** The right-hand panel (or the whole page on phones): the unit, its actions and its children. */
export function OrgUnitDetailPanel({ unit, mobile }: { unit: OrgUnitDetail; mobile: boolean }) {
  const me = useCurrentUser();
  return (
    <Flex vertical gap={16} style={{ minWidth: 0, flex: 1 }}>
      <OrgUnitCard
        unit={unit}
        compact={mobile}
        top={<OrgUnitBreadcrumbs crumbs={unit.breadcrumbs} />}
        footer={me.permissions.manageTree ? <OrgUnitActions unit={unit} mobile={mobile} /> : undefined}
      />
      {unit.childCount > 0 || me.permissions.manageTree ? (
        <OrgUnitChildren parentId={unit.id} mobile={mobile} />
      ) : null}
    </Flex>
  );
}
