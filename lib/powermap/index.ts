export * from './cards';
export * from './drop';
export * from './forest';
export * from './gaps';
export * from './layout';
export * from './text';
