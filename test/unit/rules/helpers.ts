// Runs the checker the way the CLI does and picks out one rule's findings, with 1-based lines.
import { collectFindings, parseDocument, positionAt, type Finding, type ParseOptions } from '../../../server/src/core';
import type { NianbaoConfig } from '../../../server/src/core';

export interface Found {
  line: number;
  severity: Finding['severity'];
  text: string;
  message: string;
  finding: Finding;
}

export function findingsOf(ruleId: string, text: string, options: ParseOptions = {}, config: NianbaoConfig = {}): Found[] {
  const doc = parseDocument(text, options);
  return collectFindings(doc, config)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => ({
      line: positionAt(doc.lineStarts, f.start).line + 1,
      severity: f.severity,
      text: text.slice(f.start, f.end),
      message: f.message.zh,
      finding: f,
    }));
}

/** Every finding of every rule at warning or error level. */
export function seriousFindings(text: string): Array<{ ruleId: string; line: number }> {
  const doc = parseDocument(text);
  return collectFindings(doc)
    .filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => ({ ruleId: f.ruleId, line: positionAt(doc.lineStarts, f.start).line + 1 }));
}
