#!/usr/bin/env bash
# Comptoir's one test command: ./scripts/test.sh [extra dotnet test args, e.g. --filter ...]
#
# 1. installs missing system packages (PostgreSQL, Chromium, fonts) when run as root;
# 2. starts a throwaway PostgreSQL cluster (unless COMPTOIR_TEST_PG is already set)
#    and exports COMPTOIR_TEST_PG; exports COMPTOIR_CHROMIUM;
# 3. builds the solution once (Release) and runs every test project;
# 4. prints "N passed, N failed, N skipped" as the last line, from the TRX files.
# Exits non-zero if the build or dotnet test failed, a test failed, or no test ran.
#
# Environment:
#   COMPTOIR_TEST_PG   Npgsql connection string to use instead of a throwaway cluster
#   COMPTOIR_PG_PORT   port of the throwaway cluster (default 55432)
#   COMPTOIR_CHROMIUM  Chromium binary (default /usr/bin/chromium when present)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT_DIR=$(pwd)

log() { printf '[test.sh] %s\n' "$*" >&2; }

# ---------------------------------------------------------------- system deps
pg_bindir() {
  # Prefer PostgreSQL 15 (Debian 12), else the newest installed version.
  local d
  if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then
    echo /usr/lib/postgresql/15/bin
    return 0
  fi
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -n "$d" && -x "$d/initdb" ]]; then
    echo "$d"
    return 0
  fi
  if command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return 0
  fi
  return 1
}

missing=()
if [[ -z "${COMPTOIR_TEST_PG:-}" ]] && ! pg_bindir >/dev/null; then
  missing+=(postgresql)
fi
if [[ -z "${COMPTOIR_CHROMIUM:-}" ]] && ! command -v chromium >/dev/null 2>&1; then
  missing+=(chromium)
fi
if command -v dpkg-query >/dev/null 2>&1; then
  for p in fonts-dejavu-core fonts-liberation; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
fi

