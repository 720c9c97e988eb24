import type { FormInstance } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { applyFieldErrors } from './form-errors';

function fakeForm() {
  const setFields = vi.fn();
  return { form: { setFields } as unknown as FormInstance, setFields };
}

describe('applyFieldErrors', () => {
  it('matches the last segment of a server field path to a form field', () => {
    const { form, setFields } = fakeForm();
    const error = new ApiError(400, {
      status: 400,
      errors: [
        { field: 'create.body.code', message: '代码已存在' },
        { field: 'name', message: '名称不能为空' },
      ],
    });
    expect(applyFieldErrors(form, error, ['name', 'code'])).toBe(true);
    expect(setFields).toHaveBeenCalledWith([
      { name: 'code', errors: ['代码已存在'] },
      { name: 'name', errors: ['名称不能为空'] },
    ]);
  });

  it('reports false for problems without errors for the form', () => {
    const { form } = fakeForm();
    expect(applyFieldErrors(form, new ApiError(409, { detail: '版本冲突' }), ['name'])).toBe(false);
    expect(
      applyFieldErrors(form, new ApiError(400, { errors: [{ field: 'other', message: 'x' }] }), ['name']),
    ).toBe(false);
    expect(applyFieldErrors(form, new Error('boom'), ['name'])).toBe(false);
  });
});
