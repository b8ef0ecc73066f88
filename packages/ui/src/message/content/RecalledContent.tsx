import { isolate } from '../../i18n/isolate.ts';
import { useT } from '../../i18n/useT.ts';
import { part } from '../../internal/part.ts';
import type { RecalledRendererProps } from './MessageRenderers.ts';

/**
 * The notice left by a recall: "You recalled a message" (with "Re-edit" when my recalled text
 * is kept and `onReEdit` is given) or "Alice recalled a message".
 */
export function RecalledContent({ message, me, getName, onReEdit }: RecalledRendererProps) {
  const t = useT();
  const by = message.recall?.by ?? message.from;
  const mine = by === me;
  const original = message.recall?.original;
  const canReEdit = mine && onReEdit && original?.type === 'text' && original.body !== '';
  return (
    <span {...part('recalled-content')} data-state={mine ? 'mine' : 'theirs'}>
      {mine
        ? t('message.recalled.byMe')
        : t('message.recalled.byOther', { name: isolate(getName?.(by) ?? by) })}
      {canReEdit ? (
        <button
          type="button"
          className="parley-link-button"
          data-part="re-edit"
          onClick={() => onReEdit(message, original.body)}
        >
          {t('message.recalled.reEdit')}
        </button>
      ) : null}
    </span>
  );
}
