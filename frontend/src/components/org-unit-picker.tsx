import { useQuery } from '@tanstack/react-query';
import { Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitId, OrgUnitRef, OrgUnitSummary } from '@/api/types';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { api, call } from '@/lib/api-client';

interface Props {
  id?: string;
  value?: OrgUnitId;
  onChange?: (value: OrgUnitId) => void;
  /** The unit currently chosen, so its label shows before any search. */
  current?: OrgUnitRef;
  /** Units that may not be chosen (e.g. the unit being moved and its own subtree). */
  disabled?: (unit: OrgUnitSummary) => boolean;
}

function searchUnits(q: string) {
  const query = q ? { q, limit: 50 } : { limit: 50 };
  return call(api.GET('/api/v1/org-units', { params: { query } }));
}

/** Picks one unit in the caller's scope by typing part of its name or code. */
export function OrgUnitPicker({ id, value, onChange, current, disabled }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
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
    if (current && !units.some((u) => u.id === current.id)) units.unshift(current);
    return units.map((u) => ({
      value: u.id,
      disabled: u.off,
      label: (
        <Space size={4}>
          <span>{u.name}</span>
          <Typography.Text type="secondary">
            {t(`kind.${u.kind}`)} · {u.code}
          </Typography.Text>
        </Space>
      ),
    }));
  }, [data, current, disabled, t]);

  return (
    <Select<OrgUnitId>
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      loading={isFetching}
      placeholder={t('picker.placeholder')}
      notFoundContent={isFetching ? null : t('picker.empty')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      size="large"
      style={{ width: '100%' }}
    />
  );
}
