import type { Meta, StoryObj } from '@storybook/react-vite';
import { getName, reactionSummaries } from '../test/fixtures.ts';
import { ReactionChips } from './ReactionChips.tsx';

const many = Object.fromEntries(
  ['👍', '❤️', '😂', '😮', '😢', '🙏', '🎉', '🔥', '👀', '💯', '✅', '🚀'].map((key, i) => [
    key,
    Array.from({ length: (i * 7) % 23 || 1 }, (_, n) =>
      n === 0 && i % 3 === 0 ? 'me' : `u${i}-${n}`,
    ),
  ]),
);

const meta = {
  title: 'Reactions/ReactionChips',
  component: ReactionChips,
  args: {
    reactions: reactionSummaries({ '👍': ['alice', 'me', 'bob'], '❤️': ['carol'], '😂': ['bob'] }),
    me: 'me',
    getName,
    onToggle: () => {},
  },
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
} satisfies Meta<typeof ReactionChips>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const ManyReactions: Story = { args: { reactions: reactionSummaries(many) } };
export const Empty: Story = { args: { reactions: [] } };
export const ReadOnly: Story = { args: { onToggle: undefined } };
export const AppKeys: Story = {
  args: { reactions: reactionSummaries({ '+1': ['alice', 'me'], shipit: ['bob'] }) },
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const Chinese: Story = { globals: { locale: 'zh-CN' } };
