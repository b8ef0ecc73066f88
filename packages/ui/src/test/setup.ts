import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazily loaded chunks (popups, the link matcher) and real backends answer late on a machine
// busy with other work: wait for what a test expects rather than fail at RTL's 1 s default.
configure({ asyncUtilTimeout: 10_000 });

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
