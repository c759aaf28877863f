export * from './roles';
export * from './locale';
export * from './error-codes';
export * from './program-vocabulary';
export * from './kpi';
export * from './search-terms';
