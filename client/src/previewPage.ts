// The page of the preview webview around the HTML the server renders: a Content Security Policy that allows
// only this page's own style and script (by nonce) and nothing remote, the GB/T 9704 look in the editor's
// theme colours, and the script that swaps in new HTML without a reload (keeping the scroll position), syncs
// the scroll with the editor both ways and asks the editor to reveal what is clicked. No vscode import: the
// unit tests read it.

/** GB/T 9704 fonts with the fallbacks other systems have (Windows, macOS, Linux). */
export const FONTS = {
  title: '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "Songti SC", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN", serif',
  hei: '"黑体", "SimHei", "Heiti SC", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", sans-serif',
  kai: '"楷体_GB2312", "楷体", "KaiTi", "KaiTi_GB2312", "STKaiti", "Kaiti SC", "AR PL UKai CN", "Noto Serif CJK SC", serif',
  fang: '"仿宋_GB2312", "仿宋", "FangSong", "FangSong_GB2312", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN", serif',
};

const STYLE = `
body { background: var(--vscode-editor-background, #fff); color: var(--vscode-editor-foreground, #000); margin: 0; padding: 24px 32px 50vh; }
.nb-doc { max-width: 46em; margin: 0 auto; font-family: ${FONTS.fang}; font-size: 18px; line-height: 1.9; }
.nb-title { font-family: ${FONTS.title}; font-weight: normal; font-size: 1.6em; line-height: 1.5; text-align: center; margin: 1.2em 0 0.8em; }
.nb-part { display: block; font-family: var(--vscode-font-family, sans-serif); font-size: 0.6em; opacity: 0.7; }
.nb-part:not(h1 .nb-part) { border-top: 1px solid var(--vscode-editorWidget-border, #8888); margin-top: 2em; padding-top: 0.5em; font-size: 0.8em; }
.nb-p { margin: 0; text-indent: 2em; text-align: justify; }
.nb-right { text-align: right; text-indent: 0; padding-right: 2em; }
.nb-h { font-size: 1em; font-weight: normal; margin: 0; text-indent: 2em; }
h2.nb-h, h3.nb-h, h4.nb-h, h5.nb-h, h6.nb-h { margin: 0.2em 0; }
.nb-runin .nb-h { text-indent: 0; }
.nb-h1 { font-family: ${FONTS.hei}; }
.nb-h2 { font-family: ${FONTS.kai}; }
.nb-h3 { font-family: ${FONTS.fang}; font-weight: bold; }
.nb-h4, .nb-h5 { font-family: ${FONTS.fang}; }
.nb-table-wrap { overflow-x: auto; margin: 0.6em 0; }
.nb-table { border-collapse: collapse; margin: 0 auto; font-size: 0.75em; line-height: 1.4; }
.nb-table th, .nb-table td { border: 1px solid var(--vscode-editor-foreground, #000); padding: 0.25em 0.45em; vertical-align: middle; }
.nb-table th { font-weight: normal; text-align: center; }
.nb-table td { text-align: center; white-space: nowrap; }
.nb-table td.nb-blank { background: var(--vscode-editorWidget-background, #8881); }
.nb-mark { font-family: var(--vscode-font-family, sans-serif); font-size: 0.7em; vertical-align: super; margin-left: 0.1em; text-indent: 0; }
.nb-ok .nb-mark { color: var(--vscode-testing-iconPassed, #388a34); }
.nb-bad .nb-mark { color: var(--vscode-editorError-foreground, #e51400); font-weight: bold; }
td.nb-bad { background: var(--vscode-inputValidation-errorBackground, #e5140022); outline: 1px solid var(--vscode-editorError-foreground, #e51400); }
.nb-fig.nb-bad { text-decoration: underline wavy var(--vscode-editorError-foreground, #e51400); }
.nb-flagged { text-decoration: underline wavy var(--vscode-editorWarning-foreground, #bf8803); }
.nb-flagged.nb-sev-error { text-decoration-color: var(--vscode-editorError-foreground, #e51400); }
.nb-flagged.nb-sev-information { text-decoration-color: var(--vscode-editorInfo-foreground, #1a85ff); }
[data-start] { cursor: pointer; }
.nb-findings { list-style: none; margin: 0.2em 0 0.6em 2em; padding: 0; font-family: var(--vscode-font-family, sans-serif); font-size: 0.72em; line-height: 1.5; }
.nb-finding { padding: 0.15em 0.4em; border-left: 3px solid var(--vscode-editorWarning-foreground, #bf8803); margin: 0.15em 0; background: var(--vscode-editorWidget-background, #8881); }
.nb-finding:hover { background: var(--vscode-list-hoverBackground, #8883); }
.nb-finding.nb-sev-error { border-color: var(--vscode-editorError-foreground, #e51400); }
.nb-finding.nb-sev-information, .nb-finding.nb-sev-hint { border-color: var(--vscode-editorInfo-foreground, #1a85ff); }
.nb-icon { margin-right: 0.4em; }
.nb-sev-error > .nb-icon { color: var(--vscode-editorError-foreground, #e51400); }
.nb-sev-warning > .nb-icon { color: var(--vscode-editorWarning-foreground, #bf8803); }
.nb-sev-information > .nb-icon, .nb-sev-hint > .nb-icon { color: var(--vscode-editorInfo-foreground, #1a85ff); }
.nb-empty { font-family: var(--vscode-font-family, sans-serif); opacity: 0.7; }
`;

