-- Liveguard storage, version 1 (PostgreSQL). Events are append-only evidence: no UPDATE or DELETE of
-- events except by retention (whole sessions). Bodies are TEXT, not jsonb: the hash chain covers the exact
-- canonical bytes, which jsonb would reformat.
CREATE TABLE api_keys (
  id          TEXT PRIMARY KEY,
  tenant      TEXT NOT NULL,
  role        TEXT NOT NULL CHECK (role IN ('admin', 'platform', 'agency', 'merchant')),
  hash        TEXT NOT NULL UNIQUE,
  name        TEXT,
  created_at  TEXT NOT NULL,
  revoked_at  TEXT
);
CREATE INDEX api_keys_tenant ON api_keys (tenant);

CREATE TABLE sessions (
  id             TEXT PRIMARY KEY,
  tenant         TEXT NOT NULL,
  status         TEXT NOT NULL DEFAULT 'live',
  start          TEXT,
  client_ref     TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  ended_at       TEXT,
  last_seq       INTEGER NOT NULL DEFAULT 0,
  head_hash      TEXT NOT NULL,
  monitored_seq  INTEGER NOT NULL DEFAULT 0,
  finding_count  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sessions_tenant_created ON sessions (tenant, created_at);
CREATE INDEX sessions_updated ON sessions (updated_at);

CREATE TABLE events (
  session      TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  seq          INTEGER NOT NULL,
  type         TEXT NOT NULL,
  ts           TEXT,
  body         TEXT NOT NULL,
  prev_hash    TEXT NOT NULL,
  hash         TEXT NOT NULL,
  received_at  TEXT NOT NULL,
  PRIMARY KEY (session, seq)
);

CREATE TABLE findings (
  cursor      BIGSERIAL PRIMARY KEY,
  session     TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  id          TEXT NOT NULL,
  tenant      TEXT NOT NULL,
  rule_id     TEXT NOT NULL,
  severity    TEXT NOT NULL,
  event_seq   INTEGER,
  ts          TEXT,
  body        TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  UNIQUE (session, id)
);
CREATE INDEX findings_session_seq ON findings (session, event_seq);
CREATE INDEX findings_tenant_cursor ON findings (tenant, cursor);
