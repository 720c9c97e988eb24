/**
 * The platform's dates are China's (Asia/Shanghai, UTC+8): from 16:00 UTC to midnight it is already tomorrow there.
 * A test that takes "today" from the machine's clock in UTC would make a session that ended yesterday.
 */
export function chinaToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** This year in China. */
export function chinaYear(): number {
  return Number(chinaToday().slice(0, 4));
}
