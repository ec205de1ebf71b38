// At most a given number of findings per document, the most severe first, and a note saying how many
// were left out: a hostile or badly broken document must not send tens of thousands of diagnostics.
import type { Finding, Severity } from './findings';

/** The editor's default (setting nianbao.maxDiagnostics). */
export const DEFAULT_MAX_FINDINGS = 1000;

/** The rule id of the note that says how many findings were left out. */
export const FINDINGS_LIMIT_ID = 'findings-limit';

const ORDER: Severity[] = ['error', 'warning', 'information', 'hint'];

/**
 * Keeps at most `max` of `findings`: errors first, then warnings, information and hints, each in the
 * order given (document order, as collectFindings returns them). The kept findings stay in that order,
 * preceded by one information finding on the first line of `text` that says how many were left out.
 * `max` 0 (or less, or not a number) keeps everything. Linear in the number of findings.
 */
export function limitFindings(findings: Finding[], max: number, text: string): Finding[] {
  if (!(max > 0) || findings.length <= max) return findings;
  const limit = Math.floor(max);
  const keep = new Uint8Array(findings.length);
  let room = limit;
  for (const severity of ORDER) {
    for (let i = 0; i < findings.length && room > 0; i++) {
      if (findings[i].severity === severity) {
        keep[i] = 1;
        room--;
      }
    }
  }
  const kept = findings.filter((_, i) => keep[i]);
  return [omittedNote(findings.length - kept.length, limit, text), ...kept];
}

function omittedNote(omitted: number, limit: number, text: string): Finding {
  const lineEnd = text.search(/[\r\n]/);
  return {
    ruleId: FINDINGS_LIMIT_ID,
    severity: 'information',
    start: 0,
    end: lineEnd < 0 ? text.length : lineEnd,
    message: {
      zh: `另有 ${omitted} 条检查结果未显示（每个文档最多显示 ${limit} 条）。`,
      en: `${omitted} more finding${omitted === 1 ? '' : 's'} not shown (at most ${limit} per document).`,
    },
  };
}
