#!/usr/bin/env bash
# The side-by-side performance run behind the README's table: starts the JS reference skill (botbuilder 4.23.3),
# the bare Kestrel floor, GraciousBot three times (memory, SQLite, PostgreSQL storage) and a local PostgreSQL server
# (fsync on), drives them all with tools/GraciousBot.Load in one run, alternating, and stops everything it started.
#
# Usage: tools/perf.sh [compare|first|memory|all] [extra graciousbot-load options, e.g. --seconds 10 --rounds 3]
#   compare  whole flow (five turns, realistic context) at 64 conversations, normal delivery and expectReplies
#   first    the first turn alone with a minimal context (vs the floor)
#   memory   resident set after 10,000 closings (--closings N, --chunk N: a reading every N closings), and growth per closing;
#            the floor (when started) takes the same requests, for the resident set of a bare Kestrel process
#   together two builds at the same time (PERF_BASELINE_WEB, and one store: PERF_TARGETS=sqlite or memory), each driven by
#            its own load tool with half the conversations, round after round (PERF_ROUNDS, default 8; --seconds,
#            --modes): on a machine whose speed moves between rounds, both builds see the same machine in each round
# Environment: REFERENCE_SKILL (the reference skill folder; default ../shared/reference-skill), PERF_PORT (first of
# twelve ports, default 4100), PERF_TARGETS (which of js,floor,memory,sqlite,postgres,pg2 to start; default all but pg2;
# pg2 = two GraciousBot processes on one PostgreSQL database, the conversations split between them),
# PERF_SETTLE (seconds to wait after start-up before timing, default 20), PERF_WARMUP (seconds of the timed load each
# target gets per mode before the timed rounds, the same for every target, default 30: under this load the tiered JIT
# keeps compiling for ~50 s of a GraciousBot process's load, see the `jit` report in the README), PERF_BASELINE_WEB (another build's GraciousBot.Web.dll, e.g. main's, run as main-memory, main-sqlite and main-postgres in the same
# run for a before/after comparison), PERF_PIN (set: each GraciousBot process is held to one core with taskset, the
# second pg2 instance to core 1 and every other to core 0, so one instance and two compare as one core and two; the JS
# skill, the database and the load driver are not pinned), PERF_CPU_SHARE (e.g. 0.4: each GraciousBot process gets a
# CPU quota of that many cores in a cgroup of its own (cgroup v1 cpu controller, needs root), as separate machines or
# containers with CPU limits would have: how two pg2 instances scale against one when an instance's CPU, not the whole
# machine's, is what runs out; the JS skill, the database and the load driver are not limited), PERF_GB_ENV (environment
# assignments for this build's GraciousBot processes only, not the PERF_BASELINE_WEB ones, e.g.
# "DOTNET_GCgen0size=0x4000000": a runtime setting side by side with the same build without it).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
what=${1:-all}
shift || true
port=${PERF_PORT:-4100}
targets=${PERF_TARGETS:-js,floor,memory,sqlite,postgres}
has() { [[ ",$targets," == *",$1,"* ]]; }

reference=${REFERENCE_SKILL:-}
for candidate in "$root/../shared/reference-skill" "$root/../../shared/reference-skill" /work/shared/reference-skill; do
  [ -z "$reference" ] && [ -f "$candidate/index.js" ] && reference=$candidate
done
[ -n "$reference" ] || { echo "The JS reference skill was not found: set REFERENCE_SKILL." >&2; exit 1; }

work=$(mktemp -d /tmp/graciousbot-perf-XXXXXX)
chmod 755 "$work"
pids=()
pgdata=""
pgroot=""
groups=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ ${#groups[@]} -gt 0 ]; then for pid in "${pids[@]}"; do for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done; done; fi
  for group in "${groups[@]}"; do rmdir "$group" 2>/dev/null || true; done
  if [ -n "$pgdata" ]; then runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$work" ${pgroot:+"$pgroot"}
}
trap cleanup EXIT

echo "== building (Release)"
dotnet build src/GraciousBot.Web -c Release -nologo -clp:ErrorsOnly -v:q >/dev/null
dotnet build tools/GraciousBot.Load -c Release -nologo -clp:ErrorsOnly -v:q >/dev/null
web=$root/src/GraciousBot.Web/bin/Release/net10.0/GraciousBot.Web.dll
load=(dotnet "$root/tools/GraciousBot.Load/bin/Release/net10.0/graciousbot-load.dll")

