import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Popups, menus and the link matcher load lazily (a dynamic import): on a busy machine the
// first one takes longer than Testing Library's 1 s default for findBy and waitFor. A longer
// limit only slows a test that fails anyway.
configure({ asyncUtilTimeout: 5000 });

// Radix positions and scrolls with APIs jsdom lacks; stub them so menus open in tests.
if (typeof window !== 'undefined') {
  window.HTMLElement.prototype.scrollIntoView ??= () => {};
  window.HTMLElement.prototype.hasPointerCapture ??= () => false;
  window.HTMLElement.prototype.releasePointerCapture ??= () => {};
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

afterEach(() => {
  cleanup();
});
