import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count';

describe('formatCount', () => {
  it('groups thousands as zh-CN does', () => {
    for (const n of [0, 7, 999, 1000, 12345, 1234567, -1234, 1000000])
      expect(formatCount(n)).toBe(n.toLocaleString('zh-CN'));
  });
});
