export * from './generate';
export * from './reconcile';
