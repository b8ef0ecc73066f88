import type { Meta, StoryObj } from '@storybook/react-vite';
import { ComposerQuote } from './ComposerQuote.tsx';

const meta = {
  title: 'Replies/ComposerQuote',
  component: ComposerQuote,
  args: {
    kind: 'reply',
    senderName: 'Alice Chen',
    preview: 'Are we still on for the 5pm review?',
    onCancel: () => {},
  },
  decorators: [(Story) => <div style={{ maxWidth: 480 }}>{Story()}</div>],
} satisfies Meta<typeof ComposerQuote>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Reply: Story = {};
export const Edit: Story = { args: { kind: 'edit', preview: 'See you at 5pm!' } };
export const LongQuote: Story = {
  args: { preview: 'A long original that goes on about the agenda and the slides. '.repeat(6) },
};
export const Image: Story = { args: { preview: '[Image]' } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const Chinese: Story = {
  args: { senderName: '陈爱丽', preview: '下午五点的评审还开吗？' },
  globals: { locale: 'zh-CN' },
};
