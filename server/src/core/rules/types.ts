// The shape of a rule: stable metadata (id, category, severity, fix safety, messages, doc) and a check
// over the parsed document. Docs pages and the settings schema are generated from the metadata.
import type { Finding, Severity } from '../findings';
import type { NianbaoConfig } from '../config';
import type { LocalizedText, Report, ReportDocument, Span } from '../model';

export type RuleCategory = 'structure' | 'tables' | 'numbers' | 'dates' | 'citations' | 'parser';
export type FixSafety = 'none' | 'safe' | 'unsafe';

export interface RuleDoc {
  /** What the rule checks. */
  what: LocalizedText;
  /** Why it matters. */
  why: LocalizedText;
  /** A wrong example and the corrected one (Chinese report text). */
  example?: { wrong: string; right: string };
  /** The legal or standard basis (条例, GB/T …, the national format). */
  basis: LocalizedText;
}

export interface RuleMeta {
  /** Stable kebab-case id: never renamed once landed. */
  id: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  fix: FixSafety;
  title: LocalizedText;
  doc: RuleDoc;
}

export interface RuleContext {
  doc: ReportDocument;
  /** The merged configuration (file, settings, flags); rules read options such as local deadlines from it,
   * severities are applied by the engine. */
  config: Readonly<NianbaoConfig>;
  /** Reports the finding; `severity` defaults to the rule's configured severity. */
  report(finding: Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity }): void;
}

export interface Rule {
  meta: RuleMeta;
  /** Called once per report in the document. */
  checkReport?(report: Report, ctx: RuleContext): void;
  /** Called once per document (for checks that are not tied to one report). */
  checkDocument?(ctx: RuleContext): void;
}

export function span(start: number, end: number): Span {
  return { start, end };
}
