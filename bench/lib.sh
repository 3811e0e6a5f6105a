# Shared settings and helpers of the benchmark scripts in bench/. Sourced, not executed.
# shellcheck shell=bash disable=SC2034

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BENCH_REPO="$(cd "$BENCH_DIR/.." && pwd)"
BENCH_DEPLOY="$BENCH_REPO/deploy/local"

# A platform of its own, beside any other one on this machine (offsets 0, 1000, 2000 are
# commonly taken by developers' and test platforms). Generated files stay outside the repository.
: "${HC_HOME:=/tmp/hc-bench}"
: "${HC_PORT_OFFSET:=3000}"
: "${HC_BUILD:=never}"
# One client address shares one rate-limit bucket at the gateway: raise it for the load run.
: "${HC_GATEWAY_RATE:=5000r/s}"
: "${HC_GATEWAY_BURST:=5000}"
export HC_HOME HC_PORT_OFFSET HC_BUILD HC_GATEWAY_RATE HC_GATEWAY_BURST

# Raw results (CSV files, logs of each run).
: "${BENCH_OUT:=/tmp/hc-bench-results}"
mkdir -p "$BENCH_OUT"

HC_SERVICES_ALL="reporting-service victim-care-service case-service analytics-service"

bdie() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }
bsay() { printf '%s\n' "$*"; }

# Seconds since the epoch with nanoseconds.
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

load_average() { cut -d' ' -f1-3 /proc/loadavg; }

port_offset_port() { echo $(($1 + HC_PORT_OFFSET)); }
PG_PORT="$(port_offset_port 15432)"
GATEWAY_PORT="$(port_offset_port 8080)"
KEYCLOAK_PORT="$(port_offset_port 8180)"

service_port() {
  case "$1" in
    reporting-service) port_offset_port 8081 ;;
    victim-care-service) port_offset_port 8082 ;;
    case-service) port_offset_port 8083 ;;
    analytics-service) port_offset_port 8084 ;;
  esac
}

service_db() {
  case "$1" in
    reporting-service) echo reporting ;;
    victim-care-service) echo victim_care ;;
    case-service) echo cases ;;
    analytics-service) echo analytics ;;
  esac
}

pid_of() { local f="$HC_HOME/run/$1.pid"; [ -s "$f" ] && head -n 1 "$f"; }
alive() { local p; p="$(pid_of "$1")" && kill -0 "$p" 2>/dev/null; }

platform_running() {
  local c
  for c in postgres kafka keycloak $HC_SERVICES_ALL gateway; do alive "$c" && return 0; done
  return 1
}

# psql as the PostgreSQL superuser of this platform, on one database; unaligned, no headers.
psql_db() {
  local db=$1; shift
  [ -s "$HC_HOME/secrets/db.env" ] || bdie "no $HC_HOME/secrets/db.env: is the platform in $HC_HOME started?"
  (
    # shellcheck disable=SC1091
    source "$HC_HOME/secrets/db.env"
    PGPASSWORD="$HC_DB_SUPERUSER_PASSWORD" PGTZ=UTC psql -X -q -v ON_ERROR_STOP=1 \
      -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$db" "$@"
  )
}

# A process and all its descendants.
process_tree() {
  local pid=$1 child
  [ -d "/proc/$pid" ] || return 0
  echo "$pid"
  for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do process_tree "$child"; done
}

# Sum of VmRSS (kB) over the given pids.
rss_kb() {
  local pid sum=0 v
  for pid in "$@"; do
    v="$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)"
    sum=$((sum + ${v:-0}))
  done
  echo "$sum"
}

# Sum of Pss (kB) over the given pids: shared pages counted once across the processes.
pss_kb() {
  local pid sum=0 v
  for pid in "$@"; do
    v="$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null)"
    sum=$((sum + ${v:-0}))
  done
  echo "$sum"
}

mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

# Start time of a process, in seconds since the epoch (resolution: one clock tick).
process_start_epoch() {
  local pid=$1 ticks btime hz
  ticks="$(awk '{ sub(/^.*\) /, ""); print $20 }' "/proc/$pid/stat")"
  btime="$(awk '/^btime/ { print $2 }' /proc/stat)"
  hz="$(getconf CLK_TCK)"
  awk -v t="$ticks" -v b="$btime" -v h="$hz" 'BEGIN { printf "%.3f", b + t / h }'
}

