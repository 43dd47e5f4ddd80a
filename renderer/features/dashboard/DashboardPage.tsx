/**
 * The first screen of the day: where every project stands, what needs doing, who is booked in, and what
 * changed lately. Everything is read through indexes (see dashboard-queries.ts). The root carries
 * `data-dashboard-state`: "loading" until every panel has its figures, then "ready" (the benchmark and the
 * tests wait on it).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { formatLongDate } from '../../../shared/dates';
import { useApp } from '../../app/app-context';
import { useCurrentStaff } from '../../app/current-staff';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { pipelineCounts, recentActivity } from '../../db/repositories/dashboard-queries';
import { pipelineCountsOf } from '../../db/repositories/pipeline-of-officer';
import { SetupReminder } from '../setup/SetupReminder';
import { ForecastPanel } from '../forecast/ForecastPanel';
import { BookingsPanel } from './BookingsPanel';
import { NeedsAttention } from './NeedsAttention';
import { itemsOfOfficer, useOfficerScope } from '../../components/actions/officer-scope';
import { PipelinePanel } from './PipelinePanel';
import { ACTIVITY_EVENTS_READ, RecentActivity } from './RecentActivity';
import { ScopeSwitch } from './ScopeSwitch';
import { useDashboardFirstActions } from '../../components/actions/use-dashboard-actions';
import { useToday } from '../../app/use-today';
import '../../components/actions/action-list.css';

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });

/** The Dashboard section. */
export function DashboardPage() {
  const { db } = useApp();
  const today = useToday();
  const me = useCurrentStaff().staffMember.id;
  const [scope, setScope] = useOfficerScope();
  const officer = scope === 'mine' ? me : '';
  // Every item counted, only those drawn named (the first of each group in this view, and the bookings).
  const actions = useDashboardFirstActions(today, officer);
  // The pipeline follows the switch too; "No projects yet" is about the whole register, whatever the scope.
  const counts = useLiveQuery(
    async () => ({
      pipeline: officer ? await pipelineCountsOf(db, officer) : await pipelineCounts(db),
      recorded: await db.projects.count(),
      officer,
    }),
    [db, officer],
  );
  const pipeline = counts?.officer === officer ? counts.pipeline : undefined;
  // "Mine": the items and bookings of the projects the signed-in officer is case officer of.
  const shown = actions && { ...actions, items: itemsOfOfficer(actions.items, officer, actions) };
  const othersWaiting =
    actions !== undefined && scope === 'mine' && actions.items.some((item) => !item.acknowledged);
  const activity = useLiveQuery(() => recentActivity(db, ACTIVITY_EVENTS_READ), [db]);
  const ready = pipeline !== undefined && actions !== undefined && activity !== undefined;
  const weekday = WEEKDAY.format(new Date(`${today}T12:00:00Z`));

  return (
    <div className="dashboard" data-dashboard-state={ready ? 'ready' : 'loading'} aria-busy={!ready}>
      <PageHeader
        title="Dashboard"
        description={`${weekday} ${formatLongDate(today)}: where every project stands, and what needs doing${scope === 'mine' ? ' on the projects you are case officer of and the reminders given to you' : ''}.`}
        actions={
          <>
            <ScopeSwitch scope={scope} onChange={setScope} />
            <Link to="/dashboard/briefing" className="button secondary">
              Monday briefing
            </Link>
            <Link to="/dashboard/reminders" className="button secondary">
              Reminders
            </Link>
          </>
        }
      />
      <SetupReminder />
      {counts?.recorded === 0 && (
        <EmptyState title="No projects yet">
          <p>
            Projects appear here from their first enquiry. <Link to="/projects/new">Record an enquiry</Link>,
            or load the demo data from <Link to="/settings">Settings</Link> to try DSH Desk out.
          </p>
        </EmptyState>
      )}
      <PipelinePanel pipeline={pipeline} mine={scope === 'mine'} />
      <div className="dashboard-columns">
        <NeedsAttention
          actions={shown}
          today={today}
          officer={officer}
          emptyNote={
            othersWaiting && (
              <p className="muted small">
                Other officers’ projects have items waiting.{' '}
                <button type="button" className="button-link" onClick={() => setScope('everyone')}>
                  Show everyone’s
                </button>
              </p>
            )
          }
        />
        <div className="dashboard-side">
          <BookingsPanel actions={shown} today={today} />
          {/* Read after the rest of the dashboard: its reads would otherwise queue before theirs. */}
          <ForecastPanel today={today} start={ready} />
          <RecentActivity activity={activity} />
        </div>
      </div>
    </div>
  );
}
