// Prometheus text exposition, hand-written: a few counters and one histogram need no client library.
const BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class Metrics {
  eventsIngested = 0;
  ingestBatches = 0;
  private findings = new Map<string, number>();
  private durations = new Map<string, { counts: number[]; sum: number; n: number }>();
  private requests = new Map<string, number>();
  sseClients = () => 0;

  countFindings(severity: string, n = 1): void {
    this.findings.set(severity, (this.findings.get(severity) ?? 0) + n);
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    const k = `method="${method}",route="${route.replace(/"/g, '')}"`;
    let d = this.durations.get(k);
    if (!d) this.durations.set(k, (d = { counts: BUCKETS.map(() => 0), sum: 0, n: 0 }));
    for (let i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]) d.counts[i]++;
    d.sum += seconds;
    d.n++;
    const rk = `${k},status="${status}"`;
    this.requests.set(rk, (this.requests.get(rk) ?? 0) + 1);
  }

  render(): string {
    const out: string[] = [];
    out.push('# HELP liveguard_events_ingested_total Events accepted and stored.', '# TYPE liveguard_events_ingested_total counter', `liveguard_events_ingested_total ${this.eventsIngested}`);
    out.push('# HELP liveguard_ingest_batches_total Ingest requests (batches) accepted.', '# TYPE liveguard_ingest_batches_total counter', `liveguard_ingest_batches_total ${this.ingestBatches}`);
    out.push('# HELP liveguard_findings_total Findings stored, by severity.', '# TYPE liveguard_findings_total counter');
    for (const s of ['error', 'warning', 'info']) out.push(`liveguard_findings_total{severity="${s}"} ${this.findings.get(s) ?? 0}`);
    out.push('# HELP liveguard_http_requests_total HTTP requests by route and status.', '# TYPE liveguard_http_requests_total counter');
    for (const [k, v] of this.requests) out.push(`liveguard_http_requests_total{${k}} ${v}`);
    out.push('# HELP liveguard_http_request_duration_seconds HTTP request durations.', '# TYPE liveguard_http_request_duration_seconds histogram');
    for (const [k, d] of this.durations) {
      BUCKETS.forEach((b, i) => out.push(`liveguard_http_request_duration_seconds_bucket{${k},le="${b}"} ${d.counts[i]}`));
      out.push(`liveguard_http_request_duration_seconds_bucket{${k},le="+Inf"} ${d.n}`);
      out.push(`liveguard_http_request_duration_seconds_sum{${k}} ${d.sum}`);
      out.push(`liveguard_http_request_duration_seconds_count{${k}} ${d.n}`);
    }
    out.push('# HELP liveguard_sse_clients Connected SSE clients.', '# TYPE liveguard_sse_clients gauge', `liveguard_sse_clients ${this.sseClients()}`);
    return out.join('\n') + '\n';
  }
}
