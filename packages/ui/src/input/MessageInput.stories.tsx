import type { Meta, StoryObj } from '@storybook/react-vite';
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
