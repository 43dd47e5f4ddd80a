/**
 * Settings: the team, the catalogues (applications, connection types and prices), the organisation and
 * training validity, this installation, and demo data; with a list of the sections at the top.
 */
import { PageHeader } from '../../components/PageHeader';
import { UnsavedFormsProvider } from '../../components/form/unsaved-forms';
import { AboutPanel } from './AboutPanel';
import { ApplicationsPanel } from './ApplicationsPanel';
import { ConnectionTypesPanel } from './ConnectionTypesPanel';
import { DemoDataPanel } from './DemoDataPanel';
import { GeneralSettingsPanel } from './GeneralSettingsPanel';
import { SettingsContents } from './SettingsContents';
import { StaffPanel } from './StaffPanel';
import './settings.css';

/** The sections of the page, in order, for its contents list. */
const SECTIONS = [
  { id: 'settings-staff', title: 'Staff' },
  { id: 'settings-applications', title: 'Application catalogue' },
  { id: 'settings-connections', title: 'Connection types and prices' },
  { id: 'settings-general', title: 'Organisation and training' },
  { id: 'about-heading', title: 'About this installation' },
  { id: 'demo-heading', title: 'Demo data' },
];

/** Settings kept on pages of their own, next to what they govern. */
const PAGES = [
  { to: '/calendar/settings', title: 'Bookings: sessions, blackout dates and limits' },
  { to: '/settings/backups', title: 'Backups' },
  { to: '/settings/team', title: 'Team: share records through a team server' },
  { to: '/settings/import', title: 'Import from a spreadsheet' },
];

/** The Settings section. */
export function SettingsPage() {
  return (
    <UnsavedFormsProvider>
      <PageHeader title="Settings" description="Staff, catalogues, costs, training and this installation." />
      <SettingsContents sections={SECTIONS} pages={PAGES} />
      <StaffPanel />
      <ApplicationsPanel />
      <ConnectionTypesPanel />
      <GeneralSettingsPanel />
      <AboutPanel />
      <DemoDataPanel />
    </UnsavedFormsProvider>
  );
}
