export * from './types.js';
export { MemoryStream } from './memory.js';
export type { MemoryStreamOptions } from './memory.js';
export { NatsStream } from './nats.js';
export type { NatsStreamOptions } from './nats.js';
export { StreamDispatcher } from './dispatcher.js';
export type { DispatchBatch, StreamDispatcherOptions } from './dispatcher.js';
