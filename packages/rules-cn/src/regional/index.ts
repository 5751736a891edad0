// Regional packs (Beijing, Zhejiang, Shanghai, …). Owned by the live-monitor work.
import type { RulePack } from '@liveguard/core';

export const regionalPacks: RulePack[] = [];
