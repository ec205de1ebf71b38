#!/usr/bin/env bash
# Starts the plain VS Code server that code-server bundles (lib/vscode/out/server-main.js, not code-server's
# CLI) on 127.0.0.1:PORT with no connection token and throwaway data folders under WORKDIR.
# --enable-smoke-test-driver makes VS Code honour the extensionDevelopmentPath / extensionTestsPath `payload`
# in the workbench URL (code-server's own CLI rejects that flag).
# Usage: start-vscode-server.sh WORKDIR PORT  -> prints the PID, also the process-group id (stop: kill -- -PID)
set -euo pipefail
source "$(dirname "$0")/common.sh"
WORK="$1"; PORT="$2"
mkdir -p "$WORK/ud/User" "$WORK/sd" "$WORK/exts"
write_quiet_settings "$WORK/ud/User/settings.json"
setsid nohup node "$VSCODE_DIR/out/server-main.js" --host 127.0.0.1 --port "$PORT" \
  --without-connection-token --accept-server-license-terms --enable-smoke-test-driver \
  --user-data-dir "$WORK/ud" --server-data-dir "$WORK/sd" --extensions-dir "$WORK/exts" \
  --disable-telemetry --disable-workspace-trust ${VSCODE_EXTRA_ARGS:-} > "$WORK/vscode-server.log" 2>&1 < /dev/null &
echo $!
