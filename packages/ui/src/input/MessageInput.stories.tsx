import type { Meta, StoryObj } from '@storybook/react-vite';
import { ComposerQuote } from '../reply/ComposerQuote.tsx';
import { MessageInput } from './MessageInput.tsx';

const meta = {
  title: 'Input/MessageInput',
  component: MessageInput,
  args: { onSend: () => {}, onSendFiles: () => {} },
  decorators: [(Story) => <div style={{ maxWidth: 640 }}>{Story()}</div>],
} satisfies Meta<typeof MessageInput>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithDraft: Story = { args: { defaultValue: 'A saved draft' } };
export const TextOnly: Story = { args: { onSendFiles: undefined } };
export const Disconnected: Story = {
  args: {
    disabled: true,
    disabledReason: 'You are offline. Messages can be sent again once reconnected.',
  },
};
export const LongContent: Story = {
  args: {
    defaultValue: Array.from({ length: 20 }, (_, i) => `Line ${i + 1} of a long message`).join(
      '\n',
    ),
  },
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const Chinese: Story = { args: { defaultValue: '你好' }, globals: { locale: 'zh-CN' } };
export const NearLimit: Story = {
  args: {
    maxLength: 120,
    defaultValue: 'A long message that is getting close to the limit set for it here, '.repeat(2),
  },
};
export const OverLimit: Story = {
  args: {
    maxLength: 40,
    defaultValue: 'This message is longer than the forty characters allowed here.',
  },
};
export const OverLimitChinese: Story = {
  args: { maxLength: 10, defaultValue: '这条消息超过了十个字符的限制' },
  globals: { locale: 'zh-CN' },
};
export const SendRefused: Story = {
  args: {
    defaultValue: 'anyone here?',
    error: 'This conversation does not exist, so nothing was sent.',
  },
};
export const Replying: Story = {
  args: {
    quote: (
      <ComposerQuote
        kind="reply"
        senderName="Alice Chen"
        preview="Are we still on for the 5pm review?"
        onCancel={() => {}}
      />
    ),
    onCancel: () => {},
  },
};
export const Editing: Story = {
  args: {
    editing: true,
    defaultValue: 'See you at 5pm!',
    quote: <ComposerQuote kind="edit" preview="See you at 5pm!" onCancel={() => {}} />,
    onCancel: () => {},
  },
};
export const EditRefused: Story = {
  args: {
    ...Editing.args,
    error: 'This message can no longer be edited.',
  },
};
export const EditingChinese: Story = {
  args: {
    editing: true,
    defaultValue: '五点见！',
    quote: <ComposerQuote kind="edit" preview="五点见！" onCancel={() => {}} />,
  },
  globals: { locale: 'zh-CN' },
};
