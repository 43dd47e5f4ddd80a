/** Says that a screen is shown for reference only, and why, instead of offering changes that cannot be made. */
import type { ReactNode } from 'react';
import './form/forms.css';

/** A one-line notice at the top of a read-only screen. */
export function ReadOnlyNotice({ children }: { children: ReactNode }) {
  return (
    <p className="read-only-notice">
      <strong>Read only.</strong> {children}
    </p>
  );
}
