import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef } from 'react';
import { ReactionPicker, type ReactionPickerProps } from './ReactionPicker.tsx';
import { DEFAULT_REACTIONS } from './ReactionSet.ts';

/** The picker open below a stand-in for the message it reacts to. */
function Open(props: Omit<ReactionPickerProps, 'anchor'>) {
  const anchor = useRef<HTMLSpanElement>(null);
  return (
    <div style={{ paddingBlockStart: 360 }}>
      <span ref={anchor}>A message</span>
      <ReactionPicker {...props} anchor={anchor} />
    </div>
  );
}

const meta = {
  title: 'Reactions/ReactionPicker',
  component: Open,
  args: { quick: DEFAULT_REACTIONS, mine: ['👍'], onPick: () => {}, onClose: () => {} },
} satisfies Meta<typeof Open>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const AppSet: Story = { args: { quick: ['✅', '❌', '👀'], mine: [] } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const Chinese: Story = { globals: { locale: 'zh-CN' } };
