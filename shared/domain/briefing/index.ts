/** The Monday briefing, pure TypeScript: which week it covers and what it lists. Import from `shared/domain/briefing`. */
export * from './week';
export * from './briefing';
