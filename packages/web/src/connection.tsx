// The server connection: API key + base URL (localStorage) and who the key belongs to.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { apiJson, loadConfig, saveConfig, type ApiConfig, type WhoAmI } from './lib/api.js';

interface Connection {
  config: ApiConfig;
  setConfig: (c: ApiConfig) => void;
  who: WhoAmI | null;
  settingsOpen: boolean;
  openSettings: () => void;
  closeSettings: () => void;
}

const Ctx = createContext<Connection | null>(null);

/** Tries the identity endpoints a server may offer; the v1 contract names none, so absence is fine. */
async function fetchWho(cfg: ApiConfig): Promise<WhoAmI | null> {
  for (const path of ['/v1/whoami', '/v1/me', '/v1/auth']) {
    try {
      const b = await apiJson<Record<string, unknown>>(cfg, path);
      if (b && typeof b === 'object') {
        const k = (b.key ?? b) as Record<string, unknown>;
        return { tenant: (b.tenant ?? k.tenant) as string | undefined, role: (b.role ?? k.role) as string | undefined, keyId: (k.id ?? b.keyId) as string | undefined };
      }
    } catch { /* try the next */ }
  }
  return null;
}

export function ConnectionProvider({ children, initial }: { children: ReactNode; initial?: ApiConfig }) {
  const [config, setConfigState] = useState<ApiConfig>(() => initial ?? loadConfig());
  const [who, setWho] = useState<WhoAmI | null>(null);
  const [settingsOpen, setOpen] = useState(false);
  const setConfig = useCallback((c: ApiConfig) => { saveConfig(c); setConfigState(c); }, []);
  useEffect(() => {
    setWho(null);
    if (!config.key) return;
    let live = true;
    void fetchWho(config).then((w) => { if (live) setWho(w); });
    return () => { live = false; };
  }, [config]);
  const value = useMemo(
    () => ({ config, setConfig, who, settingsOpen, openSettings: () => setOpen(true), closeSettings: () => setOpen(false) }),
    [config, setConfig, who, settingsOpen],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useConnection(): Connection {
  const c = useContext(Ctx);
  if (!c) throw new Error('useConnection outside ConnectionProvider');
  return c;
}
