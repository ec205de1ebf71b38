// The server command that drafts this year's report from last year's (workspace/executeCommand), shared
// by the server and the VS Code client.
export const NEXT_YEAR_COMMAND = 'nianbao.server.nextYearDraft';

/** Arguments: [uri of last year's report]. */
export interface NextYearResult {
  /** The draft; the client opens it as an unsaved document. */
  text: string;
  year: number;
  /** What the writer should know (a change of format), in the server's language. */
  notes: string[];
}
