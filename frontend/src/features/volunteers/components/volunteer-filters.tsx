import { Flex, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityArea, VolunteerCategory, VolunteerStatus } from '@/api/types';
import { OrgUnitPicker } from '@/components/org-unit-picker';
import { useCurrentUser } from '@/lib/current-user';
import type { FilterValues } from '../lib/use-volunteer-list';
import { areas, categories, statuses } from './options';

interface Props {
  value: FilterValues;
  onChange: (value: FilterValues) => void;
}

/** At a desk: unit (the caller's own scope by default), category, status, area, age range and name. */
export function VolunteerFilters({ value, onChange }: Props) {
  const { t } = useTranslation('volunteers');
  const me = useCurrentUser();
  const set = (patch: Partial<FilterValues>) => onChange({ ...value, ...patch });
  const width = 180;

  return (
    <Flex gap={8} wrap>
      <Input.Search
        allowClear
        placeholder={t('filter.search')}
        aria-label={t('filter.search')}
        value={value.name}
        onChange={(e) => set({ name: e.target.value })}
        style={{ width: 220 }}
      />
      <div style={{ width: 260 }} aria-label={t('filter.unit')}>
        <OrgUnitPicker
          value={value.unitId}
          current={me.unit ?? undefined}
          onChange={(unitId) => set({ unitId })}
        />
      </div>
      <Select<VolunteerCategory>
        allowClear
        aria-label={t('filter.category')}
        placeholder={t('filter.category')}
        value={value.category}
        onChange={(category) => set({ category })}
        options={categories.map((c) => ({ value: c, label: t(`category.${c}`) }))}
        style={{ width }}
      />
      <Select<VolunteerStatus>
        allowClear
        aria-label={t('filter.status')}
        placeholder={t('filter.status')}
        value={value.status}
        onChange={(status) => set({ status })}
        options={statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        style={{ width }}
      />
      <Select<ActivityArea>
        allowClear
        aria-label={t('filter.area')}
        placeholder={t('filter.area')}
        value={value.area}
        onChange={(area) => set({ area })}
        options={areas.map((a) => ({ value: a, label: t(`area.${a}`) }))}
        style={{ width }}
      />
      <Flex gap={8} align="center">
        <InputNumber<number>
          min={0}
          max={150}
          precision={0}
          aria-label={t('filter.minAge')}
          placeholder={t('filter.minAge')}
          value={value.minAge ?? null}
          onChange={(minAge) => set({ minAge: minAge ?? undefined })}
          style={{ width: 110 }}
        />
        <span>–</span>
        <InputNumber<number>
          min={0}
          max={150}
          precision={0}
          aria-label={t('filter.maxAge')}
          placeholder={t('filter.maxAge')}
          value={value.maxAge ?? null}
          onChange={(maxAge) => set({ maxAge: maxAge ?? undefined })}
          style={{ width: 110 }}
        />
      </Flex>
    </Flex>
  );
}
