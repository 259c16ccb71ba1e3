export * from './crossChecks.js';
export * from './history.js';
export * from './labels.js';
export * from './score.js';
export * from './types.js';
export * from './validate.js';
export * from './versions.js';
