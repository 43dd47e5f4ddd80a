/**
 * Settings: the team, the catalogues (applications, connection types and prices), the organisation and
 * training validity, this installation, and demo data; with a list of the sections at the top.
 */
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { UnsavedFormsProvider } from '../../components/form/unsaved-forms';
import { AboutPanel } from './AboutPanel';
import { ApplicationsPanel } from './ApplicationsPanel';
import { ConnectionTypesPanel } from './ConnectionTypesPanel';
import { DemoDataPanel } from './DemoDataPanel';
import { GeneralSettingsPanel } from './GeneralSettingsPanel';
import { goToSection } from '../../app/go-to-section';
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
  const [params] = useSearchParams();
  const section = params.get('section');
  // Opened at a section (a link from the first-run setup or a hint): after the page header took focus.
  useEffect(() => {
    if (section === null) return;
    const timer = window.setTimeout(() => goToSection(section), 0);
    return () => window.clearTimeout(timer);
  }, [section]);
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
