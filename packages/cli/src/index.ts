export { main, HELP } from './main.js';
export { UserError } from './errors.js';
export { formatters } from './formatters/index.js';
export { decodeBytes, sniffEncoding } from './inputs/decode.js';
export * from './inputs/formats.js';
export type { Io } from './io.js';
