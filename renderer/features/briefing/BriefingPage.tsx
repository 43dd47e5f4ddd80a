/**
 * The Monday briefing: what is due this week for the whole team (the main view) or one officer, to read,
 * print (the page prints without the app's frame) or save as PDF. `?for=<staff id>` chooses the officer.
 * The root carries `data-briefing-state` ("loading" / "ready") for the tests.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useSearchParams } from 'react-router';
import { briefingWeekTitle } from '../../../shared/domain/briefing';
import { useApp } from '../../app/app-context';
import { useCurrentStaff } from '../../app/current-staff';
import { PageHeader } from '../../components/PageHeader';
import { Field } from '../../components/form/Field';
import { loadBriefing } from '../../db/repositories/briefing-queries';
import { listStaff } from '../../db/repositories/staff';
import { useToday } from '../../app/use-today';
import { BriefingSections } from './BriefingSections';
import { ExportBriefingButton } from './ExportBriefingButton';
import './briefing.css';

/** The Monday briefing page. */
export function BriefingPage() {
  const { db } = useApp();
  const { staffMember } = useCurrentStaff();
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const staff = useLiveQuery(() => listStaff(db), [db]);
  const forId = params.get('for') ?? '';
  const officer = staff?.find((member) => member.id === forId);
  const forWhom = officer ? { staffId: officer.id, name: officer.name } : undefined;
  const view = useLiveQuery(
    () => (forId && !staff ? undefined : loadBriefing(db, today, forWhom)),
    [db, today, forWhom?.staffId, staff === undefined],
  );
  const shown = view && (view.briefing.audience === (officer?.name ?? 'the whole team') ? view : undefined);

  return (
    <div className="briefing-page" data-briefing-state={shown ? 'ready' : 'loading'} aria-busy={!shown}>
      <PageHeader
        title="Monday briefing"
        description={
          shown
            ? `${briefingWeekTitle(shown.briefing.week)}, for ${shown.briefing.audience}: what is due this week.`
            : 'What is due this week.'
        }
        actions={
          <>
            <button type="button" className="button secondary" onClick={() => window.print()}>
              Print…
            </button>
            <ExportBriefingButton view={shown} />
          </>
        }
      />
      <div className="briefing-audience">
        <Field label="Briefing for">
          <select
            value={officer ? officer.id : ''}
            onChange={(event) =>
              setParams(event.target.value ? { for: event.target.value } : {}, { replace: true })
            }
          >
            <option value="">The whole team</option>
            {(staff ?? []).map((member) => (
              <option key={member.id} value={member.id}>
                {member.id === staffMember.id ? `Me (${member.name})` : member.name}
              </option>
            ))}
          </select>
        </Field>
        {officer && (
          <p className="muted small briefing-note">
            {officer.name}’s briefing leaves out the projects another officer is case officer of; projects
            with no case officer yet are in everyone’s.
          </p>
        )}
      </div>
      {shown ? (
        <BriefingSections briefing={shown.briefing} />
      ) : (
        <p className="muted" role="status">
          Reading the week…
        </p>
      )}
    </div>
  );
}
