// The placeholders the project's own templates write: the issuer's "××" and "（此处填写……）". unfilled-field
// flags them by design (a template is not a finished report), so "clean" for a template means: no finding
// but these.
import type { Finding } from '../../server/src/core';

const OWN_PLACEHOLDER = /^(?:××|（此处填写[^（）]*）)$/;

export function isTemplatePlaceholder(f: Finding, text: string): boolean {
  return f.ruleId === 'unfilled-field' && OWN_PLACEHOLDER.test(text.slice(f.start, f.end));
}

export function withoutTemplatePlaceholders(findings: Finding[], text: string): Finding[] {
  return findings.filter((f) => !isTemplatePlaceholder(f, text));
}
