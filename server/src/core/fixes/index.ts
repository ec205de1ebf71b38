// Fixes offered for findings: the rule's own (best first), then switching the rule off by comment.
import type { Finding, Fix } from '../findings';
import type { ReportDocument } from '../model';
import { disableFixes } from './disable';

export { applyEdits, compatibleEdits, safeFixEdits } from './apply';
export { disableFixes } from './disable';
export { documentFixes } from '../edits/skeleton';

export function fixesFor(doc: ReportDocument, finding: Finding): Fix[] {
  return [...(finding.fixes ?? []), ...disableFixes(doc, finding)];
}
