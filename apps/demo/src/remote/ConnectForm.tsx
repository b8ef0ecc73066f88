import type { ChatErrorInfo } from '@parley/react';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { ErrorAlert } from './ErrorAlert.tsx';

/** One input of a {@link ConnectForm}. */
export interface ConnectField<K extends string> {
  name: K;
  label: string;
  placeholder?: string;
  /** A line under the input that says what it wants. */
  hint?: ReactNode;
  autoComplete: string;
  /**
   * A password or token: masked, never filled in from elsewhere, and kept in this form's state
   * only, to be handed to the backend on submit.
   */
  secret?: boolean;
}

/** Props of {@link ConnectForm}. */
export interface ConnectFormProps<K extends string> {
  title: string;
  fields: readonly ConnectField<K>[];
  /** Starting values of the fields that are not secret (the query string remembers them). */
  initial: Readonly<Partial<Record<K, string>>>;
  /** A connect is under way: the button says so and does not submit again. */
  busy: boolean;
  /** Why the last connect failed, if it did. */
  error: ChatErrorInfo | null;
  /** Called on submit with a reader of the fields' values. */
  onConnect: (value: (name: K) => string) => void;
}

/** The sign-in form of a backend the user connects to (an XMPP server, NetEase IM). */
export function ConnectForm<K extends string>({
  title,
  fields,
  initial,
  busy,
  error,
  onConnect,
}: ConnectFormProps<K>) {
  const id = useId();
  const [values, setValues] = useState(
    () =>
      new Map(
        fields.flatMap((field): [K, string][] =>
          field.secret ? [] : [[field.name, initial[field.name] ?? '']],
        ),
      ),
  );
  const read = (name: K) => values.get(name) ?? '';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!busy) onConnect(read);
  };

  return (
    // POST, never GET: even if the script failed a secret would not land in the URL.
    // noValidate: the ChatError alert below explains what is missing, as for other errors.
    <form
      className="demo-remote-form"
      method="post"
      noValidate
      aria-labelledby={`${id}-title`}
      aria-busy={busy}
      onSubmit={submit}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {fields.map((field) => (
        <ConnectInput
          key={field.name}
          id={`${id}-${field.name}`}
          field={field}
          value={read(field.name)}
          onChange={(value) => setValues((was) => new Map(was).set(field.name, value))}
        />
      ))}
      <button type="submit" aria-disabled={busy}>
        {busy ? 'Connecting…' : 'Connect'}
      </button>
      <ErrorAlert error={error} />
    </form>
  );
}

function ConnectInput<K extends string>({
  id,
  field,
  value,
  onChange,
}: {
  id: string;
  field: ConnectField<K>;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <label htmlFor={id}>{field.label}</label>
      <input
        id={id}
        name={field.name}
        type={field.secret ? 'password' : 'text'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={field.placeholder}
        aria-describedby={field.hint ? `${id}-hint` : undefined}
        autoComplete={field.autoComplete}
        autoCapitalize="none"
        spellCheck={false}
        required
      />
      {field.hint ? <small id={`${id}-hint`}>{field.hint}</small> : null}
    </>
  );
}