wait_up() { # url
  for _ in $(seq 1 300); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -d '{}' "$1/api/messages" || true)
    [ "$code" != "000" ] && return 0
    sleep 0.2
  done
  echo "$1 did not start" >&2; exit 1
}

args=()
start_gb() { # name port storage-args...
  local name=$1 p=$2 dll=$web pin=() extra=(); shift 2
  [[ $name == main-* ]] && dll=$PERF_BASELINE_WEB
  # PERF_GB_ENV: environment assignments for this build's instances only (not main-*), e.g. a runtime knob side by side.
  [[ $name != main-* ]] && [ -n "${PERF_GB_ENV:-}" ] && read -ra extra <<<"$PERF_GB_ENV"
  # PERF_PIN: every GraciousBot instance gets one core of its own (the second pg2 instance core 1, every other core 0).
  [ -n "${PERF_PIN:-}" ] && pin=(taskset -c "${CPU:-0}")
  # PERF_CPU_SHARE: the instance runs in its own cgroup with a quota of that many cores per 20 ms period (short, so
  # throttling spreads over each second instead of stalling the instance for tens of milliseconds at a time).
  local group=""
  if [ -n "${PERF_CPU_SHARE:-}" ]; then
    group=/sys/fs/cgroup/cpu/graciousbot-perf-$$-$name
    mkdir "$group" && groups+=("$group")
    echo 20000 >"$group/cpu.cfs_period_us"
    awk -v share="$PERF_CPU_SHARE" 'BEGIN { printf "%d\n", share * 20000 }' >"$group/cpu.cfs_quota_us"
  fi
  mkdir -p "$work/$name"
  (cd "$work/$name" && { [ -z "$group" ] || echo "$BASHPID" >"$group/cgroup.procs"; } && ASPNETCORE_ENVIRONMENT=Production exec "${pin[@]}" env "${extra[@]}" dotnet "$dll" --urls "http://127.0.0.1:$p" \
     --contentRoot "$work/$name" --Logging:LogLevel:Default=Warning --DirectLine:Enabled=false "$@" >"$work/$name.log" 2>&1) &
  pids+=($!); args+=(--target "$name=http://127.0.0.1:$p@$!")
}

