import dayjs, { type Dayjs } from 'dayjs';
import type { ActivityArea } from '@/api/types';
import type { CareKind } from '../api/types';

/** In the order people think of them: 关爱帮扶 first, 其他 last. */
export const areas: readonly ActivityArea[] = [
  'CARE',
  'MORAL_EDUCATION',
  'INTERNET_CAFE_SUPERVISION',
  'LEGAL_EDUCATION',
  'FAMILY_EDUCATION',
  'COMMITTEE_POST',
  'OTHER',
];

export const careKinds: readonly CareKind[] = ['VISIT', 'DAILY_LIFE', 'HEALTH', 'FESTIVAL', 'OTHER'];

/** The server takes dates from 2000-01-01 to today. */
export function outsideAllowedDates(date: Dayjs): boolean {
  return date.isAfter(dayjs(), 'day') || date.isBefore(dayjs('2000-01-01'), 'day');
}

export function isoDate(date: Dayjs): string {
  return date.format('YYYY-MM-DD');
}

/** Hours as people write them: 2, 2.5. */
export function hoursText(hours: number): string {
  return String(Math.round(hours * 10) / 10);
}
