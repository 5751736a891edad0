import { useEffect, useRef, useState } from 'react';
import type { Finding } from '@liveguard/core';
import { findingFromMessage, openStream, type ApiConfig, type StreamStatus } from './api.js';

/** Subscribes to the tenant's finding stream while mounted; `onFinding` sees every finding (deduped by id). */
export function useFindingStream(cfg: ApiConfig, onFinding: (f: Finding) => void, path = '/v1/stream'): StreamStatus | 'off' {
  const [status, setStatus] = useState<StreamStatus | 'off'>('off');
  const cb = useRef(onFinding);
  cb.current = onFinding;
  useEffect(() => {
    if (!cfg.key) { setStatus('off'); return; }
    const seen = new Set<string>();
    return openStream(cfg, {
      onStatus: setStatus,
      onMessage: (m) => {
        const f = findingFromMessage(m);
        if (!f || (f.id && seen.has(f.id))) return;
        if (f.id) seen.add(f.id);
        cb.current(f);
      },
    }, path);
  }, [cfg, path]);
  return status;
}