http_code() { curl -s -o /dev/null -m 3 -w '%{http_code}' "$1" 2>/dev/null || true; }

# The Quarkus start line of a service's most recent start: "started in 14.227s".
quarkus_started_in() {
  local log="$HC_HOME/logs/$1.log"
  [ -f "$log" ] || return 0
  grep -o 'started in [0-9.]*s' "$log" | tail -n 1 | grep -o '[0-9.]*' | head -n 1
}

# CPU clock ticks spent so far: by the whole machine (busy, not idle or iowait), by this
# platform's processes (every component's process tree), and by this shell's waited-for children.
machine_busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
component_ticks() {
  local pid p sum=0 t
  pid="$(pid_of "$1")" || { echo 0; return 0; }
  for p in $(process_tree "$pid"); do
    t="$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$p/stat" 2>/dev/null)"
    sum=$((sum + ${t:-0}))
  done
  echo "$sum"
}
children_ticks() { awk '{ sub(/^.*\) /, ""); print $14 + $15 }' "/proc/$$/stat"; }

# CPU of every component over a stretch of load: cpu_mark before it, cpu_per_report REPORTS after
# it prints milliseconds of CPU per report for each component, the platform, the load generator
# (this script's children) and the whole machine: where the two cores go.
CPU_COMPONENTS="gateway keycloak $HC_SERVICES_ALL kafka postgres"
declare -A CPU_MARK
cpu_mark() {
  local c
  for c in $CPU_COMPONENTS; do CPU_MARK[$c]="$(component_ticks "$c")"; done
  CPU_MARK[machine]="$(machine_busy_ticks)"; CPU_MARK[generator]="$(children_ticks)"
}
cpu_per_report() {
  local reports=$1 c d mine=0 line=""
  per() { awk -v t="$1" -v hz="$(getconf CLK_TCK)" -v n="$reports" 'BEGIN { printf "%.2f", 1000 * t / hz / n }'; }
  for c in $CPU_COMPONENTS; do
    d=$(($(component_ticks "$c") - CPU_MARK[$c])); mine=$((mine + d))
    line+="$c $(per "$d"), "
  done
  bsay "CPU ms per report: ${line}platform $(per "$mine"), load generator $(per $(($(children_ticks) - CPU_MARK[generator]))), machine $(per $(($(machine_busy_ticks) - CPU_MARK[machine])))"
}

# A partner system's client-credentials token in FILE, refreshed in the background while the
# script runs (Keycloak tokens live 300 s; IntakeLoad.java reads the file again every 30 s).
keep_partner_token() {
  local file=$1
  fetch_partner_token "$file" || bdie "could not get a token from $HC_TOKEN_URL"
  ( while sleep 120; do fetch_partner_token "$file" || true; done ) &
  TOKEN_REFRESHER=$!
  trap 'kill $TOKEN_REFRESHER 2>/dev/null || true' EXIT
}
fetch_partner_token() {
  curl -sf -d grant_type=client_credentials -d client_id=partner-stevenage -d client_secret=partner-stevenage-secret \
    "$HC_TOKEN_URL" | sed -E 's/.*"access_token":"([^"]+)".*/\1/' >"$1.new" && mv "$1.new" "$1"
}

# gnuplot from Debian's packages, installed when missing as deploy/local/up installs nginx (as root;
# otherwise it says how). Plots are SVG, so the package without X (gnuplot-nox) is enough.
ensure_gnuplot() {
  command -v gnuplot >/dev/null 2>&1 && return 0
  [ "$(id -u)" = 0 ] || bdie "gnuplot is not installed; install it with: sudo apt-get install gnuplot-nox"
  bsay "Installing gnuplot-nox from Debian's packages (once)"
  { DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends gnuplot-nox \
      || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends gnuplot-nox; }; } \
    >>"$BENCH_OUT/gnuplot-install.log" 2>&1 || bdie "could not install gnuplot-nox (see $BENCH_OUT/gnuplot-install.log)"
}
