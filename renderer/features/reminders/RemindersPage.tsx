/**
 * Reminders: every deadline and waiting task of the action list, most pressing first, filtered by kind of
 * work, by when it is due and by case officer, a page at a time — each reminder on its own row, or one row
 * per researcher with one e-mail draft covering all their projects. Acknowledging one takes it off the list
 * (and off the dashboard); the audit log records who acknowledged it and when. Acknowledged reminders can be
 * shown again, flagged, with who and when. (Acknowledging changes no record: compliance figures still count
 * a lapsed training until it is renewed.)
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApp } from '../../app/app-context';
import { PageHeader } from '../../components/PageHeader';
import { listStaff } from '../../db/repositories/staff';
import { severitySummary } from '../../components/actions/action-groups';
import { itemsOfOfficer } from '../../components/actions/officer-scope';
import { HORIZONS, horizonOf } from '../../components/actions/today-first';
import { useDashboardActions } from '../../components/actions/use-dashboard-actions';
import { useToday } from '../../app/use-today';
import { ActionItemList } from '../../components/actions/ActionItemList';
import { PersonRemindersRow } from './PersonRemindersRow';
import { pageOfPersonRows, remindersByPerson } from './per-person';
import { REMINDER_GROUPS, RemindersFilters, type ReminderFilterValues } from './RemindersFilters';
import { useReminderActions } from '../../components/actions/use-reminder-actions';
import '../../components/actions/action-list.css';
import { Pager } from '../../components/Pager';

const PAGE_SIZE = 50;
const COUNT = new Intl.NumberFormat('en-GB');

/** The Reminders page (`#/dashboard/reminders?group=training&when=week&officer=<id>&by=person`). */
export function RemindersPage() {
  const { db } = useApp();
  const today = useToday();
  const actions = useDashboardActions(today);
  const staff = useLiveQuery(() => listStaff(db), [db]) ?? [];
  const { status, ...handlers } = useReminderActions();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const group = REMINDER_GROUPS.find((candidate) => candidate.id === params.get('group'));
  const when = HORIZONS.find((horizon) => horizon === params.get('when'));
  const values: ReminderFilterValues = {
    group: group?.id ?? '',
    when: when ?? '',
    officer: params.get('officer') ?? '',
    by: params.get('by') === 'person' ? 'person' : '',
    acknowledged: params.get('acknowledged') === '1',
  };

  const items = itemsOfOfficer(
    actions?.items ?? [],
    values.officer,
    actions ?? { projects: new Map() },
  ).filter(
    (item) =>
      item.kind !== 'booking' &&
      (values.acknowledged || !item.acknowledged) &&
      (!group || group.kinds.includes(item.kind)) &&
      (!when || horizonOf(item, today) === when),
  );
  const perPerson = values.by === 'person' ? remindersByPerson(items) : undefined;
  const rows = perPerson ? perPerson.people.length + perPerson.others.length : items.length;
  const pages = Math.max(1, Math.ceil(rows / PAGE_SIZE));
  const current = Math.min(page, pages);
  const range = [(current - 1) * PAGE_SIZE, current * PAGE_SIZE] as const;
  const acknowledged = items.filter((item) => item.acknowledged).length;
  const pageRows = perPerson && pageOfPersonRows(perPerson, range);

  function change(next: Partial<ReminderFilterValues>) {
    const merged = { ...values, ...next };
    const search = new URLSearchParams();
    for (const key of ['group', 'when', 'officer', 'by'] as const)
      if (merged[key]) search.set(key, merged[key]);
    if (merged.acknowledged) search.set('acknowledged', '1');
    setParams(search, { replace: true });
    setPage(1);
  }

  return (
    <div className="reminders" data-reminders-state={actions ? 'ready' : 'loading'}>
      <PageHeader
        title="Reminders"
        description="Every deadline and waiting task, most pressing first. Acknowledge a reminder once it is in hand: it leaves the list, and the audit log records who acknowledged it."
        actions={
          <Link to="/dashboard" className="button secondary">
            Dashboard
          </Link>
        }
      />
      <section className="panel" aria-labelledby="reminders-heading">
        <h2 id="reminders-heading" className="visually-hidden">
          Reminders
        </h2>
        <RemindersFilters values={values} staff={staff} onChange={change} />
        <p className="attention-summary" data-testid="reminders-summary">
          {!actions
            ? 'Working out what needs doing…'
            : items.length === 0
              ? 'No reminders.'
              : `${COUNT.format(items.length)} ${items.length === 1 ? 'reminder' : 'reminders'}${perPerson ? ` about ${COUNT.format(perPerson.people.length)} ${perPerson.people.length === 1 ? 'person' : 'people'}` : ''}: ${severitySummary(items)}${values.acknowledged ? ` (${COUNT.format(acknowledged)} acknowledged)` : ''}.`}
        </p>
        <p role="status" className="status-line small">
          {status}
        </p>
        {actions && pageRows && pageRows.people.length > 0 && (
          <ul className="person-reminders-list" aria-label="Reminders per person">
            {pageRows.people.map((row) => (
              <PersonRemindersRow
                key={row.personId}
                row={row}
                actions={actions}
                today={today}
                handlers={handlers}
              />
            ))}
          </ul>
        )}
        {actions && pageRows && pageRows.others.length > 0 && (
          <>
            <h3 className="person-reminders-others">Not about one person</h3>
            <ActionItemList
              items={pageRows.others}
              actions={actions}
              handlers={handlers}
              label="Reminders not about one person"
              wide
            />
          </>
        )}
        {actions && !perPerson && items.length > 0 && (
          <ActionItemList
            items={items.slice(...range)}
            actions={actions}
            handlers={handlers}
            label="Reminders"
            wide
          />
        )}
        <Pager label="Pages of reminders" page={current} pages={pages} onPage={setPage} />
      </section>
    </div>
  );
}
