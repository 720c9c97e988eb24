import type { FormInstance } from 'antd';
import { ApiError } from './api-error';

/**
 * Puts a problem's per-field errors on the matching form fields. The server may name a field
 * by a path (e.g. `create.body.code`); its last segment is matched against the form's fields.
 * Returns true when at least one error landed on a field.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, fields: readonly string[]): boolean {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return false;
  const byField = new Map<string, string[]>();
  for (const { field, message } of error.problem.errors) {
    if (!field || !message) continue;
    const name = field.split('.').pop() ?? field;
    if (!fields.includes(name)) continue;
    byField.set(name, [...(byField.get(name) ?? []), message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return byField.size > 0;
}
