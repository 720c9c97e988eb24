import { useSyncExternalStore } from 'react';

/** Below antd's `sm` breakpoint (576 px): the phone layout. */
const phone = '(max-width: 575.98px)';

function subscribe(onChange: () => void) {
  const query = window.matchMedia(phone);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the screen is a phone's now (outside React: e.g. to start fetching the right shell early). */
export const isPhone = () => window.matchMedia(phone).matches;

/** Phones (< 576 px): single column, large touch targets, no side tree. Without antd (first load). */
export function useIsMobile(): boolean {
  return useSyncExternalStore(subscribe, isPhone, () => false);
}
