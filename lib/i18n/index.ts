/** Everything Rolecall says in the six languages: labels, gap explanations, questions, talking points. */
export * from './attributes';
export * from './brief';
export * from './deal';
export * from './gaps';
export * from './localized';
export * from './questions';
export * from './roles';
export * from './talking-points';
export * from './ui';
