// The in-browser engine: one Engine over every built-in pack, built lazily once and reused for each lint.
import { Engine, type Finding, type RulePack, type LintSettings } from '@liveguard/core';
import { allPacks } from '@liveguard/rules-cn';

let shared: Engine | undefined;
let sharedPacks: RulePack[] | undefined;

export function getEngine(packs: RulePack[] = allPacks): Engine {
  if (!shared || sharedPacks !== packs) {
    shared = new Engine({ packs });
    sharedPacks = packs;
  }
  return shared;
}

export interface LintOutcome { findings: Finding[]; ms: number; error?: string }

/** Lints a script and measures the time the engine took. */
export function lintScript(text: string, settings: LintSettings, packs?: RulePack[]): LintOutcome {
  const t0 = performance.now();
  try {
    const findings = getEngine(packs).lintText(text, { source: 'script', settings });
    return { findings, ms: performance.now() - t0 };
  } catch (e) {
    return { findings: [], ms: performance.now() - t0, error: e instanceof Error ? e.message : String(e) };
  }
}

export function ruleCount(packs: RulePack[] = allPacks): number {
  return packs.reduce((n, p) => n + p.rules.length, 0);
}
