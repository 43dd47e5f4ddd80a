/** The Projects section, before it has anything to show. */
import { SectionPlaceholder } from '../../components/SectionPlaceholder';

/** The Projects section. */
export function ProjectsPage() {
  return (
    <SectionPlaceholder path="/projects" emptyTitle="No projects yet">
      <p>
        The projects register will list every project with its reference, title, lead researcher, stage and
        readiness, with search and filters. Each project page walks through Enquiry, Onboarding, Set Up,
        Access, Active and Closure.
      </p>
    </SectionPlaceholder>
  );
}
