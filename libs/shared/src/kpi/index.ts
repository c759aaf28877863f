export * from './project-health';
export * from './activation';
export * from './usage-markers';
export * from './program-kpis';
export * from './tier-evidence';
export * from './tier-evidence-rows';
