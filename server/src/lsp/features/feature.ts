// An LSP feature: the capabilities it announces and the handlers it registers on the session.
import type { InitializeParams, ServerCapabilities } from 'vscode-languageserver/node';
import type { Session } from '../session';

export interface Feature {
  capabilities(params: InitializeParams): ServerCapabilities;
  register(session: Session): void;
}
