// Findings: what the checker reports, before any adapter turns them into LSP diagnostics or CLI lines:
// the parser's own problems, then what the rules find.
import type { LocalizedText, ReportDocument, Span } from './model';
import { runRules, type RuleConfig, type RuleTiming } from './rules/engine';
import { applySuppressions } from './suppressions';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedSpan extends Span {
  message: LocalizedText;
}

/** Replace `start`–`end` (UTF-16 offsets into the checked text) with `newText`. */
export interface TextEdit extends Span {
  newText: string;
}

/** A way to fix a finding. Only `safe` fixes are applied without the writer choosing them (fix all, on save). */
export interface Fix {
  title: LocalizedText;
  edits: TextEdit[];
  safe: boolean;
}

export interface Finding extends Span {
  ruleId: string;
  severity: Severity;
  message: LocalizedText;
  related?: RelatedSpan[];
  /** Fixes the rule offers, best first. */
  fixes?: Fix[];
}

export function collectFindings(doc: ReportDocument, config: RuleConfig = {}, timings?: RuleTiming[]): Finding[] {
  const findings: Finding[] = doc.problems.map((p) => ({
    ruleId: p.code,
    severity: p.severity,
    message: p.message,
    start: p.start,
    end: p.end,
  }));
  for (const f of runRules(doc, config, timings)) findings.push(f);
  return applySuppressions(findings, doc.text, doc.lineStarts).sort((a, b) => a.start - b.start || a.end - b.end);
}

export type Language = 'zh' | 'en';

export function localize(text: LocalizedText, lang: Language): string {
  return lang === 'en' ? text.en : text.zh;
}
