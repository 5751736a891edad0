// Retention: live records are kept 3 years by default (the national live e-commerce supervision measures'
// minimum), then whole sessions — events, findings — are deleted. Nothing else ever deletes evidence.
import type { RetentionResult, Storage } from '@liveguard/adapters';

export const DEFAULT_RETENTION_DAYS = 3 * 365 + 1;

export function retentionCutoff(days: number, now = Date.now()): string {
  return new Date(now - days * 86_400_000).toISOString();
}

export async function runRetention(store: Storage, o: { days?: number; dryRun?: boolean; now?: number } = {}): Promise<RetentionResult & { cutoff: string }> {
  const days = o.days ?? DEFAULT_RETENTION_DAYS;
  if (!(days > 0)) throw new Error(`retention must be a positive number of days (got ${days})`);
  const cutoff = retentionCutoff(days, o.now);
  const r = await store.purgeBefore(cutoff, { dryRun: o.dryRun });
  return { ...r, cutoff };
}

/** Schedules retention in a running server (first run after `firstMs`, then every `everyMs`). */
export function scheduleRetention(store: Storage, o: { days?: number; everyMs?: number; firstMs?: number; log?: (m: string) => void }): () => void {
  const run = async () => {
    try {
      const r = await runRetention(store, { days: o.days });
      if (r.sessions) o.log?.(`retention: deleted ${r.sessions} sessions (${r.events} events, ${r.findings} findings) older than ${r.cutoff}`);
    } catch (e) { o.log?.(`retention failed: ${(e as Error).message}`); }
  };
  const first = setTimeout(run, o.firstMs ?? 60_000);
  const every = setInterval(run, o.everyMs ?? 6 * 3_600_000);
  first.unref(); every.unref();
  return () => { clearTimeout(first); clearInterval(every); };
}
