import type { Meta, StoryObj } from '@storybook/react-vite';
import { NOW, textMessage } from '../test/fixtures.ts';
import { MessageContent } from './content/MessageContent.tsx';
import { MessageBubble } from './MessageBubble.tsx';
import { MessageMenu } from './MessageMenu.tsx';

const mine = textMessage('Right-click me, use the ⋯ button, or focus me and press Shift+F10', {
  from: 'me',
  status: 'sent',
  time: NOW - 30_000,
});

const meta = {
  title: 'Messages/MessageMenu',
  component: MessageMenu,
  args: {
    message: mine,
    me: 'me',
    now: NOW,
    onForward: () => {},
    onRecall: () => {},
    onDelete: () => {},
    onResend: () => {},
    children: null,
  },
  render: (args) => (
    <div style={{ maxWidth: 560 }}>
      <MessageMenu {...args}>
        <MessageBubble message={args.message} me="me" tabIndex={0}>
          <MessageContent message={args.message} me="me" />
        </MessageBubble>
      </MessageMenu>
    </div>
  ),
} satisfies Meta<typeof MessageMenu>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Mine: Story = {};
export const OutsideRecallWindow: Story = { args: { now: NOW + 10 * 60_000 } };
export const Failed: Story = { args: { message: { ...mine, status: 'sendFailed' } } };
export const Theirs: Story = { args: { message: textMessage('Their message', { from: 'alice' }) } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const Chinese: Story = { globals: { locale: 'zh-CN' } };
