import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitId } from '@/api/types';
import { useCurrentUser } from '@/lib/current-user';
import { useVolunteerCounts } from '../api/get-volunteer-counts';
import type { FilterValues } from '../lib/use-volunteer-list';
import { areas, categories, statuses } from './options';

interface Props {
  value: FilterValues;
  onChange: (value: FilterValues) => void;
}

const age = (text: string) => (/^\d{1,3}$/.test(text) ? Number(text) : undefined);

/**
 * The phone's filters in plain form elements (the phone's own pickers, no antd): name, phone or ID search
 * (on the server), the unit — the caller's, the one chosen, and the units right below it, from the counts
 * the page already has — category, status, area and an age range.
 */
export function VolunteerPhoneFilters({ value, onChange }: Props) {
  const { t } = useTranslation(['volunteers', 'common']);
  const me = useCurrentUser();
  const id = useId();
  const counts = useVolunteerCounts(value.unitId);
  const set = (patch: Partial<FilterValues>) => onChange({ ...value, ...patch });

  const units = new Map<OrgUnitId, string>();
  if (me.unit) units.set(me.unit.id, me.unit.name);
  if (counts.data) {
    units.set(counts.data.unit.id, counts.data.unit.name);
    for (const child of counts.data.byChildUnit) units.set(child.unit.id, child.unit.name);
  }
  const choice = <T extends string>(
    key: 'category' | 'status' | 'area',
    options: readonly T[],
    labelOf: (option: T) => string,
  ) => (
    <label className="ggw-field" htmlFor={`${id}-${key}`}>
      <span>{t(`filter.${key}`)}</span>
      <select
        id={`${id}-${key}`}
        value={value[key] ?? ''}
        onChange={(e) => set({ [key]: e.target.value || undefined })}
      >
        <option value="">{t('filter.all')}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {labelOf(option)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="ggw-card ggw-filters">
      <input
        type="search"
        className="ggw-input"
        enterKeyHint="search"
        placeholder={t('filter.search')}
        aria-label={t('filter.search')}
        value={value.name}
        onChange={(e) => set({ name: e.target.value })}
      />
      {units.size > 1 && (
        <label className="ggw-field" htmlFor={`${id}-unit`}>
          <span>{t('filter.unit')}</span>
          <select
            id={`${id}-unit`}
            value={value.unitId ?? ''}
            onChange={(e) => set({ unitId: Number(e.target.value) })}
          >
            {[...units].map(([unitId, name]) => (
              <option key={unitId} value={unitId}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
      {choice('category', categories, (c) => t(`category.${c}`))}
      {choice('status', statuses, (s) => t(`status.${s}`))}
      {choice('area', areas, (a) => t(`area.${a}`))}
      <div className="ggw-field-pair">
        <label className="ggw-field" htmlFor={`${id}-min`}>
          <span>{t('filter.minAge')}</span>
          <input
            id={`${id}-min`}
            className="ggw-input"
            inputMode="numeric"
            pattern="[0-9]*"
            value={value.minAge ?? ''}
            onChange={(e) => set({ minAge: age(e.target.value) })}
          />
        </label>
        <label className="ggw-field" htmlFor={`${id}-max`}>
          <span>{t('filter.maxAge')}</span>
          <input
            id={`${id}-max`}
            className="ggw-input"
            inputMode="numeric"
            pattern="[0-9]*"
            value={value.maxAge ?? ''}
            onChange={(e) => set({ maxAge: age(e.target.value) })}
          />
        </label>
      </div>
    </div>
  );
}
