// The server's life cycle beyond what vscode-languageserver does: requests after `shutdown` are refused with
// InvalidRequest (as LSP requires; the library would go on answering them), and when the client is gone —
// its end of the server's output closed — the process ends with LSP's exit code instead of crashing on the
// next message it cannot send.
import {
  ConnectionError, ErrorCodes, Message, ResponseError, type Connection, type MessageStrategy,
} from 'vscode-languageserver/node';

/** Requests that arrive after shutdown are routed here, whatever their method. */
const AFTER_SHUTDOWN_METHOD = '$/nianbao/afterShutdown';

export class Lifecycle {
  private shutdownRequested = false;

  /** For createConnection: sees every incoming message before its handler. */
  readonly messageStrategy: MessageStrategy = {
    handleMessage: (message, next) => {
      if (this.shutdownRequested && Message.isRequest(message)) {
        return next({ ...message, method: AFTER_SHUTDOWN_METHOD, params: { method: message.method } } as Message);
      }
      return next(message);
    },
  };

  register(connection: Connection): void {
    connection.onShutdown(() => {
      this.shutdownRequested = true;
    });
    connection.onRequest(AFTER_SHUTDOWN_METHOD, (params: { method: string }) => {
      throw new ResponseError(
        ErrorCodes.InvalidRequest,
        `服务器已收到 shutdown，不再处理请求 / the server received shutdown and handles no more requests (${params.method})`,
      );
    });
  }

  /** Ends the process because the client is gone: 0 after a shutdown request, 1 otherwise (LSP's `exit`). */
  exitWithoutClient(): never {
    process.exit(this.shutdownRequested ? 0 : 1);
  }
}

/** Whether `err` says that messages can no longer reach the client. */
export function isConnectionLost(err: unknown): boolean {
  if (err instanceof ConnectionError) return true;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END' || code === 'ERR_IPC_CHANNEL_CLOSED';
}
