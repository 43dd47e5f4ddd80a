/**
 * The DSH domain, pure TypeScript: stages and their gates, moves between stages, readiness, references,
 * costing, and the zod schemas of every record and form. Import from `shared/domain`.
 */
export * from './schemas';
export * from './stages';
export * from './facts';
export * from './readiness';
export * from './closure-checklist';
export * from './certificate-status';
export * from './gates';
export * from './gate-items';
export * from './transitions';
export * from './references';
export * from './costing';
export * from './certificate-fingerprint';
export * from './email-drafts';
export * from './renewal-draft';
export * from './bookings';
export * from './retention';
export * from './person-names';
export * from './change-request-rules';
export * from './starter-catalogue';
