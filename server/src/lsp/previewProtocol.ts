// The custom request `nianbao/preview`: the report as it will be published, as an HTML fragment rendered by
// the core (core/preview) from the current version's parse and findings. Shared by the server and the VS Code
// client (types only); the client puts the fragment into its webview page.

export const PREVIEW_METHOD = 'nianbao/preview';

export interface PreviewParams {
  uri: string;
}

export interface PreviewResult {
  /** The version of the document the HTML shows. */
  version: number;
  /**
   * The body of the preview. Blocks carry data-line / data-end-line (0-based lines, for scroll sync); checked
   * figures and findings data-start / data-end (UTF-16 offsets of `version`, for a reveal in the editor).
   */
  html: string;
}
