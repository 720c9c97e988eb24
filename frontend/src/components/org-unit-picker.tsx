import { useQuery } from '@tanstack/react-query';
import { Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitId, OrgUnitRef, OrgUnitSummary } from '@/api/types';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { api, call } from '@/lib/api-client';

interface Common {
  id?: string;
  /** The unit currently chosen, so its label shows before any search. */
  current?: OrgUnitRef;
  /** Units that may not be chosen (e.g. the unit being moved and its own subtree). */
  disabled?: (unit: OrgUnitSummary) => boolean;
  'aria-label'?: string;
}

type Props = Common &
  (
    | { multiple?: false; value?: OrgUnitId; onChange?: (value: OrgUnitId) => void }
    | { multiple: true; value?: OrgUnitId[]; onChange?: (value: OrgUnitId[]) => void }
  );

function searchUnits(q: string) {
  const query = q ? { q, limit: 50 } : { limit: 50 };
  return call(api.GET('/api/v1/org-units', { params: { query } }));
}

/**
 * Picks one unit (or, `multiple`, several) in the caller's scope by typing part of its name or code.
 * The server answers only units the caller may see, so the choice never leaves the caller's subtree.
 */
export function OrgUnitPicker(props: Props) {
  const { id, current, disabled } = props;
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // Units chosen from earlier searches keep their labels when the search changes.
  const [chosen, setChosen] = useState<Map<OrgUnitId, OrgUnitRef>>(new Map());
  const q = useDebouncedValue(search.trim());
  const { data, isFetching } = useQuery({
    queryKey: ['org-units', 'picker', q],
    queryFn: () => searchUnits(q),
  });

  const options = useMemo(() => {
    const units: (OrgUnitRef & { off?: boolean })[] = (data?.items ?? []).map((u) => ({
      ...u,
      off: disabled?.(u) ?? false,
    }));
    const extra = [...(current ? [current] : []), ...chosen.values()];
    for (const unit of extra) if (!units.some((u) => u.id === unit.id)) units.unshift(unit);
    return units.map((u) => ({
      value: u.id,
      disabled: u.off,
      unit: u,
      label: (
        <Space size={4}>
          <span>{u.name}</span>
          <Typography.Text type="secondary">
            {t(`kind.${u.kind}`)} · {u.code}
          </Typography.Text>
        </Space>
      ),
    }));
  }, [data, current, chosen, disabled, t]);

  const remember = (ids: OrgUnitId[]) =>
    setChosen(
      new Map(
        options
          .filter((o) => ids.includes(o.value))
          .map((o) => [o.value, { id: o.unit.id, code: o.unit.code, name: o.unit.name, kind: o.unit.kind }]),
      ),
    );

  const shared = {
    id,
    'aria-label': props['aria-label'],
    options,
    loading: isFetching,
    placeholder: t('picker.placeholder'),
    notFoundContent: isFetching ? null : t('picker.empty'),
    showSearch: { filterOption: false, onSearch: setSearch },
    size: 'large' as const,
    style: { width: '100%' },
  };

  if (props.multiple) {
    const { value, onChange } = props;
    return (
      <Select<OrgUnitId[]>
        {...shared}
        mode="multiple"
        value={value}
        onChange={(ids) => {
          remember(ids);
          onChange?.(ids);
        }}
      />
    );
  }
  const { value, onChange } = props;
  return <Select<OrgUnitId> {...shared} value={value} onChange={onChange} />;
}
