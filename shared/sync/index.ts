/** Team sync through a CouchDB server: the client, document mapping, merge, push, pull and server setup. */
export * from './errors';
export * from './http';
export * from './couch-client';
export * from './synced-types';
export * from './documents';
export * from './merge';
export * from './push';
export * from './pull';
export * from './server-setup';
export * from './number-counters';
