// Sessions: creation, state, findings, reports, evidence bundles. Every read is scoped by tenant; a
// session of another tenant is "not found" (404), never "forbidden", so ids do not leak.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as core from '@liveguard/core';
import type { Engine, Finding, LiveEvent } from '@liveguard/core';
import { renderReportHtml } from '../report/html.js';
import {
  GENESIS_HASH, NotFoundError, canonicalJson, sha256Hex, type FindingFilter, type SessionRecord, type Storage, type StoredFinding,
  type VerifyResult,
} from '@liveguard/adapters';
import { BadInputError } from './body.js';
import type { IngestService } from './ingest.js';

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const START_FIELDS = ['room', 'hosts', 'agency', 'audienceRegions'] as const;

export function newSessionId(): string {
  return 'ses_' + Date.now().toString(36) + randomBytes(5).toString('hex');
}

export interface CreateSessionInput {
  id?: string;
  session?: string;
  ts?: string | number;
  room?: unknown;
  hosts?: unknown;
  agency?: unknown;
  audienceRegions?: unknown;
  [k: string]: unknown;
}

export class SessionService {
  constructor(private readonly store: Storage, private readonly ingest: IngestService) {}

  /**
   * Creates a session for the tenant. The `session.start` fields given are stored with the session and
   * appended as its first event (seq 1), so the monitor and the evidence log both see them.
   */
  async create(tenant: string, input: CreateSessionInput = {}): Promise<SessionRecord> {
    const id = input.id ?? newSessionId();
    if (typeof id !== 'string' || !ID_RE.test(id)) throw new BadInputError(`会话 id 无效 (invalid session id "${String(id)}": letters, digits, . _ : -, up to 128)`);
    const start: Record<string, unknown> = {};
    for (const k of START_FIELDS) if (input[k] !== undefined) start[k] = input[k];
    const clientRef = typeof input.session === 'string' && input.session !== id ? input.session : undefined;
    const rec = await this.store.createSession({ id, tenant, start: Object.keys(start).length ? start : undefined, clientRef });
    if (Object.keys(start).length) {
      const { id: _i, session: _s, ...rest } = input;
      const ev = { ...rest, type: 'session.start', ts: input.ts ?? new Date().toISOString() } as LiveEvent;
      await this.ingest.ingest(tenant, id, [ev]);
      // the response reports the stored state
      return (await this.store.getSession(id))!;
    }
    return rec;
  }

  async get(tenant: string, id: string): Promise<SessionRecord> {
    const s = await this.store.getSession(id, tenant);
    if (!s) throw new NotFoundError(`会话不存在 (session ${id} not found)`);
    return s;
  }

  list(tenant: string, o: { status?: 'live' | 'ended'; limit?: number; before?: string } = {}): Promise<SessionRecord[]> {
    return this.store.listSessions({ tenant, status: o.status, limit: Math.min(o.limit ?? 50, 500), before: o.before });
  }

  async findings(tenant: string, id: string, f: FindingFilter = {}): Promise<StoredFinding[]> {
    await this.get(tenant, id);
    return this.store.listFindings(id, f);
  }

  async verify(tenant: string, id: string): Promise<VerifyResult> {
    await this.get(tenant, id);
    return this.store.verifySession(id);
  }

  async report(tenant: string, id: string): Promise<SessionReport> {
    const session = await this.get(tenant, id);
    const findings = await this.store.listFindings(id);
    const bySeverity: Record<string, number> = { error: 0, warning: 0, info: 0 };
    const byRule: Record<string, number> = {};
    for (const f of findings) {
      bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
      byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
    }
    const verify = await this.store.verifySession(id);
    return { session, summary: { events: session.lastSeq, findings: findings.length, bySeverity, byRule }, verify, findings };
  }

