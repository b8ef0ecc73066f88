import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useId, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { usePortalContainer } from '../internal/PortalContainer.tsx';
import { part } from '../internal/part.ts';

/** Props of {@link DeleteSessionDialog}. */
export interface DeleteSessionDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Display name of the session. */
  name: string;
  /** Confirmed; `clearHistory` is the checkbox (default unchecked). */
  onConfirm: (options: { clearHistory: boolean }) => void;
  /** Offer "also clear the chat history". Default true. */
  allowClearHistory?: boolean;
  /** Called after closing, to put focus back where the user was. */
  onCloseAutoFocus?: (event: Event) => void;
}

/**
 * Confirms deleting a session (Radix AlertDialog: focus trapped, Escape cancels, Cancel
 * focused first), with an option to clear its history on the server too.
 */
export function DeleteSessionDialog({
  open,
  onOpenChange,
  name,
  onConfirm,
  allowClearHistory = true,
  onCloseAutoFocus,
}: DeleteSessionDialogProps) {
  const t = useT();
  const container = usePortalContainer();
  const checkboxId = useId();
  const [clearHistory, setClearHistory] = useState(false);
  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!next) setClearHistory(false);
        onOpenChange(next);
      }}
    >
      <AlertDialog.Portal container={container}>
        <AlertDialog.Overlay className="parley-dialog-overlay" data-part="dialog-overlay" />
        <AlertDialog.Content {...part('dialog')} onCloseAutoFocus={onCloseAutoFocus}>
          <AlertDialog.Title className="parley-dialog-title" data-part="dialog-title">
            {t('session.delete.title', { name })}
          </AlertDialog.Title>
          <AlertDialog.Description
            className="parley-dialog-description"
            data-part="dialog-description"
          >
            {t('session.delete.description')}
          </AlertDialog.Description>
          {allowClearHistory ? (
            <div className="parley-checkbox-field" data-part="checkbox-field">
              <input
                id={checkboxId}
                type="checkbox"
                className="parley-checkbox"
                data-part="clear-history"
                checked={clearHistory}
                onChange={(event) => setClearHistory(event.currentTarget.checked)}
              />
              <label htmlFor={checkboxId}>{t('session.delete.clearHistory')}</label>
            </div>
          ) : null}
          <div className="parley-dialog-actions" data-part="dialog-actions">
            <AlertDialog.Cancel className="parley-button" data-part="dialog-cancel">
              {t('common.cancel')}
            </AlertDialog.Cancel>
            <AlertDialog.Action
              className="parley-button"
              data-part="dialog-confirm"
              data-variant="danger"
              onClick={() => onConfirm({ clearHistory: allowClearHistory && clearHistory })}
            >
              {t('session.delete.confirm')}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
