/** One section of Settings: a panel with its heading (a target of the page's contents), intro and action. */
import type { ReactNode } from 'react';
import '../../components/form/forms.css';

/** A settings panel. */
export function SettingsSection({
  id,
  title,
  intro,
  action,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="panel settings-section" id={id} aria-labelledby={`${id}-heading`}>
      <div className="panel-heading-row">
        <h2 id={`${id}-heading`} tabIndex={-1}>
          {title}
        </h2>
        {action}
      </div>
      {intro && <p className="panel-intro">{intro}</p>}
      {children}
    </section>
  );
}
