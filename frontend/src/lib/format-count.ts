// One formatter, made on first use: Number#toLocaleString('zh-CN') builds a new Intl.NumberFormat on every
// call, which cost the 五老 list ~100 ms of a phone's main thread at its first render (issue 15).
let counts: Intl.NumberFormat | undefined;

/** 1234 → "1,234", as Chinese readers write counts. */
export function formatCount(n: number): string {
  counts ??= new Intl.NumberFormat('zh-CN');
  return counts.format(n);
}
