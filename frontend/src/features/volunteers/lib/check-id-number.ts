/**
 * A 身份证号 check by GB 11643-1999, mirroring the server (IdNumber.java): 18 characters, the
 * first 17 digits, a check character by ISO 7064 MOD 11-2, and a real birth date between
 * 1900-01-01 and today. The 17th digit gives the gender (odd = male).
 */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChars = '10X98765432';

export type IdNumberProblem = 'format' | 'check' | 'date' | 'future' | 'tooEarly';

export type IdNumberCheck =
  | { ok: true; value: string; birthDate: string; gender: 'MALE' | 'FEMALE' }
  | { ok: false; problem: IdNumberProblem };

/** The check character for the first 17 digits. */
export function checkChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i];
  return checkChars[sum % 11];
}

function pad(n: number, width = 2) {
  return String(n).padStart(width, '0');
}

/** `today` is a local date (yyyy-mm-dd) to compare the birth date with; defaults to now. */
export function checkIdNumber(raw: string, today: string = localToday()): IdNumberCheck {
  const value = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, problem: 'format' };
  if (checkChar(value.slice(0, 17)) !== value[17]) return { ok: false, problem: 'check' };
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 ||
    month > 12 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return { ok: false, problem: 'date' };
  }
  const birthDate = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (birthDate > today) return { ok: false, problem: 'future' };
  if (birthDate < '1900-01-01') return { ok: false, problem: 'tooEarly' };
  const gender = Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
  return { ok: true, value, birthDate, gender };
}

function localToday(): string {
  const now = new Date();
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** 220802********1234: the region code and the last four, as the server masks. */
export function maskIdNumber(value: string): string {
  return value.length === 18 ? `${value.slice(0, 6)}********${value.slice(14)}` : '*'.repeat(value.length);
}
