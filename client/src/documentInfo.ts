// Asks the language server what it understood about a document (nianbao/documentInfo). A failed request
// is logged to the output channel, never swallowed; the caller gets `undefined` and shows less.
import { l10n, type LogOutputChannel, type Uri } from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_INFO_METHOD, type DocumentInfo, type DocumentInfoParams } from '../../server/src/lsp/documentInfoProtocol';

export class DocumentInfoSource {
  constructor(
    private readonly client: LanguageClient,
    private readonly log: LogOutputChannel,
  ) {}

  /** False once the server stopped or failed to start (that failure is logged where it happens). */
  get available(): boolean {
    return this.client.state !== State.Stopped;
  }

  async get(uri: Uri): Promise<DocumentInfo | undefined> {
    if (!this.available) return undefined;
    const params: DocumentInfoParams = { uri: this.client.code2ProtocolConverter.asUri(uri) };
    try {
      return await this.client.sendRequest<DocumentInfo>(DOCUMENT_INFO_METHOD, params);
    } catch (err) {
      this.logError(l10n.t('The document information request failed for {0}', uri.toString()), err);
      return undefined;
    }
  }

  logError(what: string, err: unknown): void {
    this.log.error(`${what}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  }
}
