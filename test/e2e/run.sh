#!/usr/bin/env bash
# End-to-end tests in a real VS Code (code-server, the VS Code server + web workbench), driven by
# Debian's headless Chromium through playwright-core. `npm run test:e2e` runs this.
#   Mode 1  in-host suite: the extension loaded from this clone (development folder), the mocha
#           suite in suite/ running inside the extension host with the real `vscode` API.
#   Mode 2  UI test: `npm run package` → .vsix → `code-server --install-extension`, then the
#           workbench is driven like a person would (drive/ui.ts); screenshots in artifacts/.
# Ends with one line "e2e: N passed, N failed". Env knobs:
#   TORNET_E2E_CACHE (default /var/tmp/tornet-e2e)  Node 24 + code-server installs, reused
#   TORNET_E2E_MODES (default "in-host ui")         which modes to run
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ARTIFACTS=$HERE/artifacts
MODES=${TORNET_E2E_MODES:-in-host ui}
now() { date +%s; }
say() { echo "[e2e $(date -u +%H:%M:%S)] $*"; }
T_START=$(now)

T=$(now)
if ! TOOLS=$("$HERE/install.sh"); then
  say "installing the tools failed"
  echo "e2e: 0 passed, 1 failed"
  exit 1
fi
eval "$TOOLS"
say "tools ready in $(( $(now) - T )) s: node $("$NODE24/bin/node" --version), code-server $(node -p "require('$CODE_SERVER/package.json').version")"

rm -rf "$ARTIFACTS"; mkdir -p "$ARTIFACTS"
# State, sockets and workspaces live in a short folder under /tmp (unix socket paths are short).
WORK=$(mktemp -d /tmp/tne2e.XXXXXX)
CS_PID=
stop_code_server() {
  [ -n "$CS_PID" ] || return 0
  kill -TERM -- "-$CS_PID" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 -- "-$CS_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$CS_PID" 2>/dev/null || true
  CS_PID=
}
cleanup() { stop_code_server; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

# Fresh user data, settings and extensions folder for one code-server: sets STATE and CODE_SERVER_CMD.
new_state() {
  STATE=$WORK/$1
  mkdir -p "$STATE/user-data/User" "$STATE/extensions" "$STATE/xdg-config" "$STATE/xdg-data"
  cp "$HERE/settings.json" "$STATE/user-data/User/settings.json"
  CODE_SERVER_CMD=(env XDG_CONFIG_HOME="$STATE/xdg-config" XDG_DATA_HOME="$STATE/xdg-data"
    "$NODE24/bin/node" "$CODE_SERVER/out/node/entry.js" --config "$STATE/config.yaml"
    --auth none --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override
    --user-data-dir "$STATE/user-data" --extensions-dir "$STATE/extensions")
}
# Starts code-server on a free loopback port in its own session (one process group to stop): sets CS_URL.
start_code_server() {
  local port log
  port=$(free_port); log=$ARTIFACTS/code-server-$(basename "$STATE").log
  CS_URL=http://127.0.0.1:$port
  setsid "${CODE_SERVER_CMD[@]}" --bind-addr "127.0.0.1:$port" "$@" >"$log" 2>&1 &
  CS_PID=$!
  for _ in $(seq 600); do
    curl -fsS -o /dev/null "$CS_URL/healthz" 2>/dev/null && { say "code-server on $CS_URL (pid $CS_PID)"; return 0; }
    kill -0 "$CS_PID" 2>/dev/null || break
    sleep 0.1
  done
  say "code-server did not start:"; tail -30 "$log"; return 1
}
export TMPDIR=$WORK/t; mkdir -p "$TMPDIR"
# No marketplace: extension lookups go to a closed loopback port.
export EXTENSIONS_GALLERY='{"serviceUrl":"http://127.0.0.1:9/gallery","itemUrl":"http://127.0.0.1:9/item"}'
export CHROMIUM=${CHROMIUM:-$(command -v chromium)}

PASSED=0; FAILED=0
# Adds a mode's report ({passed, failed}) to the totals; a mode without a report failed once.
count() {
  local report=$1 rc=$2
  if [ -f "$report" ]; then
    PASSED=$(( PASSED + $(node -p "require('$report').passed") ))
    FAILED=$(( FAILED + $(node -p "require('$report').failed") ))
    [ "$rc" -eq 0 ] || [ "$(node -p "require('$report').failed")" -gt 0 ] || FAILED=$(( FAILED + 1 ))
  else
    FAILED=$(( FAILED + 1 ))
  fi
}
drive() { (cd "$ROOT" && timeout --kill-after=10 "$1" node --import tsx "$HERE/drive/$2"); }

if [[ " $MODES " == *" in-host "* ]]; then
  T=$(now)
  (cd "$ROOT" && node scripts/build.mjs >/dev/null && node test/e2e/build-suite.mjs >/dev/null)
  new_state in-host
  cp -r "$HERE/fixtures/workspace" "$WORK/ws-in-host"
  export TORNET_E2E_REPORT=$ARTIFACTS/in-host-report.json
  start_code_server --vscode-option enable-smoke-test-driver
  rc=0
  CS_URL=$CS_URL WORKSPACE=$WORK/ws-in-host EXT_DEV_PATH=$ROOT EXT_TESTS_PATH=$HERE/out/suite.cjs \
    PW_PROFILE=$STATE/chromium SHOT=$ARTIFACTS/in-host-failure.png drive 900 in-host.ts || rc=$?
  stop_code_server
  count "$TORNET_E2E_REPORT" "$rc"
  [ -f "$TORNET_E2E_REPORT" ] && node -e "const r=require('$TORNET_E2E_REPORT'); for (const [k,v] of Object.entries(r.metrics)) console.log('[e2e metric] '+k+' = '+v)"
  say "in-host mode: exit $rc in $(( $(now) - T )) s"
fi

if [[ " $MODES " == *" ui "* ]]; then
  T=$(now)
  VSIX=$ARTIFACTS/tornet-studio.vsix
  (cd "$ROOT" && npm run --silent package -- --out "$VSIX" >"$ARTIFACTS/package.log" 2>&1) || { cat "$ARTIFACTS/package.log"; exit 1; }
  for file in "$ROOT"/dist/*.cjs "$ROOT"/dist/webview.js "$ROOT"/dist/webview.css "$VSIX"; do
    echo "[e2e metric] size $(basename "$file") = $(( $(stat -c %s "$file") / 1024 )) KiB"
  done
  new_state ui
  "${CODE_SERVER_CMD[@]}" --install-extension "$VSIX" >"$ARTIFACTS/install-extension.log" 2>&1 || { cat "$ARTIFACTS/install-extension.log"; exit 1; }
  cp -r "$HERE/fixtures/workspace" "$WORK/ws-ui"
  start_code_server
  rc=0
  CS_URL=$CS_URL WORKSPACE=$WORK/ws-ui PW_PROFILE=$STATE/chromium ARTIFACTS=$ARTIFACTS \
    UI_REPORT=$ARTIFACTS/ui-report.json drive 600 ui.ts || rc=$?
  stop_code_server
  count "$ARTIFACTS/ui-report.json" "$rc"
  say "ui mode: exit $rc in $(( $(now) - T )) s; vsix $(du -k "$VSIX" | cut -f1) KiB; screenshots in $ARTIFACTS"
fi

say "total $(( $(now) - T_START )) s"
echo "e2e: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ] && [ "$PASSED" -gt 0 ]
