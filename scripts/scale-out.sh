#!/usr/bin/env bash
# The scale-out test: several instances behind one proxy (run by hand, not part of `npm test`):
#   bash scripts/scale-out.sh            # ~10 minutes
#   bash scripts/scale-out.sh --quick    # shorter loads, one run per cell
#   bash scripts/scale-out.sh --skip-build   # reuse .next (built by an earlier run for PostgreSQL)
# Debian's nginx on 127.0.0.1:3410 in front of 1, 2 and 3 production servers (scripts/server.mjs
# on 3411-3413) sharing one PostgreSQL database (dot_scale, dropped and seeded afresh):
#   1. throughput of a cached page, the search and a signed-in page per instance count;
#   2. a fault run: one instance killed with SIGKILL under load, nginx passes requests on;
#   3. rate limits: the API limit holds in total over the instances (ThrottleCounter rows);
#   4. sign-in throttling: wrong passwords lock an account whichever instance answers;
#   5. mail: messages sent while the SMTP server refuses connections and an instance is killed
#      are delivered once the SMTP server is back, none lost, none twice.
# Needs the PostgreSQL cluster (dot/dot at 127.0.0.1:5432, role with CREATEDB) and /usr/sbin/nginx.
# Every process it starts is stopped on exit; logs stay in the printed work directory. At the end the
# Prisma client is generated for SQLite again (the default); .next stays the PostgreSQL build.
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=0
SKIP_BUILD=0
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    --skip-build) SKIP_BUILD=1 ;;
    -h | --help) sed -n '2,5p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done
if [ "$QUICK" = 1 ]; then
  SECONDS_PER_RUN=3 RUNS=1 FAULT_SECONDS=8 MAILS_PER_SIDE=8
else
  SECONDS_PER_RUN=10 RUNS=3 FAULT_SECONDS=12 MAILS_PER_SIDE=20
fi

PG=postgresql://dot:dot@127.0.0.1:5432
export DB_PROVIDER=postgresql DATABASE_URL="$PG/dot_scale" NEXT_TELEMETRY_DISABLED=1
LB_PORT=3410
SMTP_PORT=2525
NGINX=/usr/sbin/nginx
WORK=$(mktemp -d /tmp/scale-out.XXXXXX)
chmod 755 "$WORK"
RUNS_FILE="$WORK/throughput.jsonl"
SINK_FILE="$WORK/smtp-sink.jsonl"
SECRET=$(openssl rand -hex 32)
declare -A PIDS=()
NGINX_PID=""
SINK_PID=""
T0=$(date +%s)

say() { printf '\n== %s (%ss)\n' "$*" "$(($(date +%s) - T0))"; }

