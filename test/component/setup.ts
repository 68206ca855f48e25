import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// On a busy two-core CI machine a render can take longer than the default second; a test waits for what a person
// would see, so a longer wait only slows a failing test, never a passing one.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
  vi.useRealTimers();
  window.sessionStorage.clear();
  // The page lives in the address (a hash route): each test starts on the dashboard.
  window.history.replaceState(null, '', '/');
});

// jsdom has no matchMedia; the theme asks it for the OS light/dark setting.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});
