/** The audit log: appending (inside a write's transaction), recording stand-alone events, verifying, reading. */
export { AUDIT_HEAD_KEY, appendAuditEvent, readAuditHead, recordAuditEvent } from './append';
export type { AuditEntry, AuditHead } from './append';
export { countAuditEvents, historyOf, pageAuditEvents } from './queries';
export type { AuditFilter, AuditPage } from './queries';
export { verifyAuditLog } from './verify';
export type { AuditLogVerdict } from './verify';
