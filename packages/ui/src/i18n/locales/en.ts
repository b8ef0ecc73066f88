import type { LocaleBundle } from './LocaleBundle.ts';

/**
 * English strings (the reference bundle: every other locale must have the same keys).
 * Plurals use i18next's suffixes (`_one`, `_other`), chosen by `Intl.PluralRules`.
 */
export const en = {
  common: {
    cancel: 'Cancel',
    close: 'Close',
    retry: 'Retry',
    loading: 'Loading…',
    error: 'Something went wrong',
    you: 'You',
  },
  time: {
    today: 'Today',
    yesterday: 'Yesterday',
  },
  badge: {
    unread_one: '{{count}} unread message',
    unread_other: '{{count}} unread messages',
  },
  avatar: {
    label: '{{name}}',
  },
  message: {
    label: '{{name}}, {{time}}',
    preview: {
      image: '[Image]',
      audio: '[Voice]',
      video: '[Video]',
      file: '[File] {{name}}',
      geo: '[Location] {{title}}',
      custom: '[Message]',
      unsupported: '[Unsupported message]',
    },
    image: {
      alt: 'Image {{name}}',
      open: 'Open image {{name}}',
      unavailable: 'Image unavailable',
    },
    audio: {
      label: 'Voice message, {{duration}}',
    },
    video: {
      label: 'Video {{name}}, {{duration}}',
    },
    file: {
      download: 'Download {{name}}',
      cancel: 'Cancel upload of {{name}}',
    },
    upload: {
      progress: 'Upload progress',
    },
    geo: {
      open: 'Open {{title}} in a map',
    },
    unsupported: 'This message cannot be shown in this version.',
    malformed: 'This message could not be displayed.',
    recalled: {
      byMe: 'You recalled a message',
      byOther: '{{name}} recalled a message',
      reEdit: 'Re-edit',
    },
    status: {
      sending: 'Sending',
      failed: 'Not sent',
      resend: 'Resend',
      read: 'Read',
      unread: 'Unread',
    },
    receipt: {
      allRead: 'All read',
      unread_one: '{{count}} unread',
      unread_other: '{{count}} unread',
      detailsTitle: 'Read receipts',
      readList_one: 'Read ({{count}})',
      readList_other: 'Read ({{count}})',
      unreadList_one: 'Unread ({{count}})',
      unreadList_other: 'Unread ({{count}})',
      nobody: 'Nobody',
      loadFailed: 'Could not load who read this message.',
    },
    menu: {
      label: 'Message actions',
      more: 'More actions for this message',
      copy: 'Copy',
      forward: 'Forward',
      recall: 'Recall',
      delete: 'Delete for me',
      resend: 'Resend',
    },
  },
  notification: {
    addMembers: '{{actor}} added {{accounts}} to the group',
    removeMembers: '{{actor}} removed {{accounts}} from the group',
    leaveTeam: '{{actor}} left the group',
    updateTeam: '{{actor}} updated the group info',
    updateTeamName: '{{actor}} renamed the group to “{{name}}”',
    dismissTeam: '{{actor}} dismissed the group',
    transferOwner: '{{actor}} made {{accounts}} the group owner',
    addManagers: '{{actor}} made {{accounts}} admin',
    removeManagers: '{{actor}} removed {{accounts}} as admin',
    muteMember: '{{actor}} muted {{accounts}}',
  },
  divider: {
    newMessages: 'New messages',
    unread_one: '{{count}} new message',
    unread_other: '{{count}} new messages',
  },
  input: {
    label: 'Message',
    placeholder: 'Write a message…',
    hint: 'Enter to send, Shift+Enter for a new line',
    send: 'Send',
    attachFile: 'Attach a file',
    attachImage: 'Send an image',
    disconnected: 'You are offline. Messages can be sent again once reconnected.',
  },
  session: {
    pinned: 'Pinned',
    muted: 'Muted',
    draft: '[Draft]',
    empty: 'No messages yet',
    sending: 'Sending',
    failed: 'Not sent',
    sender: '{{name}}: {{text}}',
    mutedUnread_one: '[{{count}} message]',
    mutedUnread_other: '[{{count}} messages]',
    menu: {
      label: 'Actions for {{name}}',
      more: 'More actions for {{name}}',
      pin: 'Pin to top',
      unpin: 'Unpin',
      markRead: 'Mark as read',
      mute: 'Mute notifications',
      unmute: 'Unmute notifications',
      delete: 'Delete conversation',
    },
    delete: {
      title: 'Delete the conversation with {{name}}?',
      description: 'It is removed from your list and comes back if its messages are still there.',
      clearHistory: 'Also clear the chat history',
      confirm: 'Delete',
    },
  },
} satisfies LocaleBundle;