if ((${#missing[@]} > 0)); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    log "installing missing packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # Wait (up to 15 min) for any other apt/dpkg run holding the lock.
    apt_opts=(-o DPkg::Lock::Timeout=900 -o Acquire::Retries=3)
    apt-get "${apt_opts[@]}" update -q >&2
    apt-get "${apt_opts[@]}" install -y -q --no-install-recommends "${missing[@]}" >&2
  else
    log "WARNING: missing system packages: ${missing[*]}"
    log "         install them with: sudo apt-get install -y ${missing[*]}"
    log "         continuing: PostgreSQL tests are skipped without COMPTOIR_TEST_PG;"
    log "         browser tests need Chromium."
  fi
fi

# ------------------------------------------------------------------- Chromium
if [[ -z "${COMPTOIR_CHROMIUM:-}" ]]; then
  if [[ -x /usr/bin/chromium ]]; then
    export COMPTOIR_CHROMIUM=/usr/bin/chromium
  elif command -v chromium >/dev/null 2>&1; then
    COMPTOIR_CHROMIUM=$(command -v chromium)
    export COMPTOIR_CHROMIUM
  fi
fi
log "COMPTOIR_CHROMIUM=${COMPTOIR_CHROMIUM:-<unset>}"

# ----------------------------------------------------------------- PostgreSQL
PG_TMP=""
PG_BIN=""
as_pg() {
  # initdb/postgres refuse to run as root: run them as the postgres user then.
  # (from a directory the postgres user can enter, whatever the caller's cwd)
  if [[ $(id -u) -eq 0 ]]; then
    (cd "$PG_TMP" && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

stop_pg() {
  if [[ -n "$PG_TMP" && -d "$PG_TMP" ]]; then
    if [[ -f "$PG_TMP/data/postmaster.pid" ]]; then
      as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
        || as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w stop >/dev/null 2>&1 \
        || true
    fi
    rm -rf "$PG_TMP"
    log "PostgreSQL cluster stopped and removed"
  fi
  PG_TMP=""
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [[ -n "${COMPTOIR_TEST_PG:-}" ]]; then
  log "using caller's COMPTOIR_TEST_PG"
elif PG_BIN=$(pg_bindir); then
  if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    log "WARNING: no 'postgres' user to run PostgreSQL as; PostgreSQL tests will be skipped"
  else
    port=${COMPTOIR_PG_PORT:-55432}
    if port_busy "$port"; then
      if [[ -n "${COMPTOIR_PG_PORT:-}" ]]; then
        log "ERROR: port $port (COMPTOIR_PG_PORT) is already in use"
        exit 1
      fi
      for ((p = port + 1; p < port + 50; p++)); do
        if ! port_busy "$p"; then port=$p; break; fi
      done
      log "port 55432 busy, using $port"
    fi
    PG_TMP=$(mktemp -d "${TMPDIR:-/tmp}/comptoir-pg.XXXXXX")
    trap 'stop_pg' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    mkdir -p "$PG_TMP/sock"
    if [[ $(id -u) -eq 0 ]]; then
      chown -R postgres: "$PG_TMP"
    fi
    log "starting PostgreSQL ($PG_BIN) on 127.0.0.1:$port in $PG_TMP"
    if ! as_pg "$PG_BIN/initdb" -D "$PG_TMP/data" -U postgres -A trust -E UTF8 --no-locale \
      >"$PG_TMP/initdb.log" 2>&1; then
      cat "$PG_TMP/initdb.log" >&2
      log "ERROR: initdb failed"
      exit 1
    fi
    if ! as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/postgres.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_TMP/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null; then
      cat "$PG_TMP/postgres.log" >&2 || true
      log "ERROR: PostgreSQL did not start"
      exit 1
    fi
    for _ in $(seq 1 30); do
      if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres; then break; fi
      sleep 1
    done
    "$PG_BIN/pg_isready" -h 127.0.0.1 -p "$port" -U postgres >&2
    export COMPTOIR_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Pooling=true"
  fi
else
  log "WARNING: PostgreSQL not installed and COMPTOIR_TEST_PG unset: PostgreSQL tests will be skipped"
fi
log "COMPTOIR_TEST_PG=${COMPTOIR_TEST_PG:-<unset>}"

# ------------------------------------------------------------ build and test
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [[ -f .config/dotnet-tools.json || -f dotnet-tools.json ]]; then
  dotnet tool restore
fi

dotnet build Comptoir.slnx -c Release

RESULTS_DIR="$ROOT_DIR/TestResults"
rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"
test_rc=0
# LogFilePrefix, not LogFileName: with LogFileName every test project of the
# solution writes the same file and only the last one's counts survive.
dotnet test Comptoir.slnx -c Release --no-build \
  --logger "trx;LogFilePrefix=results" --results-directory "$RESULTS_DIR" "$@" \
  2>&1 | tee "$RESULTS_DIR/dotnet-test.log" || test_rc=$?

# The database is no longer needed; stop it now so that the summary stays last.
stop_pg

# --------------------------------------------------------------- TRX summary
total=0 passed=0 failed=0 skipped=0
shopt -s nullglob globstar
trx_files=("$RESULTS_DIR"/**/*.trx)
shopt -u globstar
# <Counters total=".." executed=".." passed=".." failed=".." error=".." timeout=".."
#           aborted=".." inconclusive=".." ... notExecuted=".." ... />
# xunit's skipped tests are in total but in neither passed nor failed.
attr() { printf '%s\n' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]\+' || echo 0; }
for trx in "${trx_files[@]}"; do
  counters=$(tr '\n' ' ' <"$trx" | grep -o '<Counters [^>]*>' | head -n 1 || true)
  [[ -n "$counters" ]] || continue
  t=$(attr total); p=$(attr passed)
  f=$(($(attr failed) + $(attr error) + $(attr timeout) + $(attr aborted)))
  total=$((total + t)); passed=$((passed + p)); failed=$((failed + f))
  skipped=$((skipped + t - p - f))
done
((skipped >= 0)) || skipped=0

status=0
if ((test_rc != 0)); then
  log "dotnet test exited with code $test_rc"
  status=1
fi
if ((failed > 0)); then
  status=1
fi
if grep -q 'Overwriting results file' "$RESULTS_DIR/dotnet-test.log" 2>/dev/null; then
  log "a TRX file was overwritten: the counts below are incomplete"
  status=1
fi
if ((${#trx_files[@]} == 0)); then
  log "no TRX result file in $RESULTS_DIR"
  status=1
fi
if ((passed + failed == 0)); then
  log "no test ran"
  status=1
fi

echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
