import type { Meta, StoryObj } from '@storybook/react-vite';
import { Avatar } from './Avatar.tsx';

const meta = {
  title: 'Primitives/Avatar',
  component: Avatar,
  args: { id: 'alice', name: 'Alice Chen' },
} satisfies Meta<typeof Avatar>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Initials: Story = {};
export const Image: Story = { args: { src: 'https://i.pravatar.cc/96?u=alice' } };
export const BrokenImage: Story = { args: { src: 'https://invalid.example/missing.png' } };
export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
      <Avatar {...args} size="sm" />
      <Avatar {...args} size="md" />
      <Avatar {...args} size="lg" />
    </div>
  ),
};
export const Palette: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
      {[
        'alice',
        'bob',
        'carol',
        'dave',
        'erin',
        'frank',
        'grace',
        'heidi',
        '陈小明',
        '👩‍💻 Dev Team',
      ].map((name) => (
        <Avatar key={name} id={name} name={name} />
      ))}
    </div>
  ),
};
export const Dark: Story = { ...Palette, globals: { theme: 'dark' } };
