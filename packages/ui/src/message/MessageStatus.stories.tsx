import type { Meta, StoryObj } from '@storybook/react-vite';
import { getName, textMessage } from '../test/fixtures.ts';
import { MessageStatus } from './MessageStatus.tsx';

const mine = { from: 'me', to: 'alice' } as const;

const meta = {
  title: 'Messages/MessageStatus',
  component: MessageStatus,
  args: { message: textMessage('hi', { ...mine, status: 'sent' }), peerRead: false, getName },
} satisfies Meta<typeof MessageStatus>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Sent: Story = {};
export const Read: Story = { args: { peerRead: true } };
export const Sending: Story = {
  args: { message: textMessage('hi', { ...mine, status: 'sending' }) },
};
export const Failed: Story = {
  args: {
    message: textMessage('hi', {
      ...mine,
      status: 'sendFailed',
      error: { code: 'TIMEOUT', message: 'Timed out' },
    }),
    onResend: () => {},
  },
};
export const Team: Story = {
  args: {
    message: textMessage('hi', {
      ...mine,
      scene: 'team',
      status: 'sent',
      teamReceipt: { read: 3, unread: 9 },
    }),
    loadReceiptDetail: async () => ({ read: ['alice', 'bob', 'carol'], unread: ['dave'] }),
  },
};
export const Dark: Story = { ...Failed, globals: { theme: 'dark' } };
export const Chinese: Story = { ...Failed, globals: { locale: 'zh-CN' } };
