# Shared by the fault scripts: build the API once, start and stop it on 127.0.0.1, read its memory.
# Source it; never run it. Every server started here is stopped on exit, by its own pid.
set -euo pipefail
faults=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$faults/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ASPNETCORE_ENVIRONMENT=Production
build=$faults/.build           # the Release build the scripts run
work=${FAULTS_WORK:-$faults/.work}  # databases, seeds and logs of a run
mkdir -p "$work"

# Ports 5216-5219 only, on 127.0.0.1 only.
port=${FAULTS_PORT:-5216}
case "$port" in 5216|5217|5218|5219) ;; *) echo "FAULTS_PORT must be 5216-5219" >&2; exit 2 ;; esac
base=http://127.0.0.1:$port

build_api() {
  if [ ! -f "$build/AzChina.Api.dll" ] || [ -n "$(find "$root/src" "$root/db" "$root/seeds" \( -name bin -o -name obj \) -prune -o -type f -newer "$build/AzChina.Api.dll" -print -quit)" ]; then
    echo "== building the API (Release) into $build"
    dotnet publish "$root/src/AzChina.Api/AzChina.Api.csproj" -c Release -o "$build" --nologo -v quiet >/dev/null
  fi
}

api_pid=
stop_api() {
  if [ -n "$api_pid" ]; then kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; api_pid=; fi
}
trap stop_api EXIT

# start_api LOG [--Setting=value ...]: starts the API in the background (from its build folder, so that its
# appsettings.json is read) with the open-file limit as high as this shell may raise it.
start_api() {
  local log=$1; shift
  ( cd "$build" && ulimit -n "$(ulimit -Hn)" && exec dotnet AzChina.Api.dll --urls "$base" "$@" ) >"$log" 2>&1 &
  api_pid=$!
}

# run_api LOG [--Setting=value ...]: runs the API in the foreground (for a start-up that should end); prints its exit code.
run_api() {
  local log=$1; shift
  set +e
  ( cd "$build" && timeout 600 dotnet AzChina.Api.dll --urls "$base" "$@" ) >"$log" 2>&1
  local rc=$?
  set -e
  echo "$rc"
}

wait_ready() { # up to $1 seconds (default 120) for /health to answer at all
  for _ in $(seq $(( ${1:-120} * 4 ))); do
    curl -s -o /dev/null -m 2 "$base/health" && return 0
    [ -n "$api_pid" ] && ! kill -0 "$api_pid" 2>/dev/null && { echo "the API exited" >&2; return 1; }
    sleep 0.25
  done
  echo "no answer from $base" >&2; return 1
}

status() { curl -s -o /dev/null -w '%{http_code}' -m 10 "$@"; }
mem() { awk '/^VmRSS|^VmHWM/ { printf "%s %d MB  ", $1, $2 / 1024 }' "/proc/$api_pid/status"; echo; }
fds() { ls "/proc/$api_pid/fd" | wc -l; }
check() { # DESCRIPTION CONDITION...: prints PASS or FAIL and counts failures
  local what=$1; shift
  if "$@"; then echo "PASS  $what"; else echo "FAIL  $what"; failures=$((failures + 1)); fi
}
failures=0
finish() { echo "== $failures failure(s)"; [ "$failures" -eq 0 ]; }