if has js; then
  echo "== JS reference skill ($reference)"
  cp -r "$reference" "$work/reference-skill"
  rm -rf "$work/reference-skill/node_modules"
  (cd "$work/reference-skill" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  (cd "$work/reference-skill" && exec node index.js --profile graciousbot --port $((port + 1)) --quiet >"$work/js.log" 2>&1) &
  pids+=($!); args+=(--target "js=http://127.0.0.1:$((port + 1))@$!")
fi
if has floor; then
  ("${load[@]}" floor --port $((port + 2)) >"$work/floor.log" 2>&1) &
  pids+=($!); args+=(--target "floor=http://127.0.0.1:$((port + 2))@$!")
fi
if [ -n "${PERF_BASELINE_WEB:-}" ]; then
  has memory && start_gb main-memory $((port + 7)) --Storage:Provider=Memory
  has sqlite && start_gb main-sqlite $((port + 8)) --Storage:Provider=Sqlite --Storage:SqlitePath="$work/main-sqlite/graciousbot.db"
fi
if has memory; then start_gb gb-memory $((port + 3)) --Storage:Provider=Memory; fi
if has sqlite; then start_gb gb-sqlite $((port + 4)) --Storage:Provider=Sqlite --Storage:SqlitePath="$work/gb-sqlite/graciousbot.db"; fi
if has postgres || has pg2; then
  echo "== PostgreSQL (fsync on, synchronous_commit on)"
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pgroot=$(mktemp -d /tmp/graciousbot-perf-pg-XXXXXX); chown postgres "$pgroot"; pgdata=$pgroot/data
  runuser -u postgres -- "$pgbin/initdb" -D "$pgdata" -U postgres -A trust -E UTF8 --locale=C >/dev/null
  printf "listen_addresses = '127.0.0.1'\nport = %d\nunix_socket_directories = ''\nmax_connections = 200\nfsync = on\nsynchronous_commit = on\n" $((port + 6)) >>"$pgdata/postgresql.conf"
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -l "$pgroot/postgres.log" -w start >/dev/null
  pg="Host=127.0.0.1;Port=$((port + 6));Username=postgres"
  has postgres && start_gb gb-postgres $((port + 5)) --Storage:Provider=Postgres "--Storage:PostgresConnectionString=$pg;Database=postgres"
  if [ -n "${PERF_BASELINE_WEB:-}" ] && has postgres; then
    runuser -u postgres -- "$pgbin/psql" -h 127.0.0.1 -p $((port + 6)) -U postgres -qc "CREATE DATABASE main" >/dev/null
    start_gb main-postgres $((port + 11)) --Storage:Provider=Postgres "--Storage:PostgresConnectionString=$pg;Database=main"
  fi
fi
if has pg2; then
  # Two instances on their own database (not the one gb-postgres uses), one target: conversations alternate between them.
  runuser -u postgres -- "$pgbin/psql" -h 127.0.0.1 -p $((port + 6)) -U postgres -qc "CREATE DATABASE pg2" >/dev/null
  start_gb gb-pg2a $((port + 9)) --Storage:Provider=Postgres "--Storage:PostgresConnectionString=$pg;Database=pg2"
  first=${args[-1]#*=}; args=("${args[@]:0:${#args[@]}-2}")
  CPU=1 start_gb gb-pg2b $((port + 10)) --Storage:Provider=Postgres "--Storage:PostgresConnectionString=$pg;Database=pg2"
  second=${args[-1]#*=}; args=("${args[@]:0:${#args[@]}-2}")
  args+=(--target "gb-pg2=$first,$second")
fi

for target in "${args[@]}"; do
  [ "$target" = --target ] && continue
  IFS=, read -ra instances <<<"${target#*=}"
  for instance in "${instances[@]}"; do wait_up "${instance%@*}"; done
done

# Let start-up work finish (JIT, the background compile of the detail patterns) before anything is timed.
sleep "${PERF_SETTLE:-20}"

context=$reference/realistic-context.json
case $what in
  compare) "${load[@]}" compare "${args[@]}" --scenario closing --context "$context" --conversations 64 --warmup "${PERF_WARMUP:-30}" "$@" ;;
  first)   "${load[@]}" compare "${args[@]}" --scenario first --modes expectReplies,normal --conversations 64 --warmup "${PERF_WARMUP:-30}" "$@" ;;
  memory)  "${load[@]}" memory "${args[@]}" --context "$context" --conversations 64 "$@" ;;
  all)
    "${load[@]}" compare "${args[@]}" --scenario closing --context "$context" --conversations 64 --warmup "${PERF_WARMUP:-30}" "$@"
    "${load[@]}" compare "${args[@]}" --scenario first --modes expectReplies,normal --conversations 64 --warmup "${PERF_WARMUP:-30}" "$@"
    "${load[@]}" memory "${args[@]}" --context "$context" --conversations 64 ;;
  together)
    [ ${#args[@]} -eq 4 ] && [ -n "${PERF_BASELINE_WEB:-}" ] || { echo "together: PERF_BASELINE_WEB and one store (PERF_TARGETS=sqlite or memory)" >&2; exit 2; }
    # Round 0 is the warm-up (PERF_WARMUP, default 90 s here: both processes and their JIT share the machine).
    for round in $(seq 0 "${PERF_ROUNDS:-8}"); do
      drivers=()
      # The two drivers start one after the other: which goes first alternates by round, so the start order is not a
      # difference between the builds. (It did not explain why one side of an A/A run, the same build twice, can lead
      # every round: the README's session 12 paragraph.)
      pair=("${args[1]}" "${args[3]}"); [ $((round % 2)) -eq 0 ] && pair=("${args[3]}" "${args[1]}")
      for target in "${pair[@]}"; do
        out=$work/together-${target%%=*}.txt
        "${load[@]}" compare --target "$target" --scenario closing --context "$context" --conversations 32 --warmup 0 \
          --rounds 1 $([ "$round" -eq 0 ] && echo "--seconds ${PERF_WARMUP:-90}") "$@" >"$out" 2>&1 &
        drivers+=($!)
      done
      wait "${drivers[@]}"
      [ "$round" -eq 0 ] && { echo "== together: turns/s and CPU ms per turn, round by round"; continue; }
      for out in "$work/together-${args[1]%%=*}.txt" "$work/together-${args[3]%%=*}.txt"; do grep -E '^\| (gb|main)-' "$out" | awk -F'|' -v r="$round" '{ printf "round %s %-12s %-14s %8s turns/s %8s ms p99 %7s ms CPU/turn\n", r, $2, $3, $5, $9, $11 }'; done
    done ;;
  *) echo "unknown: $what (compare|first|memory|together|all)" >&2; exit 2 ;;
esac
