import type { ReactNode } from 'react';

/** A wide table scrolls sideways on a narrow screen; keyboard users can scroll it too. */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="concordat-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
