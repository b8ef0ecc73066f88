import { type RenderResult, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ParleyRoot, type ParleyRootProps } from '../root/ParleyRoot.tsx';

/** Renders inside a `ParleyRoot` (English unless `locale` is given). */
export function renderWithParley(
  ui: ReactElement,
  options: Omit<ParleyRootProps, 'children'> = {},
): RenderResult {
  return render(ui, {
    wrapper: ({ children }) => <ParleyRoot {...options}>{children}</ParleyRoot>,
  });
}
