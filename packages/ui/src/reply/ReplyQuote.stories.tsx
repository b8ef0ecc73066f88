import type { Meta, StoryObj } from '@storybook/react-vite';
import { fileMessage, imageMessage, replyRefTo, textMessage } from '../test/fixtures.ts';
import { ReplyQuote } from './ReplyQuote.tsx';

const original = textMessage('Are we still on for the 5pm review?', { from: 'alice' });
const long = textMessage(
  'A long original that goes on about the agenda, the slides, who brings coffee and where we meet, far beyond one line of the quote. '.repeat(
    4,
  ),
);

const meta = {
  title: 'Replies/ReplyQuote',
  component: ReplyQuote,
  args: { reply: replyRefTo(original), senderName: 'Alice Chen', onJump: () => {} },
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
} satisfies Meta<typeof ReplyQuote>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const LongQuote: Story = { args: { reply: replyRefTo(long) } };
export const Image: Story = { args: { reply: replyRefTo(imageMessage()) } };
export const File: Story = {
  args: { reply: { ...replyRefTo(fileMessage()), body: 'q3-report.pdf' } },
};
export const Recalled: Story = { args: { state: 'recalled' } };
export const Deleted: Story = { args: { state: 'deleted' } };
export const Static: Story = { args: { onJump: undefined } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const Chinese: Story = {
  args: { reply: replyRefTo(textMessage('下午五点的评审还开吗？')), senderName: '陈爱丽' },
  globals: { locale: 'zh-CN' },
};
