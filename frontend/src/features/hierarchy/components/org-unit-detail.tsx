import { ClusterOutlined } from '@ant-design/icons';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnitDetail } from '@/api/types';
import { LinkButton } from '@/components/link-button';
import { OrgUnitCard } from '@/components/org-unit-card';
import { useCurrentUser } from '@/lib/current-user';
import { OrgUnitActions } from './org-unit-actions';
import { OrgUnitBreadcrumbs } from './org-unit-breadcrumbs';
import { OrgUnitChildren } from './org-unit-children';

/** The right-hand panel (or the whole page on phones): the unit, its actions and its children. */
export function OrgUnitDetailPanel({ unit, mobile }: { unit: OrgUnitDetail; mobile: boolean }) {
  const me = useCurrentUser();
  const { t } = useTranslation('hierarchy');
  // The unit's committee team (班子) lives in its own feature; a plain link keeps features apart.
  const team = unit.active ? (
    <LinkButton to={`/committees/${unit.id}`} icon={<ClusterOutlined />} size={mobile ? 'large' : 'middle'}>
      {t('action.committee')}
    </LinkButton>
  ) : null;
  return (
    <Flex vertical gap={16} style={{ minWidth: 0, flex: 1 }}>
      <OrgUnitCard
        unit={unit}
        compact={mobile}
        top={<OrgUnitBreadcrumbs crumbs={unit.breadcrumbs} />}
        footer={
          <Flex vertical gap={8}>
            {me.permissions.manageTree && <OrgUnitActions unit={unit} mobile={mobile} />}
            {team && <Flex>{team}</Flex>}
          </Flex>
        }
      />
      {unit.childCount > 0 || me.permissions.manageTree ? (
        <OrgUnitChildren parentId={unit.id} mobile={mobile} />
      ) : null}
    </Flex>
  );
}
