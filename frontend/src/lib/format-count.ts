// Thousands grouped with commas, as zh-CN writes them, done by hand: a page's first Intl.NumberFormat('zh-CN')
// (and so Number#toLocaleString('zh-CN'), which builds one per call) loads ICU's locale data, ~100–160 ms of a
// phone's main thread on the 五老 list's first render (issue 15).

/** 1234 → "1,234" (whole numbers: the callers count people and records). */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
