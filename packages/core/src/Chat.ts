import { InteractionCommands } from './chat/InteractionCommands.ts';

/**
 * A chat instance: one store, one adapter, and the seeds' operations as commands — each
 * defined once, here or in the classes it extends (lifecycle in `ChatBase`, sessions in
 * `SessionCommands`, messages in `MessageCommands`, replies' jumps, reactions and edits in
 * `InteractionCommands`). Framework-free: the React hooks hand
 * back these methods under the same names. Methods are bound, so they can be passed around.
 * Components never call the adapter; they call these commands and read `store`.
 *
 * Commands reject with `ChatError` (the synchronous ones throw it). Every command checks its
 * arguments first: a malformed one (a session id that is not `<scene>-<id>`, an account or
 * team id that is empty, longer than 128 (`MAX_ID_LENGTH`) or holds control or bidi
 * characters, content of an unknown type or the wrong shape, a file that is not a non-empty
 * `Blob`, a time that is not a finite number ≥ 0, …) is `INVALID_ARGUMENT`, whose message and
 * `details.argument` name the argument, and nothing changes: no state, no request.
 */
export class Chat extends InteractionCommands {}
