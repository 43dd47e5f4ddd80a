/** Settings: for now, what this installation is and where it keeps its data. */
import { PageHeader } from '../../components/PageHeader';
import { AboutPanel } from './AboutPanel';
import { DemoDataPanel } from './DemoDataPanel';

/** The Settings section. */
export function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" description="Staff, catalogues, costs, bookings and this installation." />
      <AboutPanel />
      <DemoDataPanel />
    </>
  );
}
