import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazily loaded chunks (popups, the link matcher) and real backends answer late on a machine
// busy with other work: wait for what a test expects rather than fail at RTL's 1 s default.
configure({ asyncUtilTimeout: 10_000 });

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);
