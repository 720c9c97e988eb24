import { Flex, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityArea, OrgUnitId, VolunteerCategory, VolunteerStatus } from '@/api/types';
import { OrgUnitPicker } from '@/components/org-unit-picker';
import { useCurrentUser } from '@/lib/current-user';
import { areas, categories, statuses } from './options';

export interface FilterValues {
  unitId?: OrgUnitId;
  category?: VolunteerCategory;
  status?: VolunteerStatus;
  area?: ActivityArea;
  minAge?: number;
  maxAge?: number;
  name: string;
}

interface Props {
  value: FilterValues;
  onChange: (value: FilterValues) => void;
  mobile: boolean;
}

/** Unit (the caller's own scope by default), category, status, area, age range and name. */
export function VolunteerFilters({ value, onChange, mobile }: Props) {
  const { t } = useTranslation('volunteers');
  const me = useCurrentUser();
  const set = (patch: Partial<FilterValues>) => onChange({ ...value, ...patch });
  const width = mobile ? '100%' : 180;

  return (
    <Flex gap={8} wrap vertical={mobile}>
      <Input.Search
        allowClear
        size={mobile ? 'large' : 'middle'}
        placeholder={t('filter.search')}
        aria-label={t('filter.search')}
        value={value.name}
        onChange={(e) => set({ name: e.target.value })}
        style={{ width: mobile ? '100%' : 220 }}
      />
      <div style={{ width: mobile ? '100%' : 260 }} aria-label={t('filter.unit')}>
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
          style={{ width: mobile ? '50%' : 110 }}
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
          style={{ width: mobile ? '50%' : 110 }}
        />
      </Flex>
    </Flex>
  );
}
