export { MonitorWorker } from './worker.js';
export type { MonitorWorkerOptions, WorkerStats, FindingsNotice } from './worker.js';
