/** The sections of the sidebar, in order, with what each is for. */
export interface Section {
  path: string;
  label: string;
  summary: string;
}

export const SECTIONS: readonly Section[] = [
  {
    path: '/dashboard',
    label: 'Dashboard',
    summary: 'Where every project stands, and what needs doing today.',
  },
  { path: '/projects', label: 'Projects', summary: 'Every research project, from enquiry to closure.' },
  { path: '/people', label: 'People', summary: 'Researchers, their training and their access.' },
  { path: '/calendar', label: 'Calendar', summary: 'Bookings of the free core connection.' },
  { path: '/reports', label: 'Reports', summary: 'Figures and exports for managers and auditors.' },
  {
    path: '/certificates',
    label: 'Certificates',
    summary: 'Every certificate of deletion issued, and verification of a certificate file.',
  },
  { path: '/audit', label: 'Audit log', summary: 'Every change, who made it and when.' },
  {
    path: '/settings',
    label: 'Settings',
    summary: 'Staff, catalogues, costs, bookings and this installation.',
  },
];
