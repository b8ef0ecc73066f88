import type { Scene, SendRequest, SessionId } from '@parley/core';
import { ChatError, parseSessionId } from '@parley/core';

const TYPES = new Set(['text', 'image', 'audio', 'video', 'file', 'geo', 'custom', 'tip']);

function invalid(message: string, details?: Record<string, unknown>): ChatError {
  return new ChatError('INVALID_ARGUMENT', message, { details });
}

/** Checks a session id; throws `INVALID_ARGUMENT` when it is not `${scene}-${to}`. */
export function checkSessionId(id: unknown): { scene: Scene; to: string; id: SessionId } {
  const parsed = typeof id === 'string' ? parseSessionId(id) : null;
  if (!parsed || typeof id !== 'string') throw invalid('Malformed session id', { sessionId: id });
  return { ...parsed, id };
}

/** Checks a list of session ids. */
export function checkSessionIds(ids: unknown): SessionId[] {
  if (!Array.isArray(ids) || ids.length === 0) throw invalid('Expected a list of session ids');
  return ids.map((id) => checkSessionId(id).id);
}

/** Checks a time in ms. */
export function checkTime(time: unknown, name: string): number {
  if (typeof time !== 'number' || !Number.isFinite(time) || time < 0) {
    throw invalid(`${name} must be a time in ms`, { [name]: time });
  }
  return time;
}

/** Checks a string argument. */
export function checkString(value: unknown, name: string): string {
  if (typeof value !== 'string') throw invalid(`${name} must be a string`);
  return value;
}

/** Checks a send request; clients cannot send notifications, only the server makes them. */
export function checkSendRequest(request: SendRequest): void {
  if (typeof request !== 'object' || request === null) throw invalid('Missing send request');
  if (typeof request.idClient !== 'string' || request.idClient.trim() === '') {
    throw invalid('idClient must be a non-empty string');
  }
  checkSessionId(`${String(request.scene)}-${String(request.to)}`);
  if (typeof request.to !== 'string' || request.to === '') throw invalid('Missing target');
  if (!TYPES.has(request.type)) throw invalid('Unknown message type', { type: request.type });
  if (typeof request.body !== 'string') throw invalid('body must be a string');
  if (request.type === 'text' && request.body.trim() === '') throw invalid('Empty text message');
}
