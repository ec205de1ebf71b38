// A report's year, era and kind, and the status bar and tooltip texts built from them.
// English source strings; the Chinese comes from l10n/bundle.l10n.zh-cn.json.
import { l10n } from 'vscode';
import type { DocumentInfo, FindingCounts, ReportInfo } from '../../server/src/lsp/documentInfoProtocol';

function yearName(year: number | null): string {
  return year === null ? l10n.t('year unknown') : l10n.t('{0} report', year);
}

/** The era and kind names come from the server, spelled as everywhere else (core/format/names). */
function reportSummary(r: ReportInfo): string {
  if (r.isNew) return l10n.t('New report');
  return [yearName(r.year), r.eraName, r.kindName].filter((x): x is string => !!x).join(' · ');
}

/** "2024 report · 2021 format · government" for one report, "5 reports, 2009–2013" for several. */
export function summary(reports: readonly ReportInfo[]): string {
  if (reports.length === 1) return reportSummary(reports[0]);
  const years = reports.map((r) => r.year).filter((y): y is number => y !== null);
  if (years.length === 0) return l10n.t('{0} reports', reports.length);
  const min = Math.min(...years);
  const max = Math.max(...years);
  return min === max ? l10n.t('{0} reports, {1}', reports.length, min) : l10n.t('{0} reports, {1}–{2}', reports.length, min, max);
}

/** Codicons and numbers as in VS Code's own problems item; a check mark when there is no error or warning. */
export function countsText(counts: FindingCounts): string {
  const parts: string[] = [];
  if (counts.error) parts.push(`$(error) ${counts.error}`);
  if (counts.warning) parts.push(`$(warning) ${counts.warning}`);
  return parts.length ? parts.join(' ') : '$(check)';
}

export function tooltipText(info: DocumentInfo | undefined, counts: FindingCounts): string {
  const lines: string[] = [];
  if (info?.reports.length) {
    lines.push(
      info.reports.length === 1
        ? l10n.t('Annual report on open government information')
        : l10n.t('{0} annual reports on open government information', info.reports.length),
    );
    for (const r of info.reports) lines.push(`${r.name}: ${reportSummary(r)}`);
  } else {
    lines.push(l10n.t('No information from the nianbao language server on this document yet; if this persists, see the output panel.'));
  }
  lines.push(l10n.t('Errors: {0}, warnings: {1}, information: {2}, hints: {3}', counts.error, counts.warning, counts.information, counts.hint));
  lines.push(l10n.t('Click to show what the parser understood.'));
  return lines.join('\n');
}
