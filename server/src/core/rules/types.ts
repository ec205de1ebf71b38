// The shape of a rule: stable metadata (id, category, severity, fix safety, messages, doc) and a check
// over the parsed document. Docs pages and the settings schema are generated from the metadata.
import type { Finding, Severity } from '../findings';
import type { NianbaoConfig } from '../config';
import type { LocalizedText, Report, ReportDocument, ReportKind, Span } from '../model';

export type RuleCategory = 'structure' | 'tables' | 'numbers' | 'dates' | 'citations' | 'punctuation' | 'parser';
/**
 * The fixes a rule emits (test/unit/fixSafety.test.ts holds it to this): `none` emits none; `safe` emits safe
 * fixes (applied by fix-all and on save), maybe offered ones too; `unsafe` emits only offered ones.
 */
export type FixSafety = 'none' | 'safe' | 'unsafe';

export interface RuleDoc {
  /** What the rule checks. */
  what: LocalizedText;
  /** Why it matters. */
  why: LocalizedText;
  /** A wrong example and the corrected one. */
  example?: RuleExample;
  /** The legal or standard basis (条例, GB/T …, the national format). */
  basis: LocalizedText;
}

/**
 * Report text the doc page shows, and that test/unit/ruleExamples.test.ts checks: `wrong` gives a finding
 * of the rule, `right` none.
 */
export interface RuleExample {
  wrong: string;
  right: string;
  /** What to look at, when the text alone does not say it (shown under the example). */
  note?: LocalizedText;
  /** The report the example is checked in when it is an excerpt; without it the text alone is the document. */
  context?: ExampleContext;
}

/**
 * A whole report around an excerpt: the report skeleton of the templates (every required part in order,
 * national tables of zeros, a signature) for this kind and report year; its format follows from the year.
 */
export interface ExampleContext {
  kind: ReportKind;
  year: number;
  /** The example replaces the one skeleton line that contains this text; without it, it is a paragraph after the title. */
  replacesLine?: string;
  /** Skeleton lines both documents change alike (e.g. other rows of the table): the line containing `line` becomes `text`. */
  alsoChanged?: Array<{ line: string; text: string }>;
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
