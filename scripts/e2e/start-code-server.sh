#!/usr/bin/env bash
# Starts code-server on 127.0.0.1:PORT without auth, with throwaway data folders under WORKDIR.
# Usage: start-code-server.sh WORKDIR PORT  -> prints the PID, also the process-group id (stop: kill -- -PID)
set -euo pipefail
source "$(dirname "$0")/common.sh"
WORK="$1"; PORT="$2"
mkdir -p "$WORK/ud/User" "$WORK/exts" "$WORK/xdg/config" "$WORK/xdg/data"
cat > "$WORK/config.yaml" <<YAML
bind-addr: 127.0.0.1:$PORT
auth: none
cert: false
YAML
# settings that keep the UI quiet and deterministic
write_quiet_settings "$WORK/ud/User/settings.json" '"editor.hover.delay": 100' '"window.commandCenter": false' \
  '"chat.commandCenter.enabled": false' '"workbench.colorTheme": "Default Dark Modern"'
export XDG_CONFIG_HOME="$WORK/xdg/config" XDG_DATA_HOME="$WORK/xdg/data"
setsid nohup node "$CS_ENTRY" --config "$WORK/config.yaml" \
  --user-data-dir "$WORK/ud" --extensions-dir "$WORK/exts" \
  --disable-telemetry --disable-update-check --disable-workspace-trust \
  --disable-getting-started-override ${CS_EXTRA_ARGS:-} > "$WORK/code-server.log" 2>&1 < /dev/null &
echo $!
