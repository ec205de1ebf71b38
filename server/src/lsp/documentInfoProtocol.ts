// The custom request `nianbao/documentInfo`: what the editor's status bar and "show parsed structure"
// command need about one open document. Shared by the server and the VS Code client (types only).
import type { Era, ReportKind } from '../core';

export const DOCUMENT_INFO_METHOD = 'nianbao/documentInfo';

export interface DocumentInfoParams {
  uri: string;
}

export interface ReportInfo {
  /** As in the outline: the title, with the 第X篇 marker when the file holds several reports. */
  name: string;
  year: number | null;
  era: Era;
  kind: ReportKind;
  /** Nothing written yet tells what the report is (an empty document in report mode): a "new report". */
  isNew: boolean;
  /**
   * The era and the kind as users read them, in the server's language ("2021年格式", "人民政府"); null when
   * neither the text nor the settings tell them (the defaults `era` and `kind` hold are not shown).
   */
  eraName: string | null;
  kindName: string | null;
}

export interface FindingCounts {
  error: number;
  warning: number;
  information: number;
  hint: number;
}

export interface DocumentInfo {
  reports: ReportInfo[];
  counts: FindingCounts;
  /** What the parser understood, in the server's language (the text of `nianbao outline`). */
  description: string;
}
