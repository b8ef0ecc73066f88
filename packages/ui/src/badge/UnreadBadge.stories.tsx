import type { Meta, StoryObj } from '@storybook/react-vite';
import { UnreadBadge } from './UnreadBadge.tsx';

const meta = {
  title: 'Primitives/UnreadBadge',
  component: UnreadBadge,
  args: { count: 3 },
} satisfies Meta<typeof UnreadBadge>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Overflow: Story = { args: { count: 1234 } };
export const Muted: Story = { args: { count: 12, muted: true } };
export const MutedDot: Story = { args: { count: 12, muted: true, dot: true } };
export const Empty: Story = { args: { count: 0 } };
export const Dark: Story = { args: { count: 120 }, globals: { theme: 'dark' } };
export const ChineseLabel: Story = { args: { count: 5 }, globals: { locale: 'zh-CN' } };
