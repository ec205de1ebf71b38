// Runs the registered rules over a parsed document and applies the configuration
// (rules switched off, severities changed). Parser problems come first, as findings of their own.
import type { NianbaoConfig } from '../config';
import type { Finding, Severity } from '../findings';
import type { ReportDocument } from '../model';
import { RULES } from './registry';
import type { Rule } from './types';

export interface RuleTiming {
  id: string;
  ms: number;
}

export function effectiveSeverity(rule: Rule, config: Readonly<NianbaoConfig>): Severity | undefined {
  const setting = config.rules?.[rule.meta.id];
  if (setting === false || setting === 'off') return undefined;
  if (typeof setting === 'string') return setting;
  return rule.meta.defaultSeverity;
}

export function runRules(doc: ReportDocument, config: Readonly<NianbaoConfig> = {}, timings?: RuleTiming[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = effectiveSeverity(rule, config);
    if (!severity) continue;
    const t0 = timings ? performance.now() : 0;
    const ctx = {
      doc,
      config,
      report(f: Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity }) {
        // A configured severity wins over the one a rule picks for a particular case.
        const configured = typeof config.rules?.[rule.meta.id] === 'string';
        // Object.assign, not an object spread: the same object, made several times faster in V8 (rules that
        // report tens of thousands of findings on adversarial documents spend most of their time here).
        findings.push(Object.assign({}, f, { ruleId: rule.meta.id, severity: configured ? severity : f.severity ?? severity }));
      },
    };
    try {
      rule.checkDocument?.(ctx);
      if (rule.checkReport) for (const report of doc.reports) rule.checkReport(report, ctx);
    } catch (err) {
      // A broken rule must not take the others down; the finding says so instead of hiding it.
      findings.push({
        start: 0, end: 0, ruleId: rule.meta.id, severity: 'information',
        message: {
          zh: `规则 ${rule.meta.id} 运行出错，本文件未完成此项检查：${(err as Error).message}`,
          en: `Rule ${rule.meta.id} failed and did not finish on this file: ${(err as Error).message}`,
        },
      });
    }
    if (timings) timings.push({ id: rule.meta.id, ms: performance.now() - t0 });
  }
  return findings;
}
