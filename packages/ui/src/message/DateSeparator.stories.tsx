import type { Meta, StoryObj } from '@storybook/react-vite';
import { NOW } from '../test/fixtures.ts';
import { DateSeparator } from './DateSeparator.tsx';

const DAY = 86_400_000;
const meta = {
  title: 'Messages/DateSeparator',
  component: DateSeparator,
  args: { time: NOW, now: NOW },
} satisfies Meta<typeof DateSeparator>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Today: Story = {};
export const Yesterday: Story = { args: { time: NOW - DAY } };
export const ThisWeek: Story = { args: { time: NOW - 3 * DAY } };
export const LastYear: Story = { args: { time: NOW - 400 * DAY } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const Chinese: Story = { args: { time: NOW - DAY }, globals: { locale: 'zh-CN' } };
