#!/usr/bin/env bash
# The benchmark, in one command:
#   bench/run.sh [--events 10000,1000000] [--duration 10s] [--connections 32] [--modes cached[,uncached]] [--rounds 3]
# Builds Release, installs wrk (apt) and json-server (npm, pinned in package-lock.json) if missing,
# generates the synthetic databases, then for each size starts the API on 127.0.0.1 against that file
# and drives one endpoint at a time with wrk. In the same run it measures the ceiling (a minimal
# ASP.NET app answering the trade-turnover body, and again each endpoint's own body) and the peer
# (json-server serving the same series).
# The headline (issue 15) is each endpoint uncached against the ceiling answering that endpoint's own
# body, the two alternating endpoint by endpoint for --rounds rounds, so that both see the same load
# from whatever else runs on the machine; the medians and the median of each round's ratio are reported.
# Not a test: CI never runs it. Results go to bench/results/.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench")
events=10000,1000000 duration=10s connections=32 threads=1 modes=cached rounds=3
while [ $# -gt 0 ]; do
  case "$1" in
    --events) events=$2 ;; --duration) duration=$2 ;; --connections) connections=$2 ;; --modes) modes=$2 ;; --rounds) rounds=$2 ;;
    *) echo "usage: bench/run.sh [--events 10000,1000000] [--duration 10s] [--connections 32] [--modes cached[,uncached]] [--rounds 3]" >&2; exit 2 ;;
  esac
  shift 2
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ASPNETCORE_ENVIRONMENT=Production
results=$bench/results; mkdir -p "$results" "$bench/data"
api_port=5181 ceiling_port=5182 peer_port=5183

# Every server this script starts, stopped on exit whatever happens.
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; pids=(); }
trap cleanup EXIT
stop() {
  kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true
  local left=(); for pid in "${pids[@]}"; do [ "$pid" = "$1" ] || left+=("$pid"); done; pids=("${left[@]}")
}

wait_for() { # URL [PID]: up to 120 s, for a server to answer; fails at once when PID has exited
  for _ in $(seq 240); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    if [ -n "${2:-}" ] && ! kill -0 "$2" 2>/dev/null; then echo "the server for $1 exited" >&2; return 1; fi
    sleep 0.5
  done
  echo "no answer from $1" >&2; exit 1
}

echo "== tools"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ -x "$bench/node_modules/.bin/json-server" ] || (cd "$bench" && npm ci --no-audit --no-fund --loglevel=error)

echo "== build (Release)"
for project in "$root/src/AzChina.Api/AzChina.Api.csproj" "$bench/AzChina.Generator/AzChina.Generator.csproj" "$bench/AzChina.Ceiling/AzChina.Ceiling.csproj"; do
  dotnet build "$project" -c Release -v quiet -nologo | grep -E "error|Warn|warn" || true
done
api_dll=$root/src/AzChina.Api/bin/Release/net10.0/AzChina.Api.dll

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

bench_url() { # NAME URL → "NAME rps p50 p99 errors", one line
  local line
  line=$(wrk -t"$threads" -c"$connections" -d"$duration" -s "$bench/latency.lua" "$2" | grep '^RESULT')
  echo "$1 $(echo "$line" | awk '{ print $3, $4, $5, $6 }')"
}

# The API on a database file, served as it is; the rate limit lifted by configuration so that it
# does not cap the load of one client, and the per-request log line lowered to Warning (a console
# line per request would be what is measured). $2: response cache size in MB (0 = off).
start_api() {
  dotnet "$api_dll" --urls "http://127.0.0.1:$api_port" \
    --Database:Path="$1" --Database:BuildFromSeeds=false \
    --Http:RateLimitPermits=1000000000 --Http:ResponseCacheMegabytes="$2" \
    --Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning \
    >"$results/api.log" 2>&1 &
  api_pid=$!; pids+=("$api_pid")
  wait_for "http://127.0.0.1:$api_port/health" "$api_pid"
}

# Whether the API just started serves the file's stored representations: a file another build rendered
# (every commit is another build: the SDK stamps the commit into the assembly) is computed per request.
serves_stored() { ! grep -q "not rendered by this code" "$results/api.log"; }

generate() { # N DB
  echo "== generate $1 events"
  dotnet "$bench/AzChina.Generator/bin/Release/net10.0/AzChina.Generator.dll" --events "$1" --out "$2"
}

date_run=$(date -u +%Y-%m-%d)
table=$results/table.md headline=$results/headline.md
: >"$table"
{
  echo "Headline, $date_run at $(git -C "$root" rev-parse --short HEAD): each endpoint uncached (response cache off) against the ceiling"
  echo "app answering that endpoint's own body, alternating, wrk -t$threads -c$connections -d$duration, $rounds rounds, on $(nproc) cores;"
  echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg). Medians; × is the median of each round's ratio. Target: ≥ 0.4×, p99 < 10 ms."
  echo
  echo "| events | endpoint | bytes | uncached req/s | p50 ms | p99 ms | same-body ceiling req/s | × same-body ceiling | target |"
  echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
} >"$headline"
api_base=http://127.0.0.1:$api_port
first_size=${events%%,*}

