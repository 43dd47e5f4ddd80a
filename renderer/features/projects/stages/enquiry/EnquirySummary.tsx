/** The enquiry stage as recorded, read-only: for a project that has moved on, or has ended. */
import { useLiveQuery } from 'dexie-react-hooks';
import { formatShortDate } from '../../../../../shared/dates';
import type { Project } from '../../../../../shared/domain';
import { useApp } from '../../../../app/app-context';
import { listStaff } from '../../../../db/repositories/staff';
import { FactsPanel } from '../../project/Facts';
import { enquiryFacts } from './IntakeForm';
import { OUTCOME_TEXT } from './SuitabilityForm';

/** What the enquiry stage recorded. */
export function EnquirySummary({ project }: { project: Project }) {
  const { db } = useApp();
  const staff = useLiveQuery(() => listStaff(db), [db]) ?? [];
  const { discussion, suitability } = project;
  const staffNames = discussion?.staffIds
    .map((id) => staff.find((member) => member.id === id)?.name ?? 'A former staff member')
    .join(', ');
  return (
    <>
      <FactsPanel title="Enquiry" facts={enquiryFacts(project)} />
      <FactsPanel
        title="Initial discussion"
        facts={
          discussion
            ? [
                ['Date', formatShortDate(discussion.heldOn)],
                ['Staff who took part', staffNames],
                ['Notes', discussion.notes && <span className="pre-line">{discussion.notes}</span>],
              ]
            : [['Discussion', undefined]]
        }
      />
      <FactsPanel
        title="Suitability outcome"
        facts={
          suitability
            ? [
                ['Outcome', OUTCOME_TEXT[suitability.outcome].label],
                ['Reason', suitability.reason],
                ['Date of the decision', formatShortDate(suitability.decidedOn)],
              ]
            : [['Outcome', undefined]]
        }
      />
    </>
  );
}
