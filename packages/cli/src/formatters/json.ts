import type { Formatter } from './types.js';

export const json: Formatter = (results) => JSON.stringify(results, null, 2) + '\n';
