// `.nianbao.json` as the editor sees it: the server asks the client to report changes to every
// `**/.nianbao.json` when the client can register file watchers at run time (otherwise the session
// re-reads a configuration whose file changed on each analysis, see Session.configOf), and problems in a
// configuration file are published as diagnostics on that file.
import { DidChangeWatchedFilesNotification, type InitializeParams } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME } from '../../core';
import type { Feature } from './feature';

let canWatch = false;

export const configFilesFeature: Feature = {
  capabilities(params: InitializeParams) {
    canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    return {};
  },
  register(session) {
    session.onInitialized(() => {
      if (!canWatch) return;
      session.connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] })
        .then(
          () => (session.configWatched = true),
          (err) => session.reportError('无法注册 .nianbao.json 的文件监视，改为每次检查时查看文件 / could not register a file watcher for .nianbao.json; the file is looked at on each check instead', err),
        );
    });
  },
};
