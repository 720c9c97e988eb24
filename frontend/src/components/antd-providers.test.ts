import { theme as antdTheme } from 'antd';
import { describe, expect, it } from 'vitest';
import { theme } from './antd-providers';

/** WCAG relative luminance of an sRGB colour given as 0–255 channels. */
function luminance([r, g, b]: number[]) {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** `rgba(0, 0, 0, a)` or `#rrggbb` drawn on white. */
function onWhite(colour: string): number[] {
  const rgba = /rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)/.exec(colour);
  if (rgba) {
    const alpha = Number(rgba[4]);
    return [1, 2, 3].map((i) => Number(rgba[i]) * alpha + 255 * (1 - alpha));
  }
  return [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
}

const contrast = (a: number[], b: number[]) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

describe('the antd theme', () => {
  it('writes secondary, description and tertiary text at 4.5:1 or more on white', () => {
    for (const key of ['colorTextSecondary', 'colorTextDescription', 'colorTextTertiary'] as const) {
      expect(contrast(onWhite(theme.token![key]!), [255, 255, 255]), key).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('marks a focused field in a colour of its own, not the red of an invalid one', () => {
    const error = onWhite(antdTheme.getDesignToken(theme).colorError);
    for (const component of ['Input', 'InputNumber', 'DatePicker', 'Select'] as const) {
      const focus = onWhite(theme.components![component]!.activeBorderColor!);
      // Red dominates an error's colour; the focus ring is blue.
      expect(error[0]).toBeGreaterThan(error[2]);
      expect(focus[2], component).toBeGreaterThan(focus[0]);
    }
  });
});
