import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStorage } from '@liveguard/adapters';
import { cli, tmpdir } from './helpers.js';

describe('liveguard retention', () => {
  it('deletes only sessions older than the retention period, and a dry run deletes nothing', async () => {
    const db = path.join(tmpdir(), 'ret.db');
    const store = await openStorage({ file: db });
    await store.migrate();
    const old = new Date(Date.now() - 4 * 365 * 86_400_000).toISOString();
    await store.createSession({ id: 'old-room', tenant: 't', createdAt: old });
    await store.appendEvents('old-room', [{ type: 'speech', ts: old, text: '旧的直播' }], old);
    await store.createSession({ id: 'new-room', tenant: 't' });
    await store.appendEvents('new-room', [{ type: 'speech', ts: Date.now(), text: '新的直播' }]);
    await store.close();

    const dry = await cli(['retention', '--dry-run', '--db', db]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/sessions=1/);
    const s1 = await openStorage({ file: db });
    expect(await s1.getSession('old-room')).toBeDefined();
    await s1.close();

    const r = await cli(['retention', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/sessions=1/);
    const s2 = await openStorage({ file: db });
    expect(await s2.getSession('old-room')).toBeUndefined();
    expect(await s2.getSession('new-room')).toBeDefined();
    await s2.close();

    const bad = await cli(['retention', '--days', 'x', '--db', db]);
    expect(bad.code).toBe(2);
  });
});
