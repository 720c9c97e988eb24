import { Grid } from 'antd';

/** Phones (≤ 576 px): single column, large touch targets, no side tree. */
export function useIsMobile(): boolean {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined: assume desktop.
  return screens.sm === false;
}