for n in ${events//,/ }; do
  db=$bench/data/events-$n.db
  [ -f "$db" ] || generate "$n" "$db"
  # A file made for other migrations is refused at start-up; one rendered by another build is computed per request.
  if ! start_api "$db" 0 || ! serves_stored; then
    echo "== $db was built by another build: generating it again"; stop "$api_pid"; rm -f "$db"; generate "$n" "$db"; start_api "$db" 0
  fi

  # The URLs, found from the data: a person whose name is rare (ASCII, for the URL), a cursor 1,000
  # pages of 50 deep (or three quarters of the list when it is shorter), by following nextCursor.
  person=$(sqlite3 "$db" "SELECT id || '|' || name FROM actors WHERE kind = 'person' AND name NOT GLOB '*[^ -~]*'
                          GROUP BY name HAVING count(*) = 1 ORDER BY length(name) DESC, name LIMIT 1")
  person_id=${person%%|*} person_name=${person#*|}
  depth=$(( n * 3 / 4 / 50 < 1000 ? n * 3 / 4 / 50 : 1000 ))
  cursor=""
  for _ in $(seq $(( depth / 10 ))); do
    cursor=$(curl -fsS "$api_base/events?limit=500${cursor:+&cursor=$cursor}" | grep -o '"nextCursor":"[^"]*"' | cut -d'"' -f4)
  done
  if [ "$n" = "$first_size" ]; then curl -fsS "$api_base/metrics?name=trade_turnover" >"$results/trade_turnover.json"; fi

  event_id=$(sqlite3 "$db" "SELECT id FROM events ORDER BY sort_desc DESC, id DESC LIMIT 1 OFFSET $(( n / 2 ))")
  endpoints=(
    "metrics|/metrics?name=trade_turnover"
    "events|/events?limit=50"
    "events-filtered|/events?type=meeting&from=2015-01-01&to=2024-12-31&limit=50"
    "events-fulltext|/events?q=Middle%20Corridor&limit=50"
    "events-deep(p$depth)|/events?limit=50&cursor=$cursor"
    "event|/events/$event_id"
    "actors|/actors?limit=50"
    "actor|/actors/$person_id"
    "search|/search?q=${person_name// /%20}"
  )
  # Each endpoint's own body, for the same-body ceiling below.
  bodies=$results/bodies-$n; rm -rf "$bodies"; mkdir -p "$bodies"
  for entry in "${endpoints[@]}"; do
    path=${entry#*|}
    curl -fsS -o "$bodies/$(printf '%s' "$path" | sha1sum | cut -c1-16)" "$api_base$path"
  done
  stop "$api_pid"

  # The ceiling again, per endpoint, answering that endpoint's own body as a constant: the API's
  # throughput over this is the share of the framework's best that the API's own work leaves. Both run
  # at once and take turns, endpoint by endpoint, so that a neighbour's load falls on both alike.
  echo "== headline: uncached against the same-body ceiling, $n events, $rounds rounds"
  dotnet "$bench/AzChina.Ceiling/bin/Release/net10.0/AzChina.Ceiling.dll" --urls "http://127.0.0.1:$ceiling_port" \
    --Bodies="$bodies" >"$results/ceiling.log" 2>&1 &
  ceiling_pid=$!; pids+=("$ceiling_pid")
  wait_for "http://127.0.0.1:$ceiling_port/metrics?name=trade_turnover"
  start_api "$db" 0
  for entry in "${endpoints[@]}"; do # warm-up: JIT tiers and the page cache
    path=${entry#*|}
    wrk -t"$threads" -c"$connections" -d3s "$api_base$path" >/dev/null
    wrk -t"$threads" -c"$connections" -d1s "http://127.0.0.1:$ceiling_port$path" >/dev/null
  done
  declare -A same_body=() api_rounds=() ceiling_rounds=() ratio_rounds=() p50_rounds=() p99_rounds=()
  for round in $(seq "$rounds"); do
    for entry in "${endpoints[@]}"; do
      name=${entry%%|*} path=${entry#*|}
      read -r _ rps p50 p99 _ < <(bench_url "$name" "$api_base$path")
      read -r _ ceiling _ < <(bench_url "$name" "http://127.0.0.1:$ceiling_port$path")
      api_rounds[$name]+=" $rps" ceiling_rounds[$name]+=" $ceiling" p50_rounds[$name]+=" $p50" p99_rounds[$name]+=" $p99"
      ratio_rounds[$name]+=" $(awk "BEGIN { printf \"%.3f\", $rps / $ceiling }")"
      printf 'round %s %-22s %8s req/s  p99 %7s ms   ceiling %8s req/s\n' "$round" "$name" "$rps" "$p99" "$ceiling"
    done
  done
  for entry in "${endpoints[@]}"; do
    name=${entry%%|*} path=${entry#*|}
    # shellcheck disable=SC2086 # the rounds are a word list
    rps=$(median ${api_rounds[$name]}) ceiling=$(median ${ceiling_rounds[$name]}) ratio=$(median ${ratio_rounds[$name]})
    # shellcheck disable=SC2086
    p50=$(median ${p50_rounds[$name]}) p99=$(median ${p99_rounds[$name]})
    same_body[$name]=$ceiling
    met=$(awk "BEGIN { print ($ratio >= 0.4 && $p99 < 10) ? \"met\" : \"not met\" }")
    echo "| $n | \`${path:0:60}\` | $(wc -c <"$bodies/$(printf '%s' "$path" | sha1sum | cut -c1-16)") | $rps | $p50 | $p99 | $ceiling | $(printf '%.2f' "$ratio") | $met |" >>"$headline"
  done
  peak=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$api_pid/status")
  echo "| $n | API peak memory (VmHWM), uncached | | | | | | | $peak MB |" >>"$headline"
  stop "$api_pid"
  stop "$ceiling_pid"

  if [ "$n" = "$first_size" ]; then
    echo "== ceiling and peer"
    dotnet "$bench/AzChina.Ceiling/bin/Release/net10.0/AzChina.Ceiling.dll" --urls "http://127.0.0.1:$ceiling_port" \
      --Body="$results/trade_turnover.json" >"$results/ceiling.log" 2>&1 &
    ceiling_pid=$!; pids+=("$ceiling_pid")
    wait_for "http://127.0.0.1:$ceiling_port/"
    read -r _ ceiling_rps ceiling_p50 ceiling_p99 ceiling_errors < <(bench_url ceiling "http://127.0.0.1:$ceiling_port/metrics?name=trade_turnover")
    stop "$ceiling_pid"
    # json-server serves db.json's trade_turnover member (the API's series) at /trade_turnover.
    printf '{ "trade_turnover": %s }\n' "$(cat "$results/trade_turnover.json")" >"$results/peer-db.json"
    "$bench/node_modules/.bin/json-server" --quiet --host 127.0.0.1 --port "$peer_port" "$results/peer-db.json" >"$results/peer.log" 2>&1 &
    peer_pid=$!; pids+=("$peer_pid")
    wait_for "http://127.0.0.1:$peer_port/trade_turnover"
    read -r _ peer_rps peer_p50 peer_p99 peer_errors < <(bench_url peer "http://127.0.0.1:$peer_port/trade_turnover")
    stop "$peer_pid"
    {
      echo "Run of $date_run: wrk -t$threads -c$connections -d$duration, one endpoint at a time, on $(nproc) cores."
      echo
      echo "| events | cache | endpoint | requests/s | p50 ms | p99 ms | × ceiling | × same-body ceiling | × json-server | errors |"
      echo "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
      echo "| – | – | ceiling (constant body, $(wc -c <"$results/trade_turnover.json") bytes) | $ceiling_rps | $ceiling_p50 | $ceiling_p99 | 1.00 | | $(awk "BEGIN { printf \"%.1f\", $ceiling_rps / $peer_rps }") | $ceiling_errors |"
      echo "| – | – | json-server 0.17.4, same series | $peer_rps | $peer_p50 | $peer_p99 | $(awk "BEGIN { printf \"%.2f\", $peer_rps / $ceiling_rps }") | | 1.0 | $peer_errors |"
    } >>"$table"
  fi

  # Uncached is the headline above; the table keeps the cached mode (and uncached once more, one endpoint at a time).
  for mode in ${modes//,/ }; do
    echo "== $n events, response cache $mode"
    start_api "$db" "$([ "$mode" = cached ] && echo 64 || echo 0)"
    for entry in "${endpoints[@]}"; do
      name=${entry%%|*} path=${entry#*|}
      curl -fsS -o /dev/null "$api_base$path" || { echo "failed: $path" >&2; exit 1; }
      read -r _ rps p50 p99 errors < <(bench_url "$name" "$api_base$path")
      printf '%-22s %8s req/s  p50 %7s ms  p99 %7s ms  errors %s\n' "$name" "$rps" "$p50" "$p99" "$errors"
      echo "| $n | $mode | \`${path:0:60}\` | $rps | $p50 | $p99 | $(awk "BEGIN { printf \"%.2f\", $rps / $ceiling_rps }") | $(awk "BEGIN { printf \"%.2f\", $rps / ${same_body[$name]} }") | $(awk "BEGIN { printf \"%.1f\", $rps / $peer_rps }") | $errors |" >>"$table"
    done
    peak=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$api_pid/status")
    echo "API peak memory (VmHWM): $peak MB"
    echo "| $n | $mode | API peak memory (VmHWM) | $peak MB | | | | | | |" >>"$table"
    stop "$api_pid"
  done
done

echo
cat "$headline"
echo
cat "$table"
