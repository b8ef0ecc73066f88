import type { Message, Session, Team, TeamMember, UserProfile } from '@parley/core';
import type {
  IMMessage,
  TMsgThreadMsgInfo,
} from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgServiceInterface.js';
import type { Session as NimSession } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/SessionServiceInterface.js';
import type {
  Team as NimTeam,
  TeamMember as NimTeamMember,
} from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/TeamServiceInterface.js';
import type { UserNameCard } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/UserServiceInterface.js';
import { toNimMessage } from '../toNimMessage.ts';

/** A server message as the SDK hands it to `account`, with its reply links (`threads`). */
export function imOf(
  message: Message,
  account: string,
  threads?: ReadonlyMap<string, TMsgThreadMsgInfo>,
): IMMessage {
  const thread = threads?.get(message.idClient);
  return {
    ...toNimMessage(message, account),
    userUpdateTime: message.time,
    ...(thread ? { threadMessageInfo: thread } : {}),
  };
}

/**
 * A session of the SDK's memory list. A recalled or cleared last message reads `lastMsg: null`
 * (the SDK's doc of `Session.lastMsg`).
 */
export function nimSessionOf(
  session: Session,
  account: string,
  threads?: ReadonlyMap<string, TMsgThreadMsgInfo>,
): NimSession {
  const { stickTopInfo } = session;
  return {
    id: session.id,
    scene: session.scene,
    to: session.to,
    unread: session.unread,
    lastMsg:
      session.lastMsg && !session.lastMsg.recall ? imOf(session.lastMsg, account, threads) : null,
    updateTime: session.updateTime,
    ack: session.ack,
    msgReceiptTime: session.msgReceiptTime,
    ...(stickTopInfo.isStickOnTop ? { stickTopInfo: { id: session.id, ...stickTopInfo } } : {}),
  };
}

export function nameCardOf(user: UserProfile): UserNameCard {
  return {
    account: user.account,
    nick: user.nick,
    ...(user.avatar ? { avatar: user.avatar } : {}),
    ...(user.signature ? { signature: user.signature } : {}),
    createTime: 0,
    updateTime: 0,
  };
}

export function nimTeamOf(team: Team): NimTeam {
  return {
    teamId: team.teamId,
    type: 'advanced',
    name: team.name,
    avatar: team.avatar ?? '',
    joinMode: 'noVerify',
    beInviteMode: 'noVerify',
    inviteMode: 'all',
    updateTeamMode: 'all',
    updateExtMode: 'all',
    owner: team.owner,
    level: 200,
    memberNum: team.memberCount,
    memberUpdateTime: 0,
    createTime: 0,
    updateTime: 0,
    valid: true,
    validToCurrentUser: true,
    mute: false,
    muteType: 'none',
  };
}

export function nimMemberOf(teamId: string, member: TeamMember): NimTeamMember {
  return {
    id: `${teamId}-${member.account}`,
    teamId,
    account: member.account,
    type: member.role,
    nickInTeam: '',
    joinTime: member.joinTime,
    updateTime: member.joinTime,
    active: true,
    valid: true,
  };
}
