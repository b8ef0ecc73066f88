'use client';

/**
 * @parley/ui: Parley's themed, translatable chat components.
 *
 * Import the styles once: `import '@parley/ui/styles.css'`, then wrap the UI in `ParleyRoot`
 * (theme, color scheme, locale). Components take plain props; lists and panes built on
 * `@parley/react` hooks compose them.
 */

// Primitives
export { Avatar, type AvatarProps } from './avatar/Avatar.tsx';
export { colorIndex, initials } from './avatar/initials.ts';
export { UnreadBadge, type UnreadBadgeProps } from './badge/UnreadBadge.tsx';

// i18n
export {
  bundledLocales,
  createParleyI18n,
  PARLEY_NAMESPACE,
  type ParleyI18nOptions,
} from './i18n/createParleyI18n.ts';
export { createFormatters, type Formatters } from './i18n/format.ts';
export type { LocaleContextValue } from './i18n/LocaleContext.ts';
export { LocaleProvider, type LocaleProviderProps } from './i18n/LocaleProvider.tsx';
export {
  loadParleyLocale,
  type ParleyLocale,
  parleyLocaleLoaded,
  parleyLocales,
} from './i18n/loadParleyLocale.ts';
export { localeDirection, type WritingDirection } from './i18n/localeDirection.ts';
export { en } from './i18n/locales/en.ts';
export type { LocaleBundle } from './i18n/locales/LocaleBundle.ts';
export type { LocaleOverrides, ParleyResources } from './i18n/locales/LocaleOverrides.ts';
export { zhCN } from './i18n/locales/zhCN.ts';
export type { ParleyKey, ParleyT, PluralSuffix, TranslateOptions } from './i18n/ParleyKey.ts';
export { useFormatters, useLocale, useT } from './i18n/useT.ts';
// Input
export { MessageInput, type MessageInputProps } from './input/MessageInput.tsx';
// Connected list and layout (need a ChatProvider from @parley/react)
export { ChatLayout, type ChatLayoutProps, type PaneOptions } from './layout/ChatLayout.tsx';
// Sessions and menus
export { ActionMenu, type ActionMenuProps } from './menu/ActionMenu.tsx';
export type { ActionMenuItem } from './menu/ActionMenuItem.ts';
// Messages
export { AudioContent } from './message/content/AudioContent.tsx';
export { CustomContent } from './message/content/CustomContent.tsx';
export {
  createMessageRenderers,
  defaultMessageRenderers,
} from './message/content/createMessageRenderers.ts';
export { FallbackContent } from './message/content/FallbackContent.tsx';
export { FileContent } from './message/content/FileContent.tsx';
export { GeoContent, openStreetMapLink } from './message/content/GeoContent.tsx';
export { ImageContent } from './message/content/ImageContent.tsx';
export { MessageContent, type MessageContentProps } from './message/content/MessageContent.tsx';
export type {
  CustomRenderer,
  CustomRendererProps,
  FallbackReason,
  FallbackRendererProps,
  MessageRenderer,
  MessageRendererBaseProps,
  MessageRendererOverrides,
  MessageRendererProps,
  MessageRenderers,
  RecalledRendererProps,
} from './message/content/MessageRenderers.ts';
export {
  describeNotification,
  NotificationContent,
} from './message/content/NotificationContent.tsx';
export { RecalledContent } from './message/content/RecalledContent.tsx';
export { TextContent } from './message/content/TextContent.tsx';
export { TipContent } from './message/content/TipContent.tsx';
export { UploadProgress, type UploadProgressProps } from './message/content/UploadProgress.tsx';
export { DateSeparator, type DateSeparatorProps } from './message/DateSeparator.tsx';
export { linkifyText } from './message/linkifyText.ts';
export {
  isSystemMessage,
  MessageBubble,
  type MessageBubbleProps,
} from './message/MessageBubble.tsx';
export {
  canEdit,
  canReply,
  MessageMenu,
  type MessageMenuProps,
  messageActions,
} from './message/MessageMenu.tsx';
export { MessageStatus, type MessageStatusProps } from './message/MessageStatus.tsx';
export { MessageText, type MessageTextProps } from './message/MessageText.tsx';
export type { TextToken } from './message/plainText.ts';
export {
  type P2pReceiptProps,
  ReadReceiptBadge,
  type ReadReceiptBadgeProps,
  type TeamReceiptProps,
} from './message/ReadReceiptBadge.tsx';
export { UnreadDivider, type UnreadDividerProps } from './message/UnreadDivider.tsx';
// Starting a session (needs a ChatProvider)
export { NewChatButton, type NewChatButtonProps } from './newchat/NewChatButton.tsx';
export { NewChatPicker, type NewChatPickerProps } from './newchat/NewChatPicker.tsx';
// Chat pane: header, virtualized message list and input of one session
export { ChatHeader, type ChatHeaderProps } from './pane/ChatHeader.tsx';
export { ChatPane, type ChatPaneProps } from './pane/ChatPane.tsx';
export type { ComposeTarget } from './pane/ComposeTarget.ts';
export { MessageList, type MessageListProps } from './pane/MessageList.tsx';
export { GROUP_WINDOW_MS } from './pane/messageLayout.ts';
export { PaneComposer, type PaneComposerProps } from './pane/PaneComposer.tsx';
// Replies, reactions, edits
export { ReactionBar, type ReactionBarProps } from './reactions/ReactionBar.tsx';
export { ReactionChips, type ReactionChipsProps } from './reactions/ReactionChips.tsx';
export { ReactionPicker, type ReactionPickerProps } from './reactions/ReactionPicker.tsx';
export { DEFAULT_REACTIONS, useReactionSet } from './reactions/ReactionSet.ts';
export { ReactorsPopover, type ReactorsPopoverProps } from './reactions/ReactorsPopover.tsx';
export { ComposerQuote, type ComposerQuoteProps } from './reply/ComposerQuote.tsx';
export { ReplyQuote, type ReplyQuoteProps } from './reply/ReplyQuote.tsx';
export { replyPreview } from './reply/replyPreview.ts';
// Root, theme
export { type ParleyColorScheme, ParleyRoot, type ParleyRootProps } from './root/ParleyRoot.tsx';
export { useDirection } from './root/useDirection.ts';
export {
  DeleteSessionDialog,
  type DeleteSessionDialogProps,
} from './session/DeleteSessionDialog.tsx';
export { SessionList, type SessionListProps } from './session/SessionList.tsx';
export { SessionMenu, type SessionMenuProps } from './session/SessionMenu.tsx';
export { SessionRow, type SessionRowProps } from './session/SessionRow.tsx';
export {
  messageSummary,
  type PreviewOptions,
  type SessionPreview,
  sessionPreview,
} from './session/sessionPreview.ts';
export { Spinner, type SpinnerProps } from './spinner/Spinner.tsx';
export {
  type ParleyTheme,
  type ParleyThemeToken,
  themeTokens,
  themeTokenVars,
} from './theme/themeTokens.ts';
export { themeToStyle } from './theme/themeToStyle.ts';
