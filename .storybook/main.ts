import type { StorybookConfig } from '@storybook/react-vite';

// Stories live beside the components; workspace packages resolve to their source through the
// `@parley/source` export condition, so Storybook needs no build of the packages.
const config: StorybookConfig = {
  stories: ['../packages/ui/src/**/*.stories.tsx'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    const { mergeConfig, defaultClientConditions } = await import('vite');
    return mergeConfig(viteConfig, {
      resolve: { conditions: ['@parley/source', ...defaultClientConditions] },
    });
  },
};

export default config;
