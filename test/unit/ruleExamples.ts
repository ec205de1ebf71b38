// The documents a rule's doc example is checked in: the example text alone, or placed into the report
// skeleton its context names (RuleExample and ExampleContext in server/src/core/rules/types.ts).
import { reportSkeletonLines } from '../../server/src/core';
import { eraOfYear } from '../../server/src/core/parse/reports';
import type { RuleExample } from '../../server/src/core/rules/types';

export interface ExampleDocument {
  text: string;
  /** Where the example's own text is in `text`. */
  start: number;
  end: number;
}

export function exampleDocument(example: RuleExample, which: 'wrong' | 'right' | 'lastYear'): ExampleDocument {
  const snippet = which === 'lastYear' ? example.lastYear!.text : example[which];
  const c = which === 'lastYear' && example.context
    ? { kind: example.context.kind, year: example.context.year - 1, replacesLine: example.lastYear!.replacesLine }
    : example.context;
  if (!c) return { text: snippet, start: 0, end: snippet.length };
  const lines = reportSkeletonLines({ era: eraOfYear(c.year), kind: c.kind, year: c.year, style: 'markdown' });
  const lineWith = (needle: string): number => {
    const found = lines.flatMap((l, i) => (l.includes(needle) ? [i] : []));
    if (found.length !== 1) throw new Error(`the ${c.year} skeleton has ${found.length} lines containing "${needle}", not one`);
    return found[0];
  };
  // Every line is looked up in the skeleton as generated, before anything is changed.
  const changes = (c.alsoChanged ?? []).map((x) => [lineWith(x.line), x.text] as const);
  let at = c.replacesLine === undefined ? undefined : lineWith(c.replacesLine);
  for (const [i, text] of changes) lines[i] = text;
  if (at === undefined) {
    // A paragraph after the title.
    lines.splice(1, 0, '', snippet);
    at = 2;
  } else lines[at] = snippet;
  const start = lines.slice(0, at).reduce((n, l) => n + l.length + 1, 0);
  return { text: lines.join('\n') + '\n', start, end: start + snippet.length };
}
