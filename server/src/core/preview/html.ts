// The preview model as an HTML fragment (the body of the preview; the editor adds the page around it, its
// style sheet and its script). Everything taken from the report is escaped; the fragment has no script, no
// style attribute and no link to anything outside it. Blocks carry data-line / data-end-line (scroll sync),
// marks and findings data-start / data-end (UTF-16 offsets: a click reveals them in the editor).
import type { Language, Severity } from '../findings';
import type { Block, Inline, Mark, PreviewFinding, PreviewModel, TableCellModel, TableRowModel } from './model';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const SEVERITY_ICON: Record<Severity, string> = { error: '✗', warning: '⚠', information: 'ℹ', hint: '…' };
const VERDICT_ICON = { ok: '✓', bad: '✗' } as const;
const RULE_WORD = { zh: '规则', en: 'rule' };

function range(s: { start: number; end: number }): string {
  return ` data-start="${s.start}" data-end="${s.end}"`;
}

function lines(b: { line: number; endLine: number }): string {
  return ` data-line="${b.line}" data-end-line="${b.endLine}"`;
}

function markAttrs(mark: Mark): string {
  return ` title="${escapeHtml(mark.explanation.join('\n'))}"`;
}

function inline(runs: Inline[]): string {
  return runs
    .map((r) => {
      const text = escapeHtml(r.text);
      if (r.mark) {
        const v = r.mark.verdict;
        return `<span class="nb-fig nb-${v}"${range(r)}${markAttrs(r.mark)}>${text}<span class="nb-mark" aria-hidden="true">${VERDICT_ICON[v]}</span></span>`;
      }
      if (r.finding) return `<span class="nb-flagged nb-sev-${r.finding}"${range(r)}>${text}</span>`;
      return text;
    })
    .join('');
}

function findings(list: PreviewFinding[], lang: Language): string {
  if (!list.length) return '';
  const items = list.map(
    (f) =>
      `<li class="nb-finding nb-sev-${f.severity}"${range(f)} data-line="${f.line}" title="${escapeHtml(`${RULE_WORD[lang]} ${f.ruleId}`)}"><span class="nb-icon" aria-hidden="true">${SEVERITY_ICON[f.severity]}</span>${escapeHtml(f.message)}</li>`,
  );
  return `<ul class="nb-findings">${items.join('')}</ul>`;
}

function cell(c: TableCellModel): string {
  const tag = c.header ? 'th' : 'td';
  const classes = [c.numeric ? 'nb-num' : '', c.blank ? 'nb-blank' : '', c.mark ? `nb-${c.mark.verdict}` : ''].filter(Boolean);
  const spans = `${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`;
  const cls = classes.length ? ` class="${classes.join(' ')}"` : '';
  const mark = c.mark ? `<span class="nb-mark" aria-hidden="true">${VERDICT_ICON[c.mark.verdict]}</span>` : '';
  const attrs = c.mark ? `${range(c)}${markAttrs(c.mark)}` : '';
  return `<${tag}${spans}${cls}${attrs}>${escapeHtml(c.text)}${mark}</${tag}>`;
}

function rows(list: TableRowModel[]): string {
  return list.map((r) => `<tr data-line="${r.line}">${r.cells.map(cell).join('')}</tr>`).join('');
}

function block(b: Block, lang: Language): string {
  const after = findings(b.findings, lang);
  switch (b.kind) {
    case 'part':
      if (b.title) return `<h1 class="nb-title nb-part-title"${lines(b)}><span class="nb-part">${escapeHtml(b.text)}</span>${escapeHtml(b.title)}</h1>${after}`;
      return `<div class="nb-part"${lines(b)}>${escapeHtml(b.text)}</div>${after}`;
    case 'title':
      return `<h1 class="nb-title"${lines(b)}>${escapeHtml(b.text)}</h1>${after}`;
    case 'heading': {
      const tag = `h${Math.min(6, b.rank + 1)}`;
      return `<${tag} class="nb-h nb-h${b.rank}"${lines(b)}>${inline(b.content)}</${tag}>${after}`;
    }
    case 'paragraph': {
      const cls = ['nb-p', b.align === 'right' ? 'nb-right' : '', b.runIn ? `nb-runin nb-runin${b.runIn.rank}` : ''].filter(Boolean).join(' ');
      const lead = b.runIn ? `<span class="nb-h nb-h${b.runIn.rank}">${inline(b.runIn.content)}</span>` : '';
      return `<p class="${cls}"${lines(b)}>${lead}${inline(b.content)}</p>${after}`;
    }
    case 'table': {
      const head = b.head.length ? `<thead>${rows(b.head)}</thead>` : '';
      const cls = b.name ? 'nb-table nb-national' : 'nb-table';
      return `<div class="nb-table-wrap"${lines(b)}><table class="${cls}"${b.name ? ` aria-label="${escapeHtml(b.name)}"` : ''}>${head}<tbody>${rows(b.body)}</tbody></table></div>${after}`;
    }
  }
}

/** The body of the preview: one element per block, in document order. */
export function previewHtml(model: PreviewModel, lang: Language): string {
  return `<article class="nb-doc" lang="zh-CN">${model.blocks.map((b) => block(b, lang)).join('\n')}</article>`;
}
