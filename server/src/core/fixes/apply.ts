// Applying fixes: one fix's edits go together or not at all, and edits of different fixes never overlap.
import type { Finding, Fix, TextEdit } from '../findings';

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same offset conflict too: their order would be arbitrary.
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

function same(a: TextEdit, b: TextEdit): boolean {
  return a.start === b.start && a.end === b.end && a.newText === b.newText;
}

/**
 * The edits of the given fixes that can be applied together, in document order: a fix whose edits
 * overlap an earlier chosen one is left out (checking again after applying will offer it again),
 * and an edit identical to one already chosen (two findings on one date) is applied once.
 */
export function compatibleEdits(fixes: Fix[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const fix of fixes) {
    const fresh = fix.edits.filter((e) => !chosen.some((c) => same(c, e)));
    if (fresh.some((e) => chosen.some((c) => overlaps(c, e)))) continue;
    chosen.push(...fresh);
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The first safe fix of every finding, combined: what "fix all" and fix-on-save apply. */
export function safeFixEdits(findings: Finding[]): TextEdit[] {
  const fixes: Fix[] = [];
  for (const f of findings) {
    const fix = f.fixes?.find((x) => x.safe);
    if (fix) fixes.push(fix);
  }
  return compatibleEdits(fixes);
}

/** The text after the edits (which must not overlap), for tests and the CLI. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
