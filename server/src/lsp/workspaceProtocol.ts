// The custom request `nianbao/workspaceReports` and notification `nianbao/workspaceReportsChanged`: the reports
// the language server indexed in the workspace folders, for the "年度报告" tree view. Shared by the server and the
// VS Code client (types only).
import type { FindingCounts } from './documentInfoProtocol';

export const WORKSPACE_REPORTS_METHOD = 'nianbao/workspaceReports';
/** Sent by the server (no params) when the index changed: the client asks again. */
export const WORKSPACE_REPORTS_CHANGED = 'nianbao/workspaceReportsChanged';

export interface WorkspaceReport {
  /** As in the outline: the title, with the 第X篇 marker when the file holds several reports. */
  name: string;
  /** Who the report is of (title, opening sentence or file name); null when nothing says. */
  issuer: string | null;
  year: number | null;
}

export interface WorkspaceFile {
  uri: string;
  reports: WorkspaceReport[];
  /** The findings of the file as on disk (all of them, not only those published). */
  counts: FindingCounts;
}

export interface WorkspaceReports {
  /** An indexing pass is running: the list is not complete yet. */
  indexing: boolean;
  /** Sorted by URI. */
  files: WorkspaceFile[];
}
