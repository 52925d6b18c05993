import type { ErrorLike } from '@apollo/client';
import type { ReactNode } from 'react';

/** What a page shows while its data loads, or when the server refused it. */
export function QueryState({
  loading,
  error,
  children,
}: {
  loading: boolean;
  error: ErrorLike | undefined;
  children: () => ReactNode;
}) {
  if (error) {
    return (
      <div className="ds_notification-message ds_notification-message--error" role="alert">
        <p>Concordat could not show this: {error.message}</p>
      </div>
    );
  }
  if (loading) return <p aria-busy="true">Loading…</p>;
  return <>{children()}</>;
}
