export * from './accounts';
export * from './erase-account';
export * from './persistence';
export * from './schema';
export * from './settings';
export * from './stakeholders';
