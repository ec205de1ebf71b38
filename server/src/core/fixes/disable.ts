// "Disable this rule for this line / for this file": the inline comments of suppressions.ts, inserted
// where they take effect. Parser problems are not rules and cannot be switched off.
import type { Finding, Fix } from '../findings';
import type { ReportDocument } from '../model';
import { RULES } from '../rules/registry';
import { lineBreakOf, positionAt } from '../text/lines';

const FILE_DIRECTIVE = /^<!--\s*nianbao-disable\s+([^>]*?)\s*-->[ \t]*$/;

function lineText(doc: ReportDocument, line: number): string {
  const start = doc.lineStarts[line];
  const end = doc.lineStarts[line + 1] ?? doc.text.length;
  return doc.text.slice(start, end).replace(/\r?\n$/, '');
}

/** A table row: a comment line between its rows would cut the table in two. */
function isTableLine(doc: ReportDocument, offset: number): boolean {
  return doc.tables.some((t) => offset >= t.start && offset < t.end);
}

export function disableFixes(doc: ReportDocument, finding: Finding): Fix[] {
  const id = finding.ruleId;
  if (!RULES.some((r) => r.meta.id === id)) return [];
  const eol = lineBreakOf(doc.text);
  const fixes: Fix[] = [];
  const line = positionAt(doc.lineStarts, finding.start).line;
  if (!isTableLine(doc, finding.start)) {
    const text = lineText(doc, line);
    const indent = /^[ \t\u3000]*/.exec(text)![0];
    const at = doc.lineStarts[line];
    fixes.push({
      title: { zh: `在本行停用规则 ${id}`, en: `Disable ${id} for this line` },
      edits: [{ start: at, end: at, newText: `${indent}<!-- nianbao-disable-next-line ${id} -->${eol}` }],
      safe: false,
    });
  }
  // Add the id to a whole-file comment on the first line, or write one there.
  const first = lineText(doc, 0);
  const existing = FILE_DIRECTIVE.exec(first);
  const title = { zh: `在整个文件中停用规则 ${id}`, en: `Disable ${id} for the whole file` };
  if (existing) {
    const ids = existing[1].split(/[\s,，]+/).filter(Boolean);
    if (!ids.includes(id)) {
      const replaced = `<!-- nianbao-disable ${[...ids, id].join(', ')} -->`;
      fixes.push({ title, edits: [{ start: 0, end: first.length, newText: replaced }], safe: false });
    }
  } else {
    fixes.push({ title, edits: [{ start: 0, end: 0, newText: `<!-- nianbao-disable ${id} -->${eol}` }], safe: false });
  }
  return fixes;
}
