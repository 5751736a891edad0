export * from './storage/index.js';
export * from './stream/index.js';
export * from './worker/index.js';
