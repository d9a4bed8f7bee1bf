/** The whole Drizzle schema of Akuntabel, one module per area. */
export * from './enums.ts';
export * from './regions-agencies.ts';
export * from './renstra.ts';
export * from './indicators.ts';
export * from './perjanjian-kinerja.ts';
export * from './realisasi.ts';
export * from './budget.ts';
export * from './narratives.ts';
export * from './sdm.ts';
export * from './social-welfare.ts';
export * from './ikm-akip.ts';
export * from './settings.ts';
export * from './accounts.ts';
export * from './audit.ts';
export * from './workflow.ts';
export * from './review.ts';
