import { parleyLocales } from '@parley/ui';
import { useId, useState } from 'react';
import type { DemoSettings } from './useDemoSettings.ts';

/** Props of {@link Toolbar}. */
export interface ToolbarProps {
  settings: DemoSettings;
  onChange: (patch: Partial<DemoSettings>) => void;
  onReset: () => void;
}

function Choice<K extends keyof DemoSettings>({
  label,
  name,
  value,
  options,
  onChange,
}: {
  label: string;
  name: K;
  value: DemoSettings[K];
  options: readonly (readonly [DemoSettings[K], string])[];
  onChange: (patch: Partial<DemoSettings>) => void;
}) {
  return (
    <label className="demo-choice">
      <span>{label}</span>
      <select
        value={value}
        onChange={(event) => {
          const picked = options.find(([v]) => v === event.target.value);
          if (picked) onChange({ [name]: picked[0] } as Partial<DemoSettings>);
        }}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Each locale named in its own language (`日本語`, `العربية`), as people look for theirs. */
const LANGUAGES = parleyLocales.map(
  (locale) =>
    [locale, new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale] as const,
);

/**
 * The demo's switches: theme, language, backend; for the embedded one view, data set, reset.
 * On a phone they fold behind a "Settings" button so the chat keeps the screen.
 */
export function Toolbar({ settings, onChange, onReset }: ToolbarProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <header className="demo-toolbar" data-open={open || undefined}>
      <h1 className="demo-title">Parley</h1>
      <button
        type="button"
        className="demo-settings-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((was) => !was)}
      >
        Settings
      </button>
      <div className="demo-settings" id={id}>
        <Choice
          label="Theme"
          name="scheme"
          value={settings.scheme}
          options={[
            ['light', 'Light'],
            ['dark', 'Dark'],
          ]}
          onChange={onChange}
        />
        <Choice
          label="Language"
          name="locale"
          value={settings.locale}
          options={LANGUAGES}
          onChange={onChange}
        />
        <Choice
          label="Backend"
          name="backend"
          value={settings.backend}
          options={[
            ['embedded', 'Embedded'],
            ['xmpp', 'XMPP server'],
            ['nim', 'NetEase IM'],
            ['easemob', 'Easemob'],
          ]}
          onChange={onChange}
        />
        {settings.backend === 'embedded' ? (
          <>
            <Choice
              label="View"
              name="view"
              value={settings.view}
              options={[
                ['single', 'One device'],
                ['side-by-side', 'Side by side'],
              ]}
              onChange={onChange}
            />
            <Choice
              label="Data"
              name="data"
              value={settings.data}
              options={[
                ['normal', 'Demo data'],
                ['stress', 'Stress: 10k sessions, 100k messages'],
              ]}
              onChange={onChange}
            />
            <button type="button" className="demo-reset" onClick={onReset}>
              Reset data
            </button>
          </>
        ) : null}
      </div>
    </header>
  );
}
