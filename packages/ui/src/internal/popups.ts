// Everything only an open menu, popover or dialog needs (Radix with its positioning, focus
// and dismissal layers), and what shows only once the user acts (the reaction bar of a
// hovered message, the composer's reply or edit banner), in one module that `lazyPopup.tsx`
// loads on demand: a chat screen shows none of it until the user asks, so none of it is in
// the initial bundle.
export { ActionMenuPopup } from '../menu/ActionMenuPopup.tsx';
export { ReceiptPopover } from '../message/ReceiptPopover.tsx';
export { NewChatPopover } from '../newchat/NewChatPopover.tsx';
export { ForwardPickerPopover } from '../pane/ForwardPickerPopover.tsx';
export { ReactionBar } from '../reactions/ReactionBar.tsx';
export { ReactionPicker } from '../reactions/ReactionPicker.tsx';
export { ReactorsPopover } from '../reactions/ReactorsPopover.tsx';
export { ComposerQuote } from '../reply/ComposerQuote.tsx';
export { DeleteSessionDialog } from '../session/DeleteSessionDialog.tsx';
