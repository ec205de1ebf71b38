// Inline comments that switch rules off, in .md and .txt alike (an HTML comment on a line of its own):
//   <!-- nianbao-disable-next-line total-mismatch -->   the next non-blank line
//   <!-- nianbao-disable-line date-format -->           this line (put it at the end of the line)
//   <!-- nianbao-disable blank-cell, table-label -->    the whole file
// Without rule ids, every rule is switched off for that scope.
import type { Finding } from './findings';
import { positionAt } from './text/lines';

const DIRECTIVE = /<!--\s*nianbao-disable(-next-line|-line)?\b([^>]*?)-->/g;

interface Suppressions {
  file: Set<string> | 'all' | undefined;
  lines: Map<number, Set<string> | 'all'>;
}

function ids(list: string): Set<string> | 'all' {
  const found = list.split(/[\s,，]+/).filter(Boolean);
  return found.length ? new Set(found) : 'all';
}

function add(target: Set<string> | 'all' | undefined, more: Set<string> | 'all'): Set<string> | 'all' {
  if (target === 'all' || more === 'all') return 'all';
  return new Set([...(target ?? []), ...more]);
}

export function findSuppressions(text: string, lineStarts: number[]): Suppressions {
  const s: Suppressions = { file: undefined, lines: new Map() };
  if (!text.includes('nianbao-disable')) return s;
  for (const m of text.matchAll(DIRECTIVE)) {
    const which = ids(m[2]);
    const line = positionAt(lineStarts, m.index!).line;
    if (!m[1]) s.file = add(s.file, which);
    else if (m[1] === '-line') s.lines.set(line, add(s.lines.get(line), which));
    else {
      let next = line + 1;
      while (next < lineStarts.length && text.slice(lineStarts[next], lineStarts[next + 1] ?? text.length).trim() === '') next++;
      s.lines.set(next, add(s.lines.get(next), which));
    }
  }
  return s;
}

function covers(scope: Set<string> | 'all' | undefined, ruleId: string): boolean {
  return scope === 'all' || (scope !== undefined && scope.has(ruleId));
}

export function applySuppressions(findings: Finding[], text: string, lineStarts: number[]): Finding[] {
  const s = findSuppressions(text, lineStarts);
  if (!s.file && s.lines.size === 0) return findings;
  return findings.filter((f) => !covers(s.file, f.ruleId) && !covers(s.lines.get(positionAt(lineStarts, f.start).line), f.ruleId));
}
