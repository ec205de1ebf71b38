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

const BUCKET = 64;

/**
 * The chosen edits, found by position: each is filed under every stretch of BUCKET characters it
 * touches, so that looking for one that clashes with a new edit reads only its neighbours (a
 * document with tens of thousands of fixes would otherwise compare every pair).
 */
class EditIndex {
  private readonly buckets = new Map<number, TextEdit[]>();

  private keys(e: TextEdit): number[] {
    const first = Math.floor(e.start / BUCKET);
    const last = e.end > e.start ? Math.floor((e.end - 1) / BUCKET) : first;
    const out: number[] = [];
    for (let k = first; k <= last; k++) out.push(k);
    return out;
  }

  add(e: TextEdit): void {
    for (const k of this.keys(e)) {
      const list = this.buckets.get(k);
      if (list) list.push(e);
      else this.buckets.set(k, [e]);
    }
  }

  /** Whether a chosen edit satisfies `test`; every edit that shares a character or an offset with `e` is tried. */
  some(e: TextEdit, test: (chosen: TextEdit) => boolean): boolean {
    return this.keys(e).some((k) => this.buckets.get(k)?.some(test) ?? false);
  }
}

/**
 * The edits of the given fixes that can be applied together, in document order: a fix whose edits
 * overlap an earlier chosen one is left out (checking again after applying will offer it again),
 * and an edit identical to one already chosen (two findings on one date) is applied once.
 */
export function compatibleEdits(fixes: Fix[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const index = new EditIndex();
  for (const fix of fixes) {
    const fresh = fix.edits.filter((e) => !index.some(e, (c) => same(c, e)));
    if (fresh.some((e) => index.some(e, (c) => overlaps(c, e)))) continue;
    chosen.push(...fresh);
    for (const e of fresh) index.add(e);
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
