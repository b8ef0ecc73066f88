import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef } from 'react';
import { getName, reactionSummaries } from '../test/fixtures.ts';
import { ReactorsPopover, type ReactorsPopoverProps } from './ReactorsPopover.tsx';

/** The popover open below a stand-in for its button. */
function Open(props: Omit<ReactorsPopoverProps, 'anchor' | 'id'>) {
  const anchor = useRef<HTMLButtonElement>(null);
  return (
    <div>
      <button ref={anchor} type="button">
        …
      </button>
      <ReactorsPopover {...props} id="reactors" anchor={anchor} />
    </div>
  );
}

const crowd = Array.from({ length: 40 }, (_, i) => `member${i + 1}`);

const meta = {
  title: 'Reactions/ReactorsPopover',
  component: Open,
  args: {
    reactions: reactionSummaries({ '👍': ['alice', 'bob'], '❤️': ['carol'] }),
    getName,
    onClose: () => {},
  },
} satisfies Meta<typeof Open>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const ManyReactions: Story = {
  args: { reactions: reactionSummaries({ '👍': crowd, '🎉': crowd.slice(5), '😂': ['alice'] }) },
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const Chinese: Story = { globals: { locale: 'zh-CN' } };
