import type { AttachByType, JsonValue, Message, MessageType } from '@parley/core';
import type { ComponentType } from 'react';

/** Actions and lookups every renderer may use; all optional. */
export interface MessageRendererBaseProps {
  /** The signed-in account, to tell my messages from theirs. */
  me: string;
  /** Display name of an account. Default: the account itself. */
  getName?: (account: string) => string;
  /** Cancels a file message's upload (shows a cancel button while sending). */
  onCancelUpload?: (message: Message) => void;
  /** Puts a recalled text of mine back into the input ("Re-edit"). */
  onReEdit?: (message: Message, text: string) => void;
  /** Opens an image in a viewer; without it the image opens in a new tab. */
  onOpenImage?: (message: Message<'image'>) => void;
  /** Map link of a location. Default: OpenStreetMap. */
  geoLink?: (attach: AttachByType['geo']) => string;
}

/** Props of a renderer for one message type; `attach` is already validated. */
export type MessageRendererProps<T extends MessageType> = MessageRendererBaseProps & {
  message: Message<T>;
  attach: AttachByType[T];
};

/** A component rendering one message type. */
export type MessageRenderer<T extends MessageType> = ComponentType<MessageRendererProps<T>>;

/** Props of a renderer for one custom `kind`. */
export type CustomRendererProps = MessageRendererBaseProps & {
  message: Message<'custom'>;
  data: JsonValue;
};

/** A component rendering custom messages of one `kind`. */
export type CustomRenderer = ComponentType<CustomRendererProps>;

/** Props of the recalled-message renderer. */
export type RecalledRendererProps = MessageRendererBaseProps & { message: Message };

/** Why the fallback renders: a type this UI does not know, or an attachment it cannot read. */
export type FallbackReason = 'unsupported' | 'malformed';

/** Props of the fallback renderer. */
export interface FallbackRendererProps {
  message: unknown;
  reason: FallbackReason;
}

/** The renderer registry `MessageContent` dispatches through. */
export type MessageRenderers = { readonly [T in MessageType]: MessageRenderer<T> } & {
  /** Renderers of custom messages by `attach.kind`; unknown kinds use `custom`. */
  readonly customKinds: Readonly<Record<string, CustomRenderer>>;
  readonly recalled: ComponentType<RecalledRendererProps>;
  readonly fallback: ComponentType<FallbackRendererProps>;
};

/** Overrides accepted by `createMessageRenderers`. */
export type MessageRendererOverrides = Partial<Omit<MessageRenderers, 'customKinds'>> & {
  customKinds?: Readonly<Record<string, CustomRenderer>>;
};
