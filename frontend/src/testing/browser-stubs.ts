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
}
