export * from './attributes';
export * from './deal';
export * from './draft';
export * from './names';
export * from './roles';
export * from './schemas';
export * from './settings';
