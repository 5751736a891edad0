export { MonitorWorker } from './worker.js';
export type { MonitorWorkerOptions, WorkerStats, FindingsNotice, BatchFindingsWriter } from './worker.js';
