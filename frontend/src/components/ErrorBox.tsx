import type { ReactNode } from 'react';

/**
 * A failure the user must notice: announced at once (role "alert") and drawn as the error box.
 * A one-line message renders as a paragraph; richer content (text plus a button) as a block.
 * Without a message it renders nothing, so callers can pass an empty or missing error as is.
 */
export function ErrorBox(props: { message: string | undefined } | { children: ReactNode }) {
  if ('message' in props)
    return props.message ? (
      <p role="alert" className="error-box">
        {props.message}
      </p>
    ) : null;
  return (
    <div role="alert" className="error-box">
      {props.children}
    </div>
  );
}
