import type {
  AudioAttach,
  CustomAttach,
  FileAttach,
  GeoAttach,
  ImageAttach,
  NotificationAttach,
  NotificationKind,
  VideoAttach,
} from '@parley/core';

// Backends and old clients send anything; these guards decide between a renderer and the
// safe fallback, so a malformed attachment never reaches (or crashes) a renderer.

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

export function isFileAttach(value: unknown): value is Loose & FileAttach {
  return (
    isObject(value) &&
    typeof value.url === 'string' &&
    typeof value.name === 'string' &&
    isSize(value.size) &&
    typeof value.mime === 'string'
  );
}

export function isImageAttach(value: unknown): value is ImageAttach {
  return isFileAttach(value) && isSize(value.width) && isSize(value.height);
}

export function isAudioAttach(value: unknown): value is AudioAttach {
  return isFileAttach(value) && isSize(value.dur);
}

export function isVideoAttach(value: unknown): value is VideoAttach {
  return isFileAttach(value) && isSize(value.dur) && isSize(value.width) && isSize(value.height);
}

export function isGeoAttach(value: unknown): value is GeoAttach {
  return (
    isObject(value) &&
    typeof value.lat === 'number' &&
    typeof value.lng === 'number' &&
    Math.abs(value.lat) <= 90 &&
    Math.abs(value.lng) <= 180 &&
    typeof value.title === 'string'
  );
}

export function isCustomAttach(value: unknown): value is CustomAttach {
  return isObject(value) && typeof value.kind === 'string' && 'data' in value;
}

const NOTIFICATION_KINDS: ReadonlySet<string> = new Set<NotificationKind>([
  'addMembers',
  'removeMembers',
  'leaveTeam',
  'updateTeam',
  'dismissTeam',
  'transferOwner',
  'addManagers',
  'removeManagers',
  'muteMember',
]);

export function isNotificationAttach(value: unknown): value is NotificationAttach {
  return (
    isObject(value) &&
    typeof value.kind === 'string' &&
    NOTIFICATION_KINDS.has(value.kind) &&
    Array.isArray(value.accounts) &&
    value.accounts.every((a) => typeof a === 'string')
  );
}
