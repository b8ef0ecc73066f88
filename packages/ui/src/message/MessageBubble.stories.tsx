import type { Message } from '@parley/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { ReactionChips } from '../reactions/ReactionChips.tsx';
import { ReplyQuote } from '../reply/ReplyQuote.tsx';
import {
  fileMessage,
  getName,
  imageMessage,
  NAMES,
  NOW,
  reactionSummaries,
  replyRefTo,
  textMessage,
} from '../test/fixtures.ts';
import { MessageContent } from './content/MessageContent.tsx';
import { DateSeparator } from './DateSeparator.tsx';
import { MessageBubble } from './MessageBubble.tsx';
import { MessageMenu } from './MessageMenu.tsx';
import { MessageStatus } from './MessageStatus.tsx';
import { UnreadDivider } from './UnreadDivider.tsx';

function Row({ message, grouped }: { message: Message; grouped?: boolean }) {
  const mine = message.from === 'me';
  return (
    <MessageMenu
      message={message}
      me="me"
      now={NOW}
      onForward={() => {}}
      onDelete={() => {}}
      onRecall={() => {}}
      onResend={() => {}}
    >
      <MessageBubble
        message={message}
        me="me"
        senderName={NAMES[message.from]}
        grouped={grouped}
        status={
          mine ? (
            <MessageStatus
              message={message}
              peerRead={message.time < NOW - 100_000}
              onResend={() => {}}
            />
          ) : null
        }
      >
        <MessageContent
          message={message}
          me="me"
          getName={getName}
          onReEdit={() => {}}
          onCancelUpload={() => {}}
        />
      </MessageBubble>
    </MessageMenu>
  );
}

const team = { scene: 'team', sessionId: 'team-1', to: '1' } as const;

const conversation: Array<{ message: Message; grouped?: boolean }> = [
  {
    message: textMessage('Morning! Are we still on for the 5pm review?', {
      ...team,
      from: 'alice',
      time: NOW - 600_000,
    }),
  },
  {
    message: textMessage('Agenda: https://parley.dev/agenda', {
      ...team,
      from: 'alice',
      time: NOW - 590_000,
    }),
    grouped: true,
  },
  {
    message: textMessage('Yes — I will bring the slides.', {
      ...team,
      from: 'me',
      status: 'read',
      time: NOW - 500_000,
    }),
  },
  { message: imageMessage({ ...team, from: 'bob', time: NOW - 400_000 }) },
  {
    message: textMessage('', {
      ...team,
      from: 'carol',
      time: NOW - 300_000,
      recall: { by: 'carol', time: NOW - 290_000 },
    }),
  },
  {
    message: fileMessage({
      ...team,
      from: 'me',
      status: 'sending',
      progress: 0.4,
      time: NOW - 60_000,
    }),
  },
  {
    message: textMessage('This one did not make it', {
      ...team,
      from: 'me',
      status: 'sendFailed',
      time: NOW - 30_000,
      error: { code: 'TIMEOUT', message: 'Timed out' },
    }),
  },
];

const meta = {
  title: 'Messages/MessageBubble',
  component: MessageBubble,
  args: {
    message: textMessage('Hi there!', { from: 'alice' }),
    me: 'me',
    senderName: 'Alice Chen',
    children: 'Hi there!',
  },
  decorators: [(Story) => <div style={{ maxWidth: 640 }}>{Story()}</div>],
} satisfies Meta<typeof MessageBubble>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Incoming: Story = {
  render: (args) => (
    <MessageBubble {...args}>
      <MessageContent message={args.message} me="me" />
    </MessageBubble>
  ),
};
export const Outgoing: Story = {
  args: { message: textMessage('On my way', { from: 'me', status: 'read' }) },
  render: (args) => (
    <MessageBubble {...args} status={<MessageStatus message={args.message} peerRead />}>
      <MessageContent message={args.message} me="me" />
    </MessageBubble>
  ),
};
export const Conversation: Story = {
  render: () => (
    <div>
      <DateSeparator time={NOW} now={NOW} />
      {conversation.slice(0, 3).map((item) => (
        <Row key={item.message.idClient} {...item} />
      ))}
      <UnreadDivider count={4} />
      {conversation.slice(3).map((item) => (
        <Row key={item.message.idClient} {...item} />
      ))}
    </div>
  ),
};
export const LongContent: Story = {
  args: {
    message: textMessage(`${'A very long message without spaces '.repeat(3)}${'x'.repeat(400)}`, {
      from: 'alice',
    }),
  },
  render: Incoming.render,
};
export const Dark: Story = { ...Conversation, globals: { theme: 'dark' } };
export const Chinese: Story = { ...Conversation, globals: { locale: 'zh-CN' } };
/** Right to left: mine on the left, theirs on the right. */
export const Arabic: Story = { ...Conversation, globals: { locale: 'ar' } };

const question = textMessage('Are we still on for the 5pm review?', { from: 'alice' });
const answer = textMessage('Yes, see you at 5!', {
  from: 'me',
  status: 'read',
  replyTo: replyRefTo(question),
  editedAt: NOW - 20_000,
});

/** A reply of mine, edited, with reactions under it. */
export const ReplyWithReactions: Story = {
  args: { message: answer },
  render: (args) => (
    <MessageBubble
      {...args}
      reactions={
        <ReactionChips
          reactions={reactionSummaries({ '👍': ['alice', 'bob'], '🎉': ['me'] })}
          me="me"
          getName={getName}
          onToggle={() => {}}
        />
      }
    >
      <ReplyQuote reply={replyRefTo(question)} senderName="Alice Chen" onJump={() => {}} />
      <MessageContent message={args.message} me="me" />
    </MessageBubble>
  ),
};
export const ReplyWithReactionsDark: Story = { ...ReplyWithReactions, globals: { theme: 'dark' } };
export const ReplyWithReactionsChinese: Story = {
  ...ReplyWithReactions,
  globals: { locale: 'zh-CN' },
};
