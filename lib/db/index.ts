export * from './accounts';
export * from './persistence';
export * from './schema';
export * from './stakeholders';