cleanup() {
  local status=$?
  set +e
  for i in "${!PIDS[@]}"; do kill "${PIDS[$i]}" 2>/dev/null; done
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null
  [ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null
  wait 2>/dev/null
  local pid tries=0 # the instances are disowned: wait for them by pid, at most 10 s in all
  for pid in "${PIDS[@]}"; do
    while kill -0 "$pid" 2>/dev/null && [ $((tries++)) -lt 50 ]; do sleep 0.2; done
  done
  # Back to the default provider's client, as the npm scripts expect it.
  env -u DB_PROVIDER -u DATABASE_URL node scripts/prisma.mjs generate >"$WORK/generate-sqlite.log" 2>&1 ||
    echo "✗ could not regenerate the SQLite Prisma client: node scripts/prisma.mjs generate" >&2
  echo "logs: $WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for port in $LB_PORT 3411 3412 3413 $SMTP_PORT; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "✗ port $port is in use: stop what runs there first." >&2
    exit 1
  fi
done

# --- database and build ---------------------------------------------------------------------
say "PostgreSQL: fresh database dot_scale, migrations, seed"
pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster 15 main start
psql -q "$PG/postgres" -c 'DROP DATABASE IF EXISTS dot_scale WITH (FORCE)' -c 'CREATE DATABASE dot_scale' 2>&1 | grep -v NOTICE || true
node scripts/prisma.mjs generate >"$WORK/generate.log" 2>&1
node scripts/prisma.mjs migrate deploy >"$WORK/migrate.log" 2>&1
npx tsx --conditions=react-server prisma/seed.ts | tail -1
if [ "$SKIP_BUILD" = 0 ]; then
  say "next build (PostgreSQL client)"
  BUILD_SKIP_TYPECHECK=1 npx next build >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; exit 1; }
  grep -E '^✓ Compiled' "$WORK/build.log" || true
fi

# --- processes ------------------------------------------------------------------------------
start_sink() { # the SMTP sink, refusing connections until SIGUSR1
  node scripts/scale-out/smtp-sink.mjs --port "$SMTP_PORT" --out "$SINK_FILE" --refuse >>"$WORK/smtp-sink.log" 2>&1 &
  SINK_PID=$!
}

start_instance() { # $1 = 1..3 → port 3410+$1
  local i=$1
  NODE_ENV=production NEXTAUTH_SECRET="$SECRET" APP_URL="http://127.0.0.1:$LB_PORT" NEXTAUTH_URL="http://127.0.0.1:$LB_PORT" \
    TRUSTED_PROXIES=127.0.0.1 FILE_STORE=database WORKER=in-process SMTP_URL="smtp://127.0.0.1:$SMTP_PORT" \
    API_RATE_LIMIT_PER_MINUTE=60 LOG_LEVEL=warn STORAGE_DIR="$WORK/storage-$i" \
    node scripts/server.mjs -H 127.0.0.1 -p $((LB_PORT + i)) >>"$WORK/instance-$i.log" 2>&1 &
  PIDS[$i]=$!
  disown "$!" # killed on purpose later: no "Killed" line from bash; cleanup stops it by its pid
}

wait_ready() { # $1 = instance; /api/health/ready answers 200 within 60 s
  local port=$((LB_PORT + $1)) deadline=$(($(date +%s) + 60))
  until curl -fs -o /dev/null "http://127.0.0.1:$port/api/health/ready"; do
    if [ "$(date +%s)" -gt "$deadline" ] || ! kill -0 "${PIDS[$1]}" 2>/dev/null; then
      echo "✗ instance $1 (port $port) is not ready; its log:" >&2
      tail -20 "$WORK/instance-$1.log" >&2
      exit 1
    fi
    sleep 0.5
  done
}

# nginx with an upstream of instances 1..$1. An edge proxy: X-Forwarded-For is what nginx saw
# ($remote_addr), never what the client wrote; the instances trust 127.0.0.1 (TRUSTED_PROXIES).
# Requests that fail to connect, or die before a response header, go to the next instance —
# except POSTs already sent: repeating one could do its work twice (a message, a mail), so
# `non_idempotent` is left out and such a request fails to the client, who knows it may retry.
write_nginx() {
  local servers="" i
  for ((i = 1; i <= $1; i++)); do servers+="    server 127.0.0.1:$((LB_PORT + i)) max_fails=1 fail_timeout=10s;"$'\n'; done
  mkdir -p "$WORK/nginx"
  cat >"$WORK/nginx/nginx.conf" <<EOF
user root;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 2048; }
http {
  log_format timed '\$msec \$status \$upstream_addr \$upstream_status';
  access_log $WORK/nginx/access.log timed buffer=64k flush=1s;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream portal {
$servers    keepalive 64;
    # Below Node's 5 s keep-alive: nginx must drop an idle connection before the instance does,
    # else a request on a connection being closed counts as a failure (max_fails) of that instance.
    keepalive_timeout 4s;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    client_max_body_size 12m;
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
      proxy_buffer_size 64k;
      proxy_buffers 32 64k;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
EOF
  if [ -z "$NGINX_PID" ]; then
    "$NGINX" -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" -g 'daemon off;' 2>>"$WORK/nginx/stderr.log" &
    NGINX_PID=$!
  else
    kill -HUP "$NGINX_PID" # reload: new workers with the new upstream, old ones finish their requests
  fi
  local deadline=$(($(date +%s) + 10))
  until curl -fs -o /dev/null "http://127.0.0.1:$LB_PORT/api/health/live"; do
    [ "$(date +%s)" -gt "$deadline" ] && { echo "✗ nginx did not start:" >&2; cat "$WORK/nginx/stderr.log" "$WORK/nginx/error.log" >&2; exit 1; }
    sleep 0.2
  done
  sleep 1 # let the old workers of a reload go
}

helper() { node "scripts/scale-out/$1" "${@:2}"; }

start_sink

# --- 1. throughput --------------------------------------------------------------------------
for n in 1 2 3; do
  say "throughput with $n instance(s)"
  start_instance "$n"
  wait_ready "$n"
  write_nginx "$n"
  helper throughput.mjs --instances "$n" --seconds "$SECONDS_PER_RUN" --runs "$RUNS" --out "$RUNS_FILE" --pids "${PIDS[*]}"
done

# --- 2. fault run ---------------------------------------------------------------------------
say "fault run: 3 instances, instance 3 killed with SIGKILL under load"
helper fault-run.mjs --kill-pid "${PIDS[3]}" --seconds "$FAULT_SECONDS" --kill-at 4 --access-log "$WORK/nginx/access.log"
unset 'PIDS[3]' # killed by the helper: its pid is no longer ours
start_instance 3
wait_ready 3
write_nginx 3 # a reload forgets that instance 3 failed (else it waits out fail_timeout)
echo "  instance 3 started again"

# --- 3. API rate limit across instances -----------------------------------------------------
say "API rate limit (60 per minute and client) through 3 instances"
helper rate-limit.mjs --limit 60 --requests 150

# --- 4. sign-in throttling across instances -------------------------------------------------
say "sign-in throttling of one account through 3 instances"
helper sign-in-lock.mjs

# --- 5. mail through an SMTP outage and an instance kill ------------------------------------
say "mail: SMTP refusing, instance 2 killed mid-run, then SMTP back"
helper mail-run.mjs --kill-pid "${PIDS[2]}" --sink-pid "$SINK_PID" --sink-out "$SINK_FILE" --per-side "$MAILS_PER_SIDE"
unset 'PIDS[2]' # killed by the helper: its pid is no longer ours

# --- the table ------------------------------------------------------------------------------
say "throughput through nginx (autocannon, 20 connections, ${SECONDS_PER_RUN} s per run; this machine has $(nproc) cores)"
helper report.mjs "$RUNS_FILE"
say "done"
