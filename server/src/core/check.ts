// Checking a parsed document: the parser's own problems, then what the rules find, less what inline
// comments suppress, in document order.
import type { NianbaoConfig } from './config';
import type { Finding } from './findings';
import type { ReportDocument } from './model';
import { runRules, type RuleTiming } from './rules/engine';
import { applySuppressions } from './suppressions';

export function collectFindings(doc: ReportDocument, config: Readonly<NianbaoConfig> = {}, timings?: RuleTiming[]): Finding[] {
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
