/**
 * The figures behind the dashboard, the reminders and the reports: pure functions over plain records, each
 * report returning rows for a chart and an accessible table, with the columns for a CSV export.
 * Import from `shared/domain/reports`.
 */
export * from './calendar';
export * from './statistics';
export * from './table';
export * from './deadlines';
export * from './pipeline';
export * from './action-types';
export * from './action-items';
export * from './stages-over-time';
export * from './days-in-stage';
export * from './enquiries';
export * from './utilisation';
export * from './compliance';
export * from './costs';
