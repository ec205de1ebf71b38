#!/usr/bin/env bash
# Installs what the editor-level tests need, only what is missing, from Debian apt and the npm registry:
#   exthost, ui: chromium (driven by playwright-core), code-server (its VS Code server) cached by version
#                in $CS_HOME; building it needs libkrb5-dev, g++, make, python3
#   ui:          also a CJK font (fonts-wqy-zenhei) for readable screenshots
#   nvim:        neovim (0.7 in Debian bookworm)
# Usage: setup.sh [exthost] [ui] [nvim]    (no argument: exthost nvim)
# code-server is never a dependency in package.json: `npm ci` would run its failing postinstall and pull 300 MB.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/common.sh"
want=("$@"); [ ${#want[@]} -gt 0 ] || want=(exthost nvim)
has() { local w; for w in "${want[@]}"; do [ "$w" = "$1" ] && return 0; done; return 1; }
need_cs=0; { has exthost || has ui; } && [ ! -f "$CS_HOME/.ok" ] && need_cs=1

pkgs=()
if has exthost || has ui; then
  [ -x "$CHROMIUM" ] || pkgs+=(chromium)
fi
# screenshots with Chinese text need a CJK font (CI runs no UI test)
if has ui; then dpkg -s fonts-wqy-zenhei >/dev/null 2>&1 || pkgs+=(fonts-wqy-zenhei); fi
if [ $need_cs = 1 ]; then
  dpkg -s libkrb5-dev >/dev/null 2>&1 || pkgs+=(libkrb5-dev)   # code-server's kerberos native module
  command -v g++ >/dev/null || pkgs+=(g++)
  command -v make >/dev/null || pkgs+=(make)
  command -v python3 >/dev/null || pkgs+=(python3)
fi
if has nvim; then command -v nvim >/dev/null || pkgs+=(neovim); fi

if [ ${#pkgs[@]} -gt 0 ]; then
  t0=$(now_ms)
  if [ "$(id -u)" = 0 ]; then sudo=(); elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo=(sudo -n); else
    echo "setup: please install with apt: ${pkgs[*]}" >&2; exit 1
  fi
  echo "setup: apt-get install ${pkgs[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
  [[ " ${pkgs[*]} " = *" chromium "* ]] && CHROMIUM="$(command -v chromium)"
  echo "setup: apt took $(( ($(now_ms) - t0) / 1000 )) s"
fi

if [ $need_cs = 1 ]; then
  t0=$(now_ms)
  echo "setup: installing code-server $CS_VERSION from npm into $CS_HOME (log: $CS_HOME.install.log)"
  rm -rf "$CS_HOME"; mkdir -p "$CS_HOME"
  if ! CS_VERSION="$CS_VERSION" bash "$HERE/install-code-server.sh" "$CS_HOME" > "$CS_HOME.install.log" 2>&1; then
    tail -40 "$CS_HOME.install.log" >&2
    rm -rf "$CS_HOME"
    exit 1
  fi
  touch "$CS_HOME/.ok"
  echo "setup: code-server took $(( ($(now_ms) - t0) / 1000 )) s"
fi
if has exthost || has ui; then echo "setup: code-server $CS_VERSION in $CS_HOME; chromium: $("$CHROMIUM" --version 2>/dev/null | head -1)"; fi
if has nvim; then echo "setup: $(nvim --version | head -1)"; fi
