import { describe, expect, it } from 'vitest';
import { formatTrail, parseTrail } from './drill-trail';

describe('drill trail in the URL', () => {
  it('reads ids with names, keeping colons inside names', () => {
    expect(parseTrail('12:长庆街,345:前进:二组')).toEqual([
      { id: 12, name: '长庆街' },
      { id: 345, name: '前进:二组' },
    ]);
  });

  it('reads a bare id as a path of one and drops junk', () => {
    expect(parseTrail('12')).toEqual([{ id: 12, name: '' }]);
    expect(parseTrail('abc,-3:x,,0:y')).toEqual([]);
    expect(parseTrail(null)).toEqual([]);
  });

  it('writes what it reads', () => {
    const trail = [
      { id: 12, name: '长庆街' },
      { id: 345, name: '' },
    ];
    expect(formatTrail(trail)).toBe('12:长庆街,345');
    expect(parseTrail(formatTrail(trail) ?? null)).toEqual(trail);
    expect(formatTrail([])).toBeUndefined();
  });
});
