// jsdom lacks layout APIs that antd uses; these stand-ins make a viewport of a chosen width.

let viewportWidth = 1280;

export function setViewportWidth(width: number) {
  viewportWidth = width;
}

function matches(query: string): boolean {
  const checks = [...query.matchAll(/\((min|max)-width:\s*(\d+(?:\.\d+)?)px\)/g)];
  return (
    checks.length > 0 &&
    checks.every(([, bound, px]) => (bound === 'min' ? viewportWidth >= +px : viewportWidth <= +px))
  );
}

export function installBrowserStubs() {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    configurable: true,
    value: (query: string): MediaQueryList => ({
      matches: matches(query),
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });

  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver = ResizeObserverStub;

  // jsdom does not implement pseudo-element styles and logs an error for each call.
  const getComputedStyle = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element) => getComputedStyle(element);

  // antd scrolls elements into view (e.g. form errors, tree).
  Element.prototype.scrollIntoView ??= () => undefined;

  // jsdom has no canvas: getContext answers null, and ECharts (lazy charts) then fails with "reading 'clearRect'"
  // when a chart is refreshed or disposed while a test unmounts it — an unhandled error that fails the run at random.
  // A 2D context that draws nothing: every method a no-op, text measured at 6 px a character, properties kept.
  HTMLCanvasElement.prototype.getContext = function getContext(this: HTMLCanvasElement) {
    const state: Record<string | symbol, unknown> = {
      canvas: this,
      measureText: (text: string) => ({ width: String(text).length * 6 }),
      getImageData: (_x: number, _y: number, w: number, h: number) => ({
        width: w,
        height: h,
        data: new Uint8ClampedArray(w * h * 4),
      }),
      createLinearGradient: () => ({ addColorStop: () => undefined }),
      createRadialGradient: () => ({ addColorStop: () => undefined }),
      createPattern: () => ({}),
      getLineDash: () => [],
      isPointInPath: () => false,
    };
    return new Proxy(state, {
      get: (target, key) => (key in target ? target[key] : () => undefined),
      set: (target, key, value) => {
        target[key] = value;
        return true;
      },
    }) as unknown as CanvasRenderingContext2D;
  } as unknown as typeof HTMLCanvasElement.prototype.getContext;
}
