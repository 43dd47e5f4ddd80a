/**
 * Booking the core connection, pure TypeScript: the booking rules (`canBook`), cancelling, the sessions of a
 * day, week or month, seat occupancy, free sessions, session instants in London time, and the bank holidays
 * of England and Wales.
 */
export * from './calendar';
export * from './instants';
export * from './sessions';
export * from './facts';
export * from './rules';
export * from './cancel';
export * from './occupancy';
export * from './free-sessions';
export * from './bank-holidays';
export * from './forecast';
export * from './plan';
export * from './group-free-sessions';
export * from './session-week';
