# Shared settings for the e2e scripts; source it. Everything can be overridden from the environment.
E2E_PROJECT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# code-server 4.100.3 ships VS Code 1.100.3 and runs on Node 20 (4.133+ needs Node 24).
CS_VERSION="${CS_VERSION:-4.100.3}"
# One installation per code-server version and Node ABI, reused across runs and clones on a machine.
E2E_CACHE="${E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/e2e-code-server}"
CS_HOME="${CS_HOME:-$E2E_CACHE/$CS_VERSION-node-abi$(node -p process.versions.modules)}"
VSCODE_DIR="${VSCODE_DIR:-$CS_HOME/node_modules/code-server/lib/vscode}"
CS_ENTRY="${CS_ENTRY:-$CS_HOME/node_modules/code-server/out/node/entry.js}"
CHROMIUM="${CHROMIUM:-$(command -v chromium || echo /usr/bin/chromium)}"
# Scratch space (logs, profiles, workspaces, screenshots): gitignored.
E2E_WORK="${E2E_WORK:-$E2E_PROJECT/.e2e}"
export CS_VERSION CS_HOME VSCODE_DIR CS_ENTRY CHROMIUM

now_ms() { date +%s%3N; }

# A free TCP port on 127.0.0.1.
free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# Waits until http://127.0.0.1:PORT/PATH answers (any status), for at most $2 seconds.
wait_http() {
  node -e '
    const [port, path, secs] = process.argv.slice(1);
    const deadline = Date.now() + Number(secs) * 1000;
    const http = require("http");
    (function poll() {
      http.get({ host: "127.0.0.1", port, path }, (r) => { r.resume(); process.exit(0); })
        .on("error", () => Date.now() > deadline ? (console.error(`no answer on port ${port}`), process.exit(1)) : setTimeout(poll, 200));
    })();' "$1" "${3:-/}" "${2:-30}"
}

# Prints "peak RSS: ..." from a memsample.sh file.
print_peak_memory() {
  [ -s "$1" ] || return 0
  awk 'BEGIN{m=0} {if($2>m){m=$2;c=$3;h=$4}} END{print "peak RSS: " m " MiB (server tree " c " MiB, chromium " h " MiB)"}' "$1"
}

# Writes VS Code user settings that keep the UI quiet and deterministic to FILE; further
# `"key": value` lines given as arguments are added (e.g. for the UI test's hover delay).
write_quiet_settings() {
  local file="$1"; shift
  {
    echo '{'
    printf '  %s,\n' '"workbench.startupEditor": "none"' '"workbench.tips.enabled": false' \
      '"workbench.enableExperiments": false' '"telemetry.telemetryLevel": "off"' \
      '"extensions.autoCheckUpdates": false' '"extensions.autoUpdate": false' '"update.mode": "none"' \
      '"security.workspace.trust.enabled": false' '"git.enabled": false' "$@"
    echo '  "chat.disableAIFeatures": true'
    echo '}'
  } > "$file"
}
