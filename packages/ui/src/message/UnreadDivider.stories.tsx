import type { Meta, StoryObj } from '@storybook/react-vite';
import { UnreadDivider } from './UnreadDivider.tsx';

const meta = {
  title: 'Messages/UnreadDivider',
  component: UnreadDivider,
  args: { count: 12 },
} satisfies Meta<typeof UnreadDivider>;
export default meta;
type Story = StoryObj<typeof meta>;

export const WithCount: Story = {};
export const WithoutCount: Story = { args: { count: undefined } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const Chinese: Story = { globals: { locale: 'zh-CN' } };
