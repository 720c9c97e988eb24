import type { ImportField } from '../api/types';

/** Every field a column can fill, in the order a census list usually has them. */
export const importFields: readonly ImportField[] = [
  'NAME',
  'ID_NUMBER',
  'GENDER',
  'BIRTH_DATE',
  'PHONE',
  'ADDRESS',
  'CATEGORIES',
  'FORMER_EMPLOYER',
  'FORMER_POST',
  'RETIREMENT_TYPE',
  'HEALTH',
  'SKILLS',
  'ACTIVITY_AREAS',
  'TOWNSHIP',
  'UNIT',
];

/** Without these two nobody can be matched or registered (the server insists too). */
export const requiredFields: readonly ImportField[] = ['NAME', 'ID_NUMBER'];

export function asImportField(value: string | null | undefined): ImportField | undefined {
  return importFields.includes(value as ImportField) ? (value as ImportField) : undefined;
}
