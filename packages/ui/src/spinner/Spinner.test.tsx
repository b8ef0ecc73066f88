import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.ts';
import { renderWithParley } from '../test/renderWithParley.tsx';
import { Spinner } from './Spinner.tsx';

describe('Spinner', () => {
  it('is a labelled status when it has a label', async () => {
    const { container } = renderWithParley(<Spinner label="Loading messages" />);
    expect(screen.getByRole('status', { name: 'Loading messages' })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('is hidden from assistive tech without one', () => {
    renderWithParley(<Spinner />);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
