// API keys and roles. A key is shown once at creation; the store keeps only its SHA-256.
import { randomBytes } from 'node:crypto';
import { ROLES, sha256Hex, type ApiKeyRecord, type Role, type Storage } from '@liveguard/adapters';

export type Permission =
  | 'check' | 'rules:read' | 'sessions:read' | 'sessions:write' | 'evidence:read' | 'stream:read' | 'keys:manage';

/** Role → permissions (documented in docs/api.md). All of them are confined to the key's own tenant. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ['check', 'rules:read', 'sessions:read', 'sessions:write', 'evidence:read', 'stream:read', 'keys:manage'],
  platform: ['check', 'rules:read', 'sessions:read', 'sessions:write', 'evidence:read', 'stream:read'],
  agency: ['check', 'rules:read', 'sessions:read', 'sessions:write', 'evidence:read', 'stream:read'],
  merchant: ['check', 'rules:read', 'sessions:read', 'stream:read'],
};

export function can(role: Role, p: Permission): boolean {
  return ROLE_PERMISSIONS[role]?.includes(p) ?? false;
}

export function isRole(r: string): r is Role {
  return (ROLES as readonly string[]).includes(r);
}

const TENANT_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export class KeyError extends Error {
  constructor(message: string) { super(message); this.name = 'KeyError'; }
}

/** Creates a key for a tenant and role; returns the secret (shown once) and the stored record. */
export async function createApiKey(store: Storage, o: { tenant: string; role: string; name?: string }): Promise<{ key: string; record: ApiKeyRecord }> {
  if (!TENANT_RE.test(o.tenant)) throw new KeyError(`租户名无效 (invalid tenant "${o.tenant}": use letters, digits, . _ -, up to 64)`);
  if (!isRole(o.role)) throw new KeyError(`角色无效 (invalid role "${o.role}": one of ${ROLES.join(', ')})`);
  const key = 'lg_' + randomBytes(24).toString('base64url');
  const record = await store.createKey({ id: 'key_' + randomBytes(6).toString('hex'), tenant: o.tenant, role: o.role, hash: sha256Hex(key), name: o.name });
  return { key, record };
}

export interface Principal { keyId: string; tenant: string; role: Role }

/**
 * Resolves a secret key to its principal. Lookups are cached for `ttlMs` (default 5 s), so a revoked key
 * stops working within that time in every server process.
 */
export class KeyResolver {
  private cache = new Map<string, { p: Principal | undefined; until: number }>();
  constructor(private readonly store: Storage, private readonly ttlMs = 5000) {}

  /** Drops cached lookups (after a revocation through the API: effective at once in this process). */
  forget(): void { this.cache.clear(); }

  async resolve(key: string): Promise<Principal | undefined> {
    const hash = sha256Hex(key);
    const now = Date.now();
    const c = this.cache.get(hash);
    if (c && c.until > now) return c.p;
    const rec = await this.store.findKeyByHash(hash);
    const p = rec ? { keyId: rec.id, tenant: rec.tenant, role: rec.role } : undefined;
    if (this.cache.size > 10_000) this.cache.clear();
    // Unknown keys are cached briefly too, so guessing costs no database round trip each time.
    this.cache.set(hash, { p, until: now + (p ? this.ttlMs : 1000) });
    return p;
  }
}
