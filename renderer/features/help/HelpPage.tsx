/** Help: the keyboard shortcuts, and where the everyday jobs are. */
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { SHORTCUT_GROUPS } from './shortcuts';
import './help.css';

/** The Help page. */
export function HelpPage() {
  return (
    <div className="help-page">
      <PageHeader title="Help" description="Keyboard shortcuts, and where the everyday jobs are." />
      <section className="panel" aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
        {SHORTCUT_GROUPS.map((group) => (
          <table key={group.where} className="help-shortcuts">
            <caption>{group.where}</caption>
            <thead>
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">What they do</th>
              </tr>
            </thead>
            <tbody>
              {group.shortcuts.map((shortcut) => (
                <tr key={shortcut.keys}>
                  <th scope="row">
                    <kbd>{shortcut.keys}</kbd>
                  </th>
                  <td>{shortcut.does}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </section>
      <section className="panel" aria-labelledby="everyday-heading">
        <h2 id="everyday-heading">Every day</h2>
        <ul>
          <li>
            <Link to="/dashboard">Dashboard</Link>: what needs doing today, and bookings whose person will not
            be ready on the day.
          </li>
          <li>
            <Link to="/dashboard/briefing">Monday briefing</Link>: the week ahead, to print or save as PDF.
          </li>
          <li>
            <Link to="/dashboard/reminders">Reminders</Link>: every deadline, to acknowledge or answer by
            e-mail.
          </li>
        </ul>
      </section>
    </div>
  );
}
