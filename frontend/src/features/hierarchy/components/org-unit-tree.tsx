import { useQueries, useQueryClient } from '@tanstack/react-query';
import { Skeleton, Tree, type TreeDataNode, Typography } from 'antd';
import { type Key, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitId, OrgUnitSummary } from '@/api/types';
import { orgUnitsQueryOptions, useOrgUnits } from '../api/get-org-units';
import { useListScope } from '../api/use-list-scope';

interface Props {
  selectedId?: OrgUnitId;
  /** Ancestors of the selected unit, expanded so a deep link shows where the unit sits. */
  ancestorIds: readonly OrgUnitId[];
  onSelect: (id: OrgUnitId) => void;
}

function TreeTitle({ unit }: { unit: OrgUnitSummary }) {
  const { t } = useTranslation();
  return (
    <span>
      {unit.name}
      {!unit.active && (
        <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
          ({t('status.inactive')})
        </Typography.Text>
      )}
    </span>
  );
}

/** The caller's units as a tree whose children load when a node opens (GET /org-units?parentId=). */
export function OrgUnitTree({ selectedId, ancestorIds, onSelect }: Props) {
  const scope = useListScope();
  const queryClient = useQueryClient();
  const roots = useOrgUnits(scope);
  const [expanded, setExpanded] = useState<OrgUnitId[]>([]);

  // Open the roots and the way down to the selected unit whenever either changes
  // (adjusting state while rendering, as React recommends over an effect).
  const wanted = [...(roots.data?.items.map((u) => u.id) ?? []), ...ancestorIds];
  const wantedKey = wanted.join('/');
  const [openedFor, setOpenedFor] = useState('');
  if (wantedKey !== openedFor) {
    setOpenedFor(wantedKey);
    setExpanded((current) => [...current, ...wanted.filter((id) => !current.includes(id))]);
  }

  const children = useQueries({
    queries: expanded.map((parentId) => orgUnitsQueryOptions({ parentId, ...scope })),
  });

  const treeData = useMemo(() => {
    const byParent = new Map<OrgUnitId, OrgUnitSummary[]>();
    expanded.forEach((parentId, i) => {
      const items = children[i]?.data?.items;
      if (items) byParent.set(parentId, items);
    });
    const toNode = (unit: OrgUnitSummary): TreeDataNode => {
      const kids = byParent.get(unit.id);
      return {
        key: unit.id,
        title: <TreeTitle unit={unit} />,
        isLeaf: unit.childCount === 0,
        children: kids?.map(toNode),
      };
    };
    return (roots.data?.items ?? []).map(toNode);
  }, [roots.data, expanded, children]);

  if (roots.isPending) return <Skeleton active />;

  return (
    <Tree
      treeData={treeData}
      blockNode
      showLine
      expandedKeys={expanded}
      selectedKeys={selectedId === undefined ? [] : [selectedId]}
      loadData={(node) =>
        queryClient.ensureQueryData(orgUnitsQueryOptions({ parentId: node.key as OrgUnitId, ...scope }))
      }
      onExpand={(keys: Key[]) => setExpanded(keys as OrgUnitId[])}
      onSelect={(keys) => keys.length > 0 && onSelect(keys[0] as OrgUnitId)}
    />
  );
}
