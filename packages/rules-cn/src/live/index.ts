// Live-session (cross-event, temporal) rules. Owned by the live-monitor work.
import type { RuleDefinition } from '@liveguard/core';

export const liveRules: RuleDefinition[] = [];
