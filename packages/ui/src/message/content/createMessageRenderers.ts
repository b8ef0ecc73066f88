import { AudioContent } from './AudioContent.tsx';
import { CustomContent } from './CustomContent.tsx';
import { FallbackContent } from './FallbackContent.tsx';
import { FileContent } from './FileContent.tsx';
import { GeoContent } from './GeoContent.tsx';
import { ImageContent } from './ImageContent.tsx';
import type { MessageRendererOverrides, MessageRenderers } from './MessageRenderers.ts';
import { NotificationContent } from './NotificationContent.tsx';
import { RecalledContent } from './RecalledContent.tsx';
import { TextContent } from './TextContent.tsx';
import { TipContent } from './TipContent.tsx';
import { VideoContent } from './VideoContent.tsx';

/** Parley's built-in renderer for every message type. */
export const defaultMessageRenderers: MessageRenderers = Object.freeze({
  text: TextContent,
  image: ImageContent,
  audio: AudioContent,
  video: VideoContent,
  file: FileContent,
  geo: GeoContent,
  custom: CustomContent,
  tip: TipContent,
  notification: NotificationContent,
  customKinds: Object.freeze({}),
  recalled: RecalledContent,
  fallback: FallbackContent,
});

/**
 * A renderer registry: `base` (the defaults) with `overrides` on top; `customKinds` are merged,
 * so apps add renderers for their custom `kind`s without losing others'. Create it once (module
 * scope or `useMemo`) and pass it to `MessageContent`.
 *
 * @example
 * const renderers = createMessageRenderers({ customKinds: { poll: PollCard } });
 */
export function createMessageRenderers(
  overrides: MessageRendererOverrides = {},
  base: MessageRenderers = defaultMessageRenderers,
): MessageRenderers {
  return Object.freeze({
    ...base,
    ...overrides,
    customKinds: Object.freeze({ ...base.customKinds, ...overrides.customKinds }),
  });
}
