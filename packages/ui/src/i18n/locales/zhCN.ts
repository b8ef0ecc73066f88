import type { LocaleBundle } from './LocaleBundle.ts';

/** Simplified Chinese strings. Chinese has one plural form, so only `_other` keys. */
export const zhCN = {
  common: {
    cancel: '取消',
    close: '关闭',
    retry: '重试',
    loading: '加载中…',
    error: '出错了',
    you: '你',
  },
  time: {
    today: '今天',
    yesterday: '昨天',
  },
  badge: {
    unread_other: '{{count}} 条未读消息',
  },
  avatar: {
    label: '{{name}}',
  },
  message: {
    label: '{{name}}，{{time}}',
    preview: {
      image: '[图片]',
      audio: '[语音]',
      video: '[视频]',
      file: '[文件] {{name}}',
      geo: '[位置] {{title}}',
      custom: '[消息]',
      unsupported: '[暂不支持的消息]',
    },
    image: {
      alt: '图片 {{name}}',
      open: '查看图片 {{name}}',
      unavailable: '图片无法显示',
    },
    audio: {
      label: '语音消息，{{duration}}',
    },
    video: {
      label: '视频 {{name}}，{{duration}}',
    },
    file: {
      download: '下载 {{name}}',
      cancel: '取消上传 {{name}}',
    },
    upload: {
      progress: '上传进度',
    },
    geo: {
      open: '在地图中打开 {{title}}',
    },
    unsupported: '当前版本暂不支持显示此消息。',
    malformed: '此消息无法显示。',
    recalled: {
      byMe: '你撤回了一条消息',
      byOther: '{{name}} 撤回了一条消息',
      reEdit: '重新编辑',
    },
    status: {
      sending: '发送中',
      failed: '发送失败',
      resend: '重新发送',
      read: '已读',
      unread: '未读',
    },
    receipt: {
      allRead: '全部已读',
      unread_other: '{{count}} 人未读',
      detailsTitle: '消息阅读状态',
      readList_other: '已读（{{count}}）',
      unreadList_other: '未读（{{count}}）',
      nobody: '无',
      loadFailed: '无法加载已读成员。',
    },
    menu: {
      label: '消息操作',
      more: '此消息的更多操作',
      copy: '复制',
      forward: '转发',
      recall: '撤回',
      delete: '删除（仅自己）',
      resend: '重新发送',
    },
  },
  notification: {
    addMembers: '{{actor}} 邀请 {{accounts}} 加入群聊',
    removeMembers: '{{actor}} 将 {{accounts}} 移出群聊',
    leaveTeam: '{{actor}} 退出了群聊',
    updateTeam: '{{actor}} 更新了群信息',
    updateTeamName: '{{actor}} 将群名称修改为“{{name}}”',
    dismissTeam: '{{actor}} 解散了群聊',
    transferOwner: '{{actor}} 将群主转让给 {{accounts}}',
    addManagers: '{{actor}} 将 {{accounts}} 设为管理员',
    removeManagers: '{{actor}} 取消了 {{accounts}} 的管理员身份',
    muteMember: '{{actor}} 将 {{accounts}} 禁言',
  },
  divider: {
    newMessages: '以下为新消息',
    unread_other: '{{count}} 条新消息',
  },
  input: {
    label: '消息',
    placeholder: '输入消息…',
    hint: 'Enter 发送，Shift+Enter 换行',
    send: '发送',
    attachFile: '发送文件',
    attachImage: '发送图片',
    disconnected: '当前网络不可用，重新连接后即可发送消息。',
  },
  session: {
    pinned: '已置顶',
    muted: '消息免打扰',
    draft: '[草稿]',
    empty: '暂无消息',
    sending: '发送中',
    failed: '发送失败',
    sender: '{{name}}：{{text}}',
    mutedUnread_other: '[{{count}} 条]',
    menu: {
      label: '{{name}} 的操作',
      more: '{{name}} 的更多操作',
      pin: '置顶会话',
      unpin: '取消置顶',
      markRead: '标为已读',
      mute: '开启免打扰',
      unmute: '关闭免打扰',
      delete: '删除会话',
    },
    delete: {
      title: '删除与 {{name}} 的会话？',
      description: '会话将从列表中移除；若消息仍在，下次登录时会重新出现。',
      clearHistory: '同时清空聊天记录',
      confirm: '删除',
    },
  },
} satisfies LocaleBundle;
