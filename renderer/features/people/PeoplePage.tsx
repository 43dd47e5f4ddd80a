/** The People section, before it has anything to show. */
import { SectionPlaceholder } from '../../components/SectionPlaceholder';

/** The People section. */
export function PeoplePage() {
  return (
    <SectionPlaceholder path="/people" emptyTitle="No people yet">
      <p>
        The people register will list every researcher with their DSH environment training, NHS Data Security
        Awareness training and when it expires, and the projects they are on.
      </p>
    </SectionPlaceholder>
  );
}
