/// <reference types="vite/client" />
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import preview from '../../../.storybook/preview.tsx';
import { expectNoAxeViolations } from './test/axe.ts';

// Every story, rendered with the real Storybook decorators (ParleyRoot, theme, locale), must be
// free of axe violations and must not render an inline script or a javascript: URL.
type StoryModule = Parameters<typeof composeStories>[0];
const modules = import.meta.glob<StoryModule>('./**/*.stories.tsx', { eager: true });

// Before composeStories runs (at collection), so stories get the preview's decorators.
setProjectAnnotations(preview);

describe.each(Object.entries(modules))('%s', (_file, module) => {
  const stories = Object.entries(composeStories(module)).map(
    ([name, story]) => [name, story as ComponentType] as const,
  );
  it('has stories', () => {
    expect(stories.length).toBeGreaterThan(0);
  });
  it.each(stories)('%s renders accessibly and safely', async (_name, Story) => {
    const { container } = render(<Story />);
    expect(
      container.querySelector('script, [href^="javascript" i], [src^="javascript" i]'),
    ).toBeNull();
    await expectNoAxeViolations(container);
  });
});
