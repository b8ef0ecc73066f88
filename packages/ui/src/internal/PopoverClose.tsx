import * as Popover from '@radix-ui/react-popover';
import { useT } from '../i18n/useT.ts';
import { CloseIcon } from './icons.tsx';

/** The "×" that closes a Parley popover, named for screen readers. */
export function PopoverClose() {
  const t = useT();
  return (
    <Popover.Close
      className="parley-icon-button parley-popover-close"
      data-part="popover-close"
      aria-label={t('common.close')}
    >
      <CloseIcon />
    </Popover.Close>
  );
}
