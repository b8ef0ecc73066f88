import { Avatar } from '../avatar/Avatar.tsx';
import { useT } from '../i18n/useT.ts';
import { part } from '../internal/part.ts';
import type { DirectoryOption } from './directoryOptions.ts';

/** Props of {@link DirectoryOptionRow}. */
export interface DirectoryOptionRowProps {
  option: DirectoryOption;
  id: string;
  active: boolean;
  onPick: (option: DirectoryOption) => void;
  onHover: () => void;
}

/**
 * One result of the new-conversation picker: avatar, name and what identifies it (account,
 * member count), or the typed account marked as unchecked. An option of the listbox that the
 * search field controls (focus stays in the field: `aria-activedescendant`).
 */
export function DirectoryOptionRow({
  option,
  id,
  active,
  onPick,
  onHover,
}: DirectoryOptionRowProps) {
  const t = useT();
  let name: string;
  let detail: string;
  let avatar = null;
  if (option.kind === 'user') {
    name = option.user.nick || option.user.account;
    detail = option.user.account;
    avatar = (
      <Avatar id={option.user.account} name={name} src={option.user.avatar} size="sm" decorative />
    );
  } else if (option.kind === 'team') {
    name = option.team.name || option.team.teamId;
    detail = t('pane.header.members', { count: option.team.memberCount });
    avatar = (
      <Avatar id={option.team.teamId} name={name} src={option.team.avatar} size="sm" decorative />
    );
  } else {
    name = t('newChat.enter', { account: option.account });
    detail = t('newChat.enterHint');
  }
  return (
    // biome-ignore lint/a11y/useFocusableInteractive: an aria-activedescendant option; focus stays in the combobox
    // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox handles the keys (arrows, Enter)
    <div
      {...part('new-chat-option')}
      id={id}
      role="option"
      aria-selected={active}
      data-kind={option.kind}
      data-state={active ? 'active' : 'idle'}
      // Keeps focus in the search field, as the combobox pattern wants.
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={active ? undefined : onHover}
      onClick={() => onPick(option)}
    >
      {avatar}
      <span className="parley-new-chat-option-text" data-part="new-chat-option-text">
        <span className="parley-new-chat-option-name" data-part="new-chat-option-name" dir="auto">
          {name}
        </span>
        <span
          className="parley-new-chat-option-detail"
          data-part="new-chat-option-detail"
          dir="auto"
        >
          {detail}
        </span>
      </span>
    </div>
  );
}
