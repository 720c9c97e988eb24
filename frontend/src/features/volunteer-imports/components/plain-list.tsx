import { theme } from 'antd';
import type { Key, ReactNode } from 'react';

interface Props<T> {
  items: T[];
  itemKey: (item: T) => Key;
  render: (item: T) => ReactNode;
  /** Names each item for screen readers (and tests). */
  itemLabel?: (item: T) => string;
  label?: string;
}

/** A plain <ul> with dividers: report rows and imports wrap on a phone instead of scrolling. */
export function PlainList<T>({ items, itemKey, render, itemLabel, label }: Props<T>) {
  const { token } = theme.useToken();
  return (
    <ul aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((item, i) => (
        <li
          key={itemKey(item)}
          aria-label={itemLabel?.(item)}
          style={{ padding: '10px 4px', borderTop: i === 0 ? undefined : `1px solid ${token.colorSplit}` }}
        >
          {render(item)}
        </li>
      ))}
    </ul>
  );
}
