import { generateFixtures, type LocalServer } from '@parley/adapter-local';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { LocalChat } from '../stories/LocalChat.tsx';
import { PaneFrame } from '../stories/PaneFrame.tsx';
import { STORY_TEAM_SESSION, sessionSetup } from '../stories/paneStoryData.ts';
import { MessageList } from './MessageList.tsx';

function List({ sessionId = STORY_TEAM_SESSION }: { sessionId?: string }) {
  return (
    <PaneFrame>
      <MessageList sessionId={sessionId} />
    </PaneFrame>
  );
}

const meta = {
  title: 'Pane/MessageList',
  component: List,
  render: (args) => (
    <LocalChat setup={sessionSetup}>
      <List {...args} />
    </LocalChat>
  ),
} satisfies Meta<typeof List>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Empty: Story = { args: { sessionId: 'p2p-dave' } };

export const Loading: Story = {
  render: () => (
    <LocalChat setup={sessionSetup} connection="connecting">
      <List />
    </LocalChat>
  ),
};

const bigSetup = async (server: LocalServer) => {
  await generateFixtures(server, { sessions: 5, bigSession: 100_000 });
};

export const HundredThousandMessages: Story = {
  render: () => (
    <LocalChat setup={bigSetup}>
      <List sessionId="p2p-big" />
    </LocalChat>
  ),
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const ZhCN: Story = { globals: { locale: 'zh-CN' } };
