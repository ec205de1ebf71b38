// Checking a set of reports together (a folder in the CLI, a workspace in the editor): the rules that need
// several reports — the same issuer's consecutive years — report on each document, less what its inline
// comments suppress. The per-document checks stay collectFindings'.
import type { NianbaoConfig } from './config';
import type { Finding, Severity } from './findings';
import { reportSetOf, type SetEntry, type SetMember } from './analysis/reportSet';
import { RULES } from './rules/registry';
import { effectiveSeverity } from './rules/engine';
import { applySuppressions } from './suppressions';

export type { SetEntry } from './analysis/reportSet';

/**
 * Findings across the set, by uri (only uris that have some), each list in document order. `config` is one
 * configuration for all, or each document's own (rules switched off, severities, options).
 */
export function checkReportSet(
  entries: ReadonlyArray<SetEntry>,
  config: Readonly<NianbaoConfig> | ((uri: string) => Readonly<NianbaoConfig>) = {},
): Map<string, Finding[]> {
  const configOf = typeof config === 'function' ? config : () => config;
  const set = reportSetOf(entries);
  const byUri = new Map<string, Finding[]>();
  const add = (uri: string, f: Finding) => {
    const list = byUri.get(uri);
    if (list) list.push(f);
    else byUri.set(uri, [f]);
  };
  // Severities and options follow the configuration of the document reported on.
  for (const rule of RULES) {
    if (!rule.checkSet) continue;
    try {
      rule.checkSet({
        set,
        configOf: (m: SetMember) => configOf(m.uri),
        report(on: SetMember, f: Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity }) {
          const cfg = configOf(on.uri);
          const severity = effectiveSeverity(rule, cfg);
          if (!severity) return;
          const configured = typeof cfg.rules?.[rule.meta.id] === 'string';
          add(on.uri, { ...f, ruleId: rule.meta.id, severity: configured ? severity : f.severity ?? severity });
        },
      });
    } catch (err) {
      // A broken rule must not take the others down; each document of the set hears of it once.
      for (const e of entries) {
        add(e.uri, {
          start: 0, end: 0, ruleId: rule.meta.id, severity: 'information',
          message: {
            zh: `规则 ${rule.meta.id} 运行出错，未完成跨年度检查：${(err as Error).message}`,
            en: `Rule ${rule.meta.id} failed and did not finish the check across years: ${(err as Error).message}`,
          },
        });
      }
    }
  }
  const docs = new Map(entries.map((e) => [e.uri, e.doc]));
  for (const [uri, list] of byUri) {
    const doc = docs.get(uri)!;
    byUri.set(uri, applySuppressions(list, doc.text, doc.lineStarts).sort((a, b) => a.start - b.start || a.end - b.end));
  }
  return byUri;
}
