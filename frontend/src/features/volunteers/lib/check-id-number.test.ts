import { describe, expect, it } from 'vitest';
import { checkChar, checkIdNumber, maskIdNumber } from './check-id-number';

describe('checkIdNumber (GB 11643)', () => {
  it('accepts a valid number with an X check character and derives birth date and gender', () => {
    expect(checkIdNumber('11010519491231002X')).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'FEMALE',
    });
  });

  it('accepts a lower-case x and surrounding blanks', () => {
    expect(checkIdNumber(' 11010519491231002x ')).toMatchObject({ ok: true, value: '11010519491231002X' });
  });

  it('derives a man from an odd 17th digit', () => {
    const first17 = '22080219500101123';
    expect(checkIdNumber(first17 + checkChar(first17))).toMatchObject({ ok: true, gender: 'MALE' });
  });

  it('refuses a wrong check digit', () => {
    expect(checkIdNumber('110105194912310021')).toEqual({ ok: false, problem: 'check' });
  });

  it('refuses wrong lengths and characters', () => {
    expect(checkIdNumber('1101051949123100')).toEqual({ ok: false, problem: 'format' });
    expect(checkIdNumber('11010519491231002XX')).toEqual({ ok: false, problem: 'format' });
    expect(checkIdNumber('1101051949123100A2')).toEqual({ ok: false, problem: 'format' });
    expect(checkIdNumber('')).toEqual({ ok: false, problem: 'format' });
  });

  it('refuses a birth date that does not exist, lies in the future or before 1900', () => {
    const withCheck = (first17: string) => first17 + checkChar(first17);
    expect(checkIdNumber(withCheck('11010519490231002'))).toEqual({ ok: false, problem: 'date' });
    expect(checkIdNumber(withCheck('11010519491301002'))).toEqual({ ok: false, problem: 'date' });
    expect(checkIdNumber(withCheck('11010520300101002'), '2026-11-26')).toEqual({
      ok: false,
      problem: 'future',
    });
    expect(checkIdNumber(withCheck('11010518991231002'))).toEqual({ ok: false, problem: 'tooEarly' });
  });

  it('masks like the server: first 6, eight stars, last 4', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });
});
