// Route schemas: they validate requests and generate the OpenAPI document (/docs, /docs/json).
import { Type, type Static } from '@sinclair/typebox';

export const ErrorReply = Type.Object({ statusCode: Type.Integer(), error: Type.String(), message: Type.String() }, { $id: 'Error' });

const Loose = { additionalProperties: true } as const;

export const Basis = Type.Object({
  source: Type.String(), title: Type.String(), article: Type.String(),
  evidence: Type.String({ description: 'T article text verified · N official news · S secondary source · M unverified' }), url: Type.Optional(Type.String()),
});
export const Finding = Type.Object({
  id: Type.String(), ruleId: Type.String(), severity: Type.String({ description: 'error | warning | info' }),
  message: Type.String(), messageEn: Type.Optional(Type.String()), source: Type.String(),
  line: Type.Integer(), column: Type.Integer(), endLine: Type.Integer(), endColumn: Type.Integer(), offset: Type.Integer(), length: Type.Integer(),
  text: Type.String(), session: Type.Optional(Type.String()), ts: Type.Optional(Type.String()), eventSeq: Type.Optional(Type.Integer()),
  basis: Type.Array(Basis), suggestions: Type.Array(Type.Object({ desc: Type.String(), descEn: Type.Optional(Type.String()), replacement: Type.Optional(Type.String()) })),
  data: Type.Optional(Type.Record(Type.String(), Type.Unknown())), createdAt: Type.Optional(Type.String()),
}, { $id: 'Finding' });

export const CheckBody = Type.Object({
  text: Type.String({ description: '话术文本（每行一句）或商品 JSON (script text, one utterance per line; or a product JSON with kind=listing)' }),
  kind: Type.Optional(Type.Union([Type.Literal('script'), Type.Literal('listing')])),
  category: Type.Optional(Type.String({ description: 'product category, e.g. food, cosmetics' })),
  region: Type.Optional(Type.String({ pattern: '^\\d{6}$', description: 'GB/T 2260 region code, e.g. 330000' })),
  date: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
});
export type CheckBodyT = Static<typeof CheckBody>;
export const CheckReply = Type.Object({ findings: Type.Array(Type.Ref('Finding')) });

export const Event = Type.Object({
  type: Type.String({ description: 'speech, overlay.show, product.pin, price.change, order, session.end, …' }),
  ts: Type.Optional(Type.Union([Type.String(), Type.Number()])),
  session: Type.Optional(Type.String({ description: 'client reference; the path id wins' })),
}, { ...Loose, $id: 'Event' });

export const CreateSessionBody = Type.Object({
  id: Type.Optional(Type.String({ description: 'your id for the session (generated when absent)' })),
  session: Type.Optional(Type.String({ description: 'client reference' })),
  ts: Type.Optional(Type.Union([Type.String(), Type.Number()])),
  room: Type.Optional(Type.Object({ id: Type.String(), name: Type.Optional(Type.String()), platform: Type.Optional(Type.String()),
    operator: Type.Optional(Type.Object({ name: Type.String(), creditCode: Type.Optional(Type.String()), region: Type.Optional(Type.String()) }, Loose)) }, Loose)),
  hosts: Type.Optional(Type.Array(Type.Object({ id: Type.String(), name: Type.Optional(Type.String()), kind: Type.Union([Type.Literal('human'), Type.Literal('ai')]) }, Loose))),
  agency: Type.Optional(Type.Object({ name: Type.String() }, Loose)),
  audienceRegions: Type.Optional(Type.Array(Type.String())),
}, Loose);
export type CreateSessionBodyT = Static<typeof CreateSessionBody>;

export const Session = Type.Object({
  id: Type.String(), status: Type.String({ description: 'live | ended' }),
  start: Type.Optional(Type.Record(Type.String(), Type.Unknown())), clientRef: Type.Optional(Type.String()),
  createdAt: Type.String(), updatedAt: Type.String(), endedAt: Type.Optional(Type.String()),
  lastSeq: Type.Integer(), headHash: Type.String(), monitoredSeq: Type.Integer(), findingCount: Type.Integer(),
}, { $id: 'Session' });
export const SessionList = Type.Object({ sessions: Type.Array(Type.Ref('Session')) });
export const SessionListQuery = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal('live'), Type.Literal('ended')])),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  before: Type.Optional(Type.String({ description: 'ISO time: sessions created before it (pagination)' })),
});
export const IdParams = Type.Object({ id: Type.String({ maxLength: 128 }) });
export const IngestReply = Type.Object({ accepted: Type.Integer(), lastSeq: Type.Integer() });
export const FindingsQuery = Type.Object({
  severity: Type.Optional(Type.String({ description: 'error, warning, info — comma-separated' })),
  rule: Type.Optional(Type.String()),
  since: Type.Optional(Type.String({ description: 'ISO time or epoch ms' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
});
export const FindingsReply = Type.Object({ findings: Type.Array(Type.Ref('Finding')) });
export const VerifyReply = Type.Object({ ok: Type.Boolean(), checked: Type.Integer(), firstBad: Type.Optional(Type.Integer()), reason: Type.Optional(Type.String()) });
export const ReportQuery = Type.Object({ format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('html')])) });
export const StreamQuery = Type.Object({
  session: Type.Optional(Type.String({ description: 'only findings of this session' })),
  after: Type.Optional(Type.String({ pattern: '^\\d+$', description: 'replay stored findings after this cursor (an event id), then go live; the Last-Event-ID header does the same' })),
});
export const RulesReply = Type.Object({
  rules: Type.Array(Type.Object({
    id: Type.String(), type: Type.String(), severity: Type.String(), jurisdiction: Type.String(), category: Type.Optional(Type.String()),
    binds: Type.Array(Type.String()), description: Type.Object({ 'zh-CN': Type.String(), en: Type.String() }), docs: Type.Optional(Type.String()),
    effective: Type.Optional(Type.String()), basis: Type.Array(Basis),
  })),
});

export const WhoAmI = Type.Object({ tenant: Type.String(), role: Type.String(), keyId: Type.String(), permissions: Type.Array(Type.String()) });
export const KeyRecord = Type.Object({ id: Type.String(), tenant: Type.String(), role: Type.String(), name: Type.Optional(Type.String()), createdAt: Type.String(), revokedAt: Type.Optional(Type.String()) });
export const KeyList = Type.Object({ keys: Type.Array(KeyRecord) });
export const CreateKeyBody = Type.Object({
  role: Type.Union([Type.Literal('admin'), Type.Literal('platform'), Type.Literal('agency'), Type.Literal('merchant')]),
  name: Type.Optional(Type.String({ maxLength: 100 })),
  tenant: Type.Optional(Type.String({ description: 'must be your own tenant (keys for other tenants: liveguard keys create)' })),
});
export const CreatedKey = Type.Object({ key: Type.String({ description: 'the secret, shown only in this answer' }), id: Type.String(), tenant: Type.String(), role: Type.String() });
export const KeyIdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });
export const EventsQuery = Type.Object({
  fromSeq: Type.Optional(Type.Integer({ minimum: 1 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
});
export const EventsReply = Type.Object({
  events: Type.Array(Type.Object({ seq: Type.Integer(), type: Type.String(), ts: Type.Optional(Type.String()), hash: Type.String(), receivedAt: Type.String(),
    event: Type.Record(Type.String(), Type.Unknown()) })),
});
