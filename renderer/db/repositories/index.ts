/** Every repository: the only way the UI writes records (each write with its audit event). */
export * from './bookings';
export * from './catalogues';
export * from './certificates';
export * from './change-requests';
export * from './closure';
export * from './counters';
export * from './memberships';
export * from './paging';
export * from './people';
export * from './project-facts';
export * from './project-lists';
export * from './project-moves';
export * from './projects';
export * from './settings';
export * from './setup-tasks';
export * from './staff';
export * from './training';
