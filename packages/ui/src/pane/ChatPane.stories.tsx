import { generateFixtures, type LocalServer, SimulatedPeers } from '@parley/adapter-local';
import { type Chat, useChat } from '@parley/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useState } from 'react';
import { LocalChat } from '../stories/LocalChat.tsx';
import { PaneFrame } from '../stories/PaneFrame.tsx';
import {
  failOneSend,
  longContentSetup,
  STORY_TEAM_SESSION,
  sessionSetup,
} from '../stories/paneStoryData.ts';
import { ChatPane } from './ChatPane.tsx';

function Pane({ sessionId = STORY_TEAM_SESSION }: { sessionId?: string }) {
  return (
    <PaneFrame>
      <ChatPane sessionId={sessionId} onBack={() => undefined} />
    </PaneFrame>
  );
}

/** Makes every history request fail, before the pane asks for one. */
function FailingHistory({ children }: { children: ReactNode }) {
  const chat = useChat();
  useState(() => {
    chat.adapter.getHistory = () => Promise.reject(new Error('history unavailable'));
    return null;
  });
  return <>{children}</>;
}

const afterSession = async (chat: Chat) => {
  await failOneSend(chat);
};

const meta = {
  title: 'Pane/ChatPane',
  component: Pane,
  render: (args) => (
    <LocalChat setup={sessionSetup} after={afterSession}>
      <Pane {...args} />
    </LocalChat>
  ),
} satisfies Meta<typeof Pane>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Empty: Story = {
  render: () => (
    <LocalChat setup={sessionSetup}>
      <Pane sessionId="p2p-dave" />
    </LocalChat>
  ),
};

export const Loading: Story = {
  render: () => (
    <LocalChat setup={sessionSetup} connection="connecting">
      <Pane />
    </LocalChat>
  ),
};

export const ErrorState: Story = {
  name: 'Error',
  render: () => (
    <LocalChat setup={sessionSetup}>
      <FailingHistory>
        <Pane />
      </FailingHistory>
    </LocalChat>
  ),
};

export const LongContent: Story = {
  render: () => (
    <LocalChat setup={longContentSetup}>
      <Pane />
    </LocalChat>
  ),
};

const bigSetup = async (server: LocalServer) => {
  await generateFixtures(server, { sessions: 5, bigSession: 100_000 });
};

// The peer answers what you send, so live messages arrive while you scroll.
const startPeer = async (_chat: Chat, server: LocalServer) => {
  await new SimulatedPeers({ server, peers: ['big'], recallChance: 0 }).start();
};

export const HundredThousandMessages: Story = {
  render: () => (
    <LocalChat setup={bigSetup} after={startPeer}>
      <Pane sessionId="p2p-big" />
    </LocalChat>
  ),
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const ZhCN: Story = { globals: { locale: 'zh-CN' } };
/** Right to left: Arabic strings, mirrored layout. */
export const Arabic: Story = { globals: { locale: 'ar' } };
export const Japanese: Story = { globals: { locale: 'ja' } };
