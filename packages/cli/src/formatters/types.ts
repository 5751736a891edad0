import type { LintResult, Locale, RuleDefinition } from '@liveguard/core';

export interface FormatContext { locale: Locale; color: boolean; rules: RuleDefinition[]; cwd: string }
export type Formatter = (results: LintResult[], ctx: FormatContext) => string;
