import type { TeamReceiptDetail } from '@parley/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { getName } from '../test/fixtures.ts';
import { ReadReceiptBadge } from './ReadReceiptBadge.tsx';

const meta = {
  title: 'Messages/ReadReceiptBadge',
  component: ReadReceiptBadge,
  args: { kind: 'p2p', read: true },
} satisfies Meta<typeof ReadReceiptBadge>;
export default meta;
type Story = StoryObj<typeof meta>;

const detail: TeamReceiptDetail = { read: ['alice', 'bob'], unread: ['carol', 'dave'] };

export const P2pRead: Story = {};
export const P2pUnread: Story = { args: { kind: 'p2p', read: false } };
export const TeamPartial: Story = {
  args: { kind: 'team', read: 2, unread: 2, getName, loadDetail: async () => detail },
};
export const TeamAllRead: Story = {
  args: {
    kind: 'team',
    read: 4,
    unread: 0,
    getName,
    loadDetail: async () => ({ read: detail.read.concat(detail.unread), unread: [] }),
  },
};
export const TeamLoading: Story = {
  args: {
    kind: 'team',
    read: 1,
    unread: 3,
    loadDetail: () => new Promise<TeamReceiptDetail>(() => {}),
  },
};
export const TeamError: Story = {
  args: {
    kind: 'team',
    read: 1,
    unread: 3,
    loadDetail: async () => Promise.reject(new Error('offline')),
  },
};
export const TeamCountsOnly: Story = { args: { kind: 'team', read: 7, unread: 5 } };
export const Dark: Story = { ...TeamPartial, globals: { theme: 'dark' } };
export const Chinese: Story = { ...TeamPartial, globals: { locale: 'zh-CN' } };
