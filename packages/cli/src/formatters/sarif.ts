// SARIF 2.1.0, as code-scanning tools accept it.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '@liveguard/core';
import type { Formatter } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export const sarif: Formatter = (results, ctx) => {
  const used = new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)));
  const defs = ctx.rules.filter((r) => used.has(r.meta.id));
  const extra = [...used].filter((id) => !defs.some((d) => d.meta.id === id));
  const ruleIndex = new Map<string, number>();
  const rules = [
    ...defs.map((d) => ({
      id: d.meta.id,
      shortDescription: { text: d.meta.docs.description['zh-CN'] },
      fullDescription: { text: d.meta.docs.description.en },
      ...(d.meta.docs.url ? { helpUri: d.meta.docs.url } : {}),
      defaultConfiguration: { level: LEVEL[d.meta.severity] },
      properties: { binds: d.meta.binds, jurisdiction: d.meta.jurisdiction, basis: d.meta.basis, tags: [d.meta.category ?? 'general'] },
    })),
    ...extra.map((id) => ({ id, shortDescription: { text: id } })),
  ];
  rules.forEach((r, i) => ruleIndex.set(r.id, i));
  const uri = (s: string) => (s === '<stdin>' || s.startsWith('<') ? s : path.isAbsolute(s) ? pathToFileURL(s).href : s.split(path.sep).join('/'));
  const out = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'liveguard', informationUri: 'https://github.com/liveguard/liveguard', version: '0.1.0', rules } },
      columnKind: 'utf16CodeUnits',
      results: results.flatMap((r) => r.findings.map((f: Finding) => ({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: ctx.locale === 'en' ? f.messageEn ?? f.message : f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: uri(r.source) },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.column), charOffset: f.offset, charLength: f.length, ...(f.text ? { snippet: { text: f.text } } : {}) },
          },
        }],
        partialFingerprints: { liveguardFindingId: f.id },
        ...(f.suggestions.length ? { fixes: f.suggestions.filter((s) => s.replacement !== undefined).map((s) => ({
          description: { text: s.desc },
          artifactChanges: [{ artifactLocation: { uri: uri(r.source) }, replacements: [{ deletedRegion: { charOffset: f.offset, charLength: f.length }, insertedContent: { text: s.replacement } }] }],
        })) } : {}),
        properties: { basis: f.basis, ...(f.eventSeq !== undefined ? { eventSeq: f.eventSeq } : {}), ...(f.ts ? { ts: f.ts } : {}) },
      }))),
    }],
  };
  return JSON.stringify(out, null, 2) + '\n';
};
