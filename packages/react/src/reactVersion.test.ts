import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { expect, it } from 'vitest';

// The react-r18 and ui-r18 projects (vite.config.ts) swap React 18 in: this fails if the swap
// silently stops working and those runs test React 19 again.
it('runs on the React this project is for', () => {
  const major = process.env.PARLEY_REACT_MAJOR ?? '19';
  expect(version.split('.')[0]).toBe(major);
  expect(domVersion.split('.')[0]).toBe(major);
});
