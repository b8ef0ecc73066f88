import { generateFixtures } from '@parley/adapter-local';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { LocalChat } from '../stories/LocalChat.tsx';
import { decorateSessions, seedLongContent, seedSessions } from '../stories/sessionDemo.ts';
import { SessionList } from './SessionList.tsx';

type Backend = Omit<ComponentProps<typeof LocalChat>, 'children'>;
type Args = ComponentProps<typeof SessionList> & { backend?: Backend };

function ListStory({ backend, ...props }: Args) {
  return (
    <LocalChat {...backend}>
      <div
        style={{ inlineSize: 380, blockSize: 640, border: '1px solid var(--parley-color-border)' }}
      >
        <SessionList {...props} />
      </div>
    </LocalChat>
  );
}

const lively: Backend = {
  setup: (server) => seedSessions(server),
  after: (chat) => decorateSessions(chat),
};

const meta = {
  title: 'Connected/SessionList',
  component: ListStory,
  args: { backend: lively, showHeader: true, searchable: true },
  argTypes: { backend: { table: { disable: true } } },
} satisfies Meta<typeof ListStory>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A few dozen sessions: unread, pinned, muted, drafts, teams and one-to-one. */
export const Default: Story = {};
/** Signed in, no sessions yet. */
export const Empty: Story = { args: { backend: {} } };
/** Still connecting: skeleton rows. */
export const Loading: Story = { args: { backend: { ...lively, connection: 'connecting' } } };
/** Sign-in failed: an error with a retry. */
export const ErrorState: Story = {
  name: 'Error',
  args: { backend: { ...lively, connection: 'failed' } },
};
/** Very long names and previews (with and without spaces) and a huge unread count. */
export const LongContent: Story = {
  args: { backend: { setup: (server) => seedLongContent(server) } },
};
/** 10,000 sessions, loaded page by page while scrolling. */
export const TenThousandRows: Story = {
  args: {
    backend: {
      setup: async (server) => {
        await generateFixtures(server, { sessions: 10_000, messagesPerSession: 1, teams: 20 });
      },
    },
  },
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const ZhCN: Story = { globals: { locale: 'zh-CN' } };
