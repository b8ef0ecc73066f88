import { ChatError } from '@parley/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { LocalChat } from '../stories/LocalChat.tsx';
import {
  type StoryBackend as Backend,
  seedLongContent,
  seedSessions,
} from '../stories/sessionDemo.ts';
import { NewChatButton } from './NewChatButton.tsx';
import { NewChatPicker } from './NewChatPicker.tsx';

type Args = Partial<ComponentProps<typeof NewChatPicker>> & { backend?: Backend };

// The picker as the popover shows it, laid out inline so each state is visible at once.
function PickerStory({ backend, ...props }: Args) {
  return (
    <LocalChat {...backend}>
      <div
        className="parley-popover parley-new-chat"
        style={{ position: 'static', border: '1px solid var(--parley-color-border)' }}
      >
        <NewChatPicker onStart={() => undefined} {...props} />
      </div>
    </LocalChat>
  );
}

const people: Backend = { setup: (server) => seedSessions(server) };

const meta = {
  title: 'Connected/NewChatPicker',
  component: PickerStory,
  args: { backend: people, defaultQuery: 'a', searchDelayMs: 0 },
  argTypes: { backend: { table: { disable: true } } },
} satisfies Meta<typeof PickerStory>;
export default meta;
type Story = StoryObj<typeof meta>;

/** People and teams whose name or account contains "a", grouped; arrows move, Enter opens. */
export const Default: Story = {};
/** Nothing typed yet: what to type. */
export const Empty: Story = { args: { defaultQuery: '' } };
/** No one matches. */
export const NoMatches: Story = { args: { defaultQuery: 'zzz' } };
/** The directory has not answered yet. */
export const Loading: Story = {
  args: {
    backend: {
      ...people,
      patch: (adapter) => {
        adapter.searchDirectory = () => new Promise(() => undefined);
      },
    },
  },
};
/** The directory failed: the code and a retry. */
export const ErrorState: Story = {
  name: 'Error',
  args: {
    backend: {
      ...people,
      patch: (adapter) => {
        adapter.searchDirectory = () =>
          Promise.reject(new ChatError('TIMEOUT', 'The directory did not answer'));
      },
    },
  },
};
/** A backend without a directory: only the typed account, marked unchecked. */
export const WithoutDirectory: Story = {
  args: {
    defaultQuery: 'grace',
    backend: {
      ...people,
      patch: (adapter) => {
        delete adapter.searchDirectory;
      },
    },
  },
};
/** Very long names, with and without spaces. */
export const LongContent: Story = {
  args: { defaultQuery: 'o', backend: { setup: (server) => seedLongContent(server) } },
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const ZhCN: Story = { args: { defaultQuery: '王' }, globals: { locale: 'zh-CN' } };
/** The header button that opens the picker in a popover. */
export const Button: Story = {
  render: ({ backend }) => (
    <LocalChat {...backend}>
      <NewChatButton onStart={() => undefined} />{' '}
      <NewChatButton variant="button" onStart={() => undefined} />
    </LocalChat>
  ),
};
