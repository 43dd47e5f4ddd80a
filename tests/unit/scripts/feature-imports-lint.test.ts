// `npm run lint` refuses an import from one feature into another (renderer/features/<a>/ from <b>/).
import { lintAs } from '../../helpers/run-eslint';

jest.setTimeout(60_000);

const RULE = 'dsh/no-cross-feature-imports';

/** The lines of `source` that the feature rule reports, when `source` is the file `file`. */
const crossings = (file: string, source: string): number[] =>
  lintAs(file, source)
    .filter((problem) => problem.rule === RULE)
    .map((problem) => problem.line);

describe('lint and imports between features', () => {
  it('refuses an import, a re-export and a lazy import from another feature, resolved from the file', () => {
    const source = [
      "import { ActionItemRow } from '../../../reminders/ActionItemRow';",
      "export { roleLabel } from '../../../people/roles';",
      "export const later = () => import('../../../calendar/CalendarPage');",
      // projects/stages/people/ would be the projects feature's own folder.
      "export { memberWords } from '../../people/member-words';",
      '',
    ].join('\n');
    expect(crossings('renderer/features/projects/stages/active/Sample.tsx', source)).toEqual([1, 2, 3]);
  });

  it('accepts the feature’s own files, components/, app/, db/ and shared/', () => {
    const source = [
      "import { weekPath } from '../model/calendar-paths';",
      "import { SessionTemplateForm } from '../settings/SessionTemplateForm';",
      "import { useToday } from '../../../app/use-today';",
      "import { PersonPicker } from '../../../components/people/PersonPicker';",
      "import { listStaff } from '../../../db/repositories/staff';",
      "import { londonToday } from '../../../../shared/dates';",
      '',
    ].join('\n');
    // calendar/settings/ is the calendar's own folder, not the settings feature.
    expect(crossings('renderer/features/calendar/week/Sample.tsx', source)).toEqual([]);
  });

  it('leaves files outside the features alone (the routes import every feature)', () => {
    const source = "import { DashboardPage } from '../features/dashboard/DashboardPage';\n";
    expect(crossings('renderer/app/Sample.tsx', source)).toEqual([]);
  });
});
