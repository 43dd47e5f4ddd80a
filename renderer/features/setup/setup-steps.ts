/** The words and links of each first-run setup step (the page and the dashboard's reminder share them). */
import type { SetupStep } from '../../db/repositories/first-run';
import { settingsSectionPath } from '../../app/go-to-section';

/** What a step asks for, why, and where it is done. */
export interface SetupStepWords {
  title: string;
  why: string;
  link: { to: string; text: string };
}

/** Each step's words, by id. */
export const SETUP_STEP_WORDS: Record<SetupStep['id'], SetupStepWords> = {
  organisation: {
    title: 'Name your organisation',
    why: 'Its name heads every certificate and project record; training validity and booking limits are set beside it.',
    link: { to: settingsSectionPath('settings-general'), text: 'Organisation and training settings' },
  },
  staff: {
    title: 'Add the DSH team',
    why: 'Every change is recorded against the staff member who made it, and certificates name who destroyed the data.',
    link: { to: settingsSectionPath('settings-staff'), text: 'Staff settings' },
  },
  applications: {
    title: 'List the applications researchers can use',
    why: 'The onboarding form asks which applications a project needs, from this catalogue.',
    link: { to: settingsSectionPath('settings-applications'), text: 'Application catalogue' },
  },
  connections: {
    title: 'Set out the connection types and prices',
    why: 'The onboarding form asks how the project connects; a chargeable connection needs a cost code.',
    link: { to: settingsSectionPath('settings-connections'), text: 'Connection types and prices' },
  },
  sessions: {
    title: 'Set up bookable sessions',
    why: 'Researchers on a connection that needs booking book these sessions in the calendar.',
    link: { to: '/calendar/settings', text: 'Booking settings' },
  },
};

/** Where the first-run setup lives. */
export const SETUP_PATH = '/setup';
