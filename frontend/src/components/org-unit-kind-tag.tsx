import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnitKind } from '@/api/types';

const colors: Record<OrgUnitKind, string> = {
  PROVINCE: 'magenta',
  CITY: 'purple',
  DISTRICT: 'red',
  TOWNSHIP: 'green',
  STREET: 'blue',
  DEPARTMENT: 'gold',
  VILLAGE: 'cyan',
  COMMUNITY: 'geekblue',
};

export function OrgUnitKindTag({ kind }: { kind: OrgUnitKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={colors[kind]} variant="outlined">
      {t(`kind.${kind}`)}
    </Tag>
  );
}
