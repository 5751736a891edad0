// Fan-out of stored findings to live subscribers (SSE), per tenant.
import type { StoredFinding } from '@liveguard/adapters';

export type FindingListener = (f: StoredFinding) => void;

export class FindingHub {
  private byTenant = new Map<string, Set<FindingListener>>();

  subscribe(tenant: string, l: FindingListener): () => void {
    let s = this.byTenant.get(tenant);
    if (!s) this.byTenant.set(tenant, (s = new Set()));
    s.add(l);
    return () => {
      s!.delete(l);
      if (!s!.size) this.byTenant.delete(tenant);
    };
  }

  publish(findings: readonly StoredFinding[]): void {
    for (const f of findings) {
      const s = this.byTenant.get(f.tenant);
      if (s) for (const l of s) { try { l(f); } catch { /* a broken subscriber must not stop the others */ } }
    }
  }

  get subscribers(): number {
    let n = 0;
    for (const s of this.byTenant.values()) n += s.size;
    return n;
  }
}
