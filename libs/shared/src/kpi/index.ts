export * from './project-health';
