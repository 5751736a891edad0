// Admin: the current key's tenant and role, server health, and API keys (via the API when the server offers it).
import { useCallback, useEffect, useId, useState } from 'react';
import { useI18n } from '../i18n.js';
import { useConnection } from '../connection.js';
import { ApiError, apiFetch, apiJson } from '../lib/api.js';
import { NeedKey } from '../components/StreamStatus.js';

interface KeyRow { id: string; tenant?: string; role?: string; createdAt?: string; revokedAt?: string | null; prefix?: string }
const ROLES = ['admin', 'platform', 'agency', 'merchant'];

export function AdminPage() {
  const { t } = useI18n();
  const { config, who, openSettings } = useConnection();
  const [health, setHealth] = useState<boolean | null>(null);
  const [keys, setKeys] = useState<KeyRow[] | null>(null);
  const [keysApi, setKeysApi] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [tenant, setTenant] = useState('');
  const [role, setRole] = useState('merchant');
  const ids = { tenant: useId(), role: useId() };

  const checkHealth = useCallback(async () => {
    try { await apiFetch({ ...config, key: '' }, '/healthz'); setHealth(true); } catch { setHealth(false); }
  }, [config]);

  const loadKeys = useCallback(async () => {
    if (!config.key) return;
    try {
      const b = await apiJson<unknown>(config, '/v1/keys');
      const arr = (Array.isArray(b) ? b : (b as { keys?: KeyRow[] })?.keys ?? []) as KeyRow[];
      setKeys(arr);
      setKeysApi(true);
      setError(null);
    } catch (e) {
      if (e instanceof ApiError && (e.status === 404 || e.status === 405)) setKeysApi(false);
      else { setKeysApi(false); setError(e instanceof Error ? e.message : String(e)); }
    }
  }, [config]);

  useEffect(() => { void checkHealth(); void loadKeys(); }, [checkHealth, loadKeys]);

  const create = async () => {
    try {
      const b = await apiJson<Record<string, unknown>>(config, '/v1/keys', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ tenant: tenant.trim(), role }),
      });
      setCreated(String(b?.key ?? b?.token ?? ''));
      await loadKeys();
    } catch (e) { setError(e instanceof Error ? e.message : String(e)); }
  };
  const revoke = async (id: string) => {
    try { await apiFetch(config, `/v1/keys/${encodeURIComponent(id)}`, { method: 'DELETE' }); await loadKeys(); }
    catch (e) { setError(e instanceof Error ? e.message : String(e)); }
  };

  const tenants = [...new Set((keys ?? []).map((k) => k.tenant).filter(Boolean))] as string[];

  return (
    <div className="admin">
      <div className="page-head"><h1>{t('adminTitle')}</h1><p className="intro">{t('adminIntro')}</p></div>
      <section className="card" aria-labelledby="conn-h">
        <h2 id="conn-h" className="section-title">{t('currentKey')}</h2>
        {config.key ? (
          <dl className="kv">
            <dt>{t('apiKey')}</dt><dd><code>••••{config.key.slice(-4)}</code></dd>
            <dt>{t('tenant')}</dt><dd data-testid="admin-tenant">{who?.tenant ?? '—'}</dd>
            <dt>{t('role')}</dt><dd data-testid="admin-role">{who?.role ?? '—'}</dd>
            <dt>{t('serverUrl')}</dt><dd>{config.baseUrl || location.origin}</dd>
            <dt>{t('health')}</dt><dd>{health === null ? '…' : health ? <span className="ok">{t('healthOk')}</span> : <span className="error">{t('healthDown')}</span>}</dd>
          </dl>
        ) : <NeedKey onOpen={openSettings} />}
        <div className="toolbar">
          <button type="button" className="btn" onClick={openSettings}>{t('settings')}</button>
          <button type="button" className="btn" onClick={() => void checkHealth()}>{t('checkHealth')}</button>
        </div>
      </section>
      <section className="card" aria-labelledby="keys-h">
        <h2 id="keys-h" className="section-title">{t('keys')}</h2>
        {error ? <p className="error" role="alert">{error}</p> : null}
        {keysApi && keys ? (
          <>
            <table className="keys-table">
              <thead><tr><th scope="col">{t('keyId')}</th><th scope="col">{t('tenant')}</th><th scope="col">{t('role')}</th><th scope="col">{t('created')}</th><th scope="col"><span className="sr-only">{t('revokeKey')}</span></th></tr></thead>
              <tbody>
                {keys.map((k) => (
                  <tr key={k.id}>
                    <td><code>{k.prefix ?? k.id}</code></td><td>{k.tenant ?? '—'}</td><td>{k.role ?? '—'}</td><td>{k.createdAt ?? '—'}</td>
                    <td>{k.revokedAt ? '—' : <button type="button" className="btn small danger" onClick={() => void revoke(k.id)}>{t('revokeKey')}</button>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <form className="toolbar" onSubmit={(e) => { e.preventDefault(); void create(); }}>
              <label htmlFor={ids.tenant}>{t('tenant')}</label>
              <input id={ids.tenant} value={tenant} onChange={(e) => setTenant(e.target.value)} required />
              <label htmlFor={ids.role}>{t('role')}</label>
              <select id={ids.role} value={role} onChange={(e) => setRole(e.target.value)}>{ROLES.map((r) => <option key={r}>{r}</option>)}</select>
              <button type="submit" className="btn primary">{t('createKey')}</button>
            </form>
            {created ? <p role="status">{t('keyCreated')} <code className="secret">{created}</code></p> : null}
            {tenants.length ? <p className="sub">{t('tenants')}{t('colon')}{tenants.join(', ')}</p> : null}
          </>
        ) : (
          <>
            <p>{t('keyManagementCli')}</p>
            <pre className="cli" data-testid="cli-commands">{`liveguard keys create --tenant <租户/tenant> --role admin|platform|agency|merchant   # 新密钥打印在最后一行 (printed on its last line)
liveguard keys list [--tenant <租户/tenant>] [--format json]
liveguard keys revoke <KEY_ID>
# 使用与服务器相同的存储 (same store as the server): --db FILE 或 DATABASE_URL`}</pre>
          </>
        )}
      </section>
    </div>
  );
}