/** Runs in the webview. Messages in: update {html, version}, scrollToLine {line}; out: ready, rendered, revealLine, reveal. */
const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('nb-root');
  let quietUntil = 0;
  let pending = false;
  function anchors() {
    return Array.from(root.querySelectorAll('[data-line]')).filter((el) => !el.closest('.nb-findings'));
  }
  function top(el) { return el.getBoundingClientRect().top + window.scrollY; }
  function linesOf(el) {
    const line = Number(el.dataset.line);
    return { line: line, end: el.dataset.endLine !== undefined ? Number(el.dataset.endLine) : line };
  }
  function scrollToLine(line) {
    const list = anchors();
    let prev, next;
    for (const el of list) {
      if (Number(el.dataset.line) <= line) prev = el; else { next = el; break; }
    }
    let y = 0;
    if (prev) {
      const p = linesOf(prev);
      const t = top(prev);
      if (line <= p.end) y = t + prev.offsetHeight * ((line - p.line) / (p.end - p.line + 1));
      else if (next) {
        const n = Number(next.dataset.line);
        y = t + prev.offsetHeight + (top(next) - t - prev.offsetHeight) * ((line - p.end) / Math.max(1, n - p.end));
      } else y = t + prev.offsetHeight;
    }
    quietUntil = Date.now() + 250;
    window.scrollTo(0, Math.max(0, y - 8));
  }
  function lineAtTop() {
    const y = window.scrollY + 8;
    let best, bestTop = 0;
    for (const el of anchors()) {
      const t = top(el);
      if (t <= y) { best = el; bestTop = t; } else break;
    }
    if (!best) return 0;
    const p = linesOf(best);
    const h = Math.max(1, best.offsetHeight);
    return Math.min(p.end, p.line + ((y - bestTop) / h) * (p.end - p.line + 1));
  }
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'update') {
      const y = window.scrollY;
      root.innerHTML = m.html;
      window.scrollTo(0, y);
      quietUntil = Date.now() + 100;
      vscode.setState({ version: m.version });
      vscode.postMessage({ type: 'rendered', version: m.version });
    } else if (m.type === 'scrollToLine') {
      scrollToLine(m.line);
    }
  });
  window.addEventListener('scroll', () => {
    if (Date.now() < quietUntil || pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      if (Date.now() >= quietUntil) vscode.postMessage({ type: 'revealLine', line: lineAtTop() });
    });
  }, { passive: true });
  document.addEventListener('click', (e) => {
    const el = e.target instanceof Element ? e.target.closest('[data-start]') : null;
    if (!el) return;
    vscode.postMessage({ type: 'reveal', start: Number(el.dataset.start), end: Number(el.dataset.end) });
  });
  document.addEventListener('dblclick', (e) => {
    const el = e.target instanceof Element ? e.target.closest('[data-line]') : null;
    if (el && !el.closest('[data-start]')) vscode.postMessage({ type: 'reveal', line: Number(el.dataset.line) });
  });
  vscode.postMessage({ type: 'ready' });
}());
`;

export interface PreviewPageOptions {
  /** A fresh random value for each page: only the style and script carrying it run. */
  nonce: string;
  /** Shown until the first HTML arrives. */
  waiting: string;
}

/** The webview's page; the report's HTML arrives by message and goes into #nb-root. */
export function previewPage({ nonce, waiting }: PreviewPageOptions): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; font-src data:`;
  const esc = waiting.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<div id="nb-root"><p class="nb-empty">${esc}</p></div>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}