  /**
   * HTML report: core's report generator (timeline chart, transcript with highlighted spans) when this core
   * has it, else a plain table with the chain status.
   */
  async reportHtml(report: SessionReport): Promise<string> {
    const render = (core as { renderHtmlReport?: (i: { source: string; events: readonly LiveEvent[]; findings: readonly Finding[]; title?: string }) => string }).renderHtmlReport;
    if (!render) return renderReportHtml(report);
    const events = (await this.store.readEvents(report.session.id)).map((e) => JSON.parse(e.body) as LiveEvent);
    const chain = report.verify.ok
      ? `<p>证据链完整 Evidence chain intact: ${report.verify.checked} events · head <code>${report.session.headHash}</code></p>`
      : `<p style="color:#b00020">证据链异常 Evidence chain broken at seq ${report.verify.firstBad}: ${report.verify.reason ?? ''}</p>`;
    return render({ source: report.session.id, events, findings: report.findings, title: `直播合规报告 ${report.session.id}` }).replace('</body>', `${chain}</body>`);
  }

  /** The evidence bundle: everything a third party needs to re-check the chain (docs/evidence.md). */
  async bundle(tenant: string, id: string, engine: Engine): Promise<EvidenceBundle> {
    const session = await this.get(tenant, id);
    const events = await this.store.readEvents(id);
    const findings = await this.store.listFindings(id);
    const { tenant: _t, ...sessionPublic } = session;
    return {
      format: 'liveguard-evidence-bundle',
      version: 1,
      generatedAt: new Date().toISOString(),
      chain: {
        algorithm: 'sha256',
        canonicalization: 'JSON with object keys sorted by UTF-16 code units, no whitespace (RFC 8785 style)',
        formula: 'h_n = hex(SHA-256(utf8(h_{n-1} + body_n))), h_0 = genesis',
        genesis: GENESIS_HASH,
      },
      session: sessionPublic,
      rules: rulesManifest(engine),
      events: events.map((e) => ({ seq: e.seq, hash: e.hash, prevHash: e.prevHash, receivedAt: e.receivedAt, body: e.body })),
      findings: findings.map(({ cursor: _c, tenant: _tt, ...f }) => f),
      head: { seq: session.lastSeq, hash: session.headHash },
    };
  }
}

export interface SessionReport {
  session: SessionRecord;
  summary: { events: number; findings: number; bySeverity: Record<string, number>; byRule: Record<string, number> };
  verify: VerifyResult;
  findings: StoredFinding[];
}

export interface EvidenceBundle {
  format: 'liveguard-evidence-bundle';
  version: 1;
  generatedAt: string;
  chain: { algorithm: 'sha256'; canonicalization: string; formula: string; genesis: string };
  session: Omit<SessionRecord, 'tenant'>;
  rules: RulesManifest;
  events: { seq: number; hash: string; prevHash: string; receivedAt: string; body: string }[];
  findings: Omit<StoredFinding, 'cursor' | 'tenant'>[];
  head: { seq: number; hash: string };
}

export interface RulesManifest {
  packages: Record<string, string>;
  /** SHA-256 of the canonical JSON of `rules`: one value that pins the exact rule set. */
  fingerprint: string;
  rules: { id: string; severity: string; effective?: string; jurisdiction: string; basis: { source: string; article: string; evidence: string }[] }[];
}

let versions: Record<string, string> | undefined;
function packageVersions(): Record<string, string> {
  if (versions) return versions;
  versions = {};
  for (const name of ['@liveguard/core', '@liveguard/rules-cn', '@liveguard/server']) {
    try {
      const main = fileURLToPath(import.meta.resolve(name));
      const pkg = JSON.parse(readFileSync(main.replace(/[\\/]dist[\\/].*$/, '/package.json'), 'utf8')) as { version?: string };
      versions[name] = pkg.version ?? 'unknown';
    } catch { versions[name] = 'unknown'; }
  }
  return versions;
}

const manifests = new WeakMap<Engine, RulesManifest>();
export function rulesManifest(engine: Engine): RulesManifest {
  let m = manifests.get(engine);
  if (m) return m;
  const rules = engine.rules.map((r) => ({
    id: r.def.meta.id, severity: r.severity, ...(r.effective ? { effective: r.effective } : {}), jurisdiction: r.def.meta.jurisdiction,
    basis: r.basis.map((b) => ({ source: b.source, article: b.article, evidence: b.evidence })),
  }));
  m = { packages: packageVersions(), fingerprint: sha256Hex(canonicalJson(rules)), rules };
  manifests.set(engine, m);
  return m;
}
