// The "年度报告" (Annual reports) tree view in the Explorer: the reports the language server indexed in the
// workspace, grouped by issuer, then year, with error and warning counts; a click opens the file. The data come
// from the server (nianbao/workspaceReports); the view is refreshed when the server says the index changed.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import type { FindingCounts } from '../../server/src/lsp/documentInfoProtocol';
import { WORKSPACE_REPORTS_CHANGED, WORKSPACE_REPORTS_METHOD, type WorkspaceFile, type WorkspaceReports } from '../../server/src/lsp/workspaceProtocol';

export const WORKSPACE_REPORTS_VIEW = 'nianbao.workspaceReports';

export type ReportNode =
  | { kind: 'issuer'; issuer: string | null; children: ReportNode[]; counts: FindingCounts }
  | { kind: 'year'; year: number | null; children: ReportNode[]; counts: FindingCounts }
  | { kind: 'report'; uri: string; name: string; fileName: string; counts: FindingCounts; several: boolean }
  | { kind: 'indexing' };

const zero = (): FindingCounts => ({ error: 0, warning: 0, information: 0, hint: 0 });
function add(to: FindingCounts, c: FindingCounts): void {
  to.error += c.error;
  to.warning += c.warning;
  to.information += c.information;
  to.hint += c.hint;
}

/** Issuer → year → report, issuers by name (unknown last), years newest first. A file is counted once per group. */
export function groupReports(files: readonly WorkspaceFile[]): ReportNode[] {
  const byIssuer = new Map<string | null, Map<number | null, { leaves: ReportNode[]; files: Set<string>; counts: FindingCounts }>>();
  for (const file of files) {
    const fileName = decodeURIComponent(file.uri.slice(file.uri.lastIndexOf('/') + 1));
    for (const r of file.reports) {
      let years = byIssuer.get(r.issuer);
      if (!years) byIssuer.set(r.issuer, (years = new Map()));
      let group = years.get(r.year);
      if (!group) years.set(r.year, (group = { leaves: [], files: new Set(), counts: zero() }));
      group.leaves.push({ kind: 'report', uri: file.uri, name: r.name, fileName, counts: file.counts, several: file.reports.length > 1 });
      if (!group.files.has(file.uri)) add(group.counts, file.counts);
      group.files.add(file.uri);
    }
  }
  const byName = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'zh-CN'));
  return [...byIssuer.keys()].sort(byName).map((issuer) => {
    const years = byIssuer.get(issuer)!;
    const counts = zero();
    const children: ReportNode[] = [...years.keys()]
      .sort((a, b) => (b ?? -1) - (a ?? -1))
      .map((year) => {
        const g = years.get(year)!;
        add(counts, g.counts);
        return { kind: 'year', year, children: g.leaves, counts: g.counts };
      });
    return { kind: 'issuer', issuer, children, counts };
  });
}

function countsDescription(c: FindingCounts): string {
  if (!c.error && !c.warning) return vscode.l10n.t('no errors or warnings');
  return vscode.l10n.t('{0} errors, {1} warnings', c.error, c.warning);
}

function countsIcon(c: FindingCounts): vscode.ThemeIcon {
  if (c.error) return new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
  if (c.warning) return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  return new vscode.ThemeIcon('pass');
}

export class WorkspaceReportsView implements vscode.TreeDataProvider<ReportNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: Promise<ReportNode[]> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient, private readonly log: vscode.LogOutputChannel) {
    this.subscriptions.push(
      this.changed,
      client.onNotification(WORKSPACE_REPORTS_CHANGED, () => this.refresh()),
      client.onDidChangeState(() => this.refresh()),
    );
  }

  refresh(): void {
    this.roots = undefined;
    this.changed.fire();
  }

  getTreeItem(node: ReportNode): vscode.TreeItem {
    if (node.kind === 'indexing') {
      const item = new vscode.TreeItem(vscode.l10n.t('Indexing the reports of the workspace…'));
      item.iconPath = new vscode.ThemeIcon('loading~spin');
      return item;
    }
    if (node.kind === 'report') {
      const item = new vscode.TreeItem(node.several ? node.name : node.fileName);
      item.description = countsDescription(node.counts);
      item.tooltip = `${node.name}\n${node.fileName}`;
      item.resourceUri = vscode.Uri.parse(node.uri);
      item.iconPath = countsIcon(node.counts);
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [vscode.Uri.parse(node.uri)] };
      return item;
    }
    const label = node.kind === 'issuer'
      ? node.issuer ?? vscode.l10n.t('Issuer unknown')
      : node.year === null ? vscode.l10n.t('Year unknown') : vscode.l10n.t('{0} report', node.year);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
    item.description = countsDescription(node.counts);
    return item;
  }

  getChildren(node?: ReportNode): Promise<ReportNode[]> | ReportNode[] {
    if (node) return node.kind === 'issuer' || node.kind === 'year' ? node.children : [];
    return (this.roots ??= this.load());
  }

  private async load(): Promise<ReportNode[]> {
    if (this.client.state !== State.Running) return [];
    try {
      const list = await this.client.sendRequest<WorkspaceReports>(WORKSPACE_REPORTS_METHOD, null);
      const roots = groupReports(list.files);
      return list.indexing ? [{ kind: 'indexing' }, ...roots] : roots;
    } catch (err) {
      this.log.error(`${vscode.l10n.t('The workspace reports request failed')}: ${err instanceof Error ? err.message : String(err)}`);
      return [];
    }
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
