#!/usr/bin/env bash
# What the benchmarks share: settings, tools, starting Masthead and a tuned nginx, running wrk.
# Sourced by the scripts in this folder; see README.md for the environment variables.

PORT="${PORT:-18080}"
NGINX_PORT="${NGINX_PORT:-18081}"
SKIP_BUILD="${SKIP_BUILD:-0}"
KEEP="${KEEP:-0}"
ONLY_NGINX="${ONLY_NGINX:-0}"
HTML_FILE="${HTML_FILE:-}"
WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-32}"
WRK_DURATION="${WRK_DURATION:-10s}"
# Long enough for the JIT compiler to finish with the page's code, so that the run measures Masthead.
WARMUP_DURATION="${WARMUP_DURATION:-10s}"
STARTUP_TIMEOUT="${STARTUP_TIMEOUT:-90}"
BUILD_TIMEOUT="${BUILD_TIMEOUT:-900}"
TARGET_RATIO="${TARGET_RATIO:-0.4}"
# The JVM settings of the README's production command, read from the one place that holds them.
JAVA_OPTS="${JAVA_OPTS:-$(sed -n 's:.*<masthead.jvm.options>\(.*\)</masthead.jvm.options>.*:\1:p' "$(dirname "${BASH_SOURCE[0]}")/../pom.xml" | head -n 1)}"

HOST=127.0.0.1
# Extra arguments for Masthead (Spring properties such as --masthead.discussion.posts-per-client=...).
APP_ARGS=("${APP_ARGS[@]+"${APP_ARGS[@]}"}")
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
JAR="target/masthead.jar"

WORK=""
APP_PID=""
NGINX_PID=""
NGINX_BIN=""
NGINX_CONF=""
NGINX_PREFIX=""

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- cleanup ---

# Stops one process this script started: TERM, wait up to $2 seconds, KILL.
stop_pid() {
  local pid="$1" grace="$2" i
  [[ -n "$pid" ]] || return 0
  kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < grace * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "process $pid did not stop within ${grace}s, sending KILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n "$NGINX_PID" ]]; then
    if [[ -s "$NGINX_PREFIX/nginx.pid" ]]; then
      timeout 10 "$NGINX_BIN" -q -s stop -c "$NGINX_CONF" -p "$NGINX_PREFIX/" \
        -e "$NGINX_PREFIX/error.log" 2>/dev/null || true
    fi
    stop_pid "$NGINX_PID" 10
  fi
  stop_pid "$APP_PID" 20
  if [[ -n "$WORK" && -d "$WORK" ]]; then
    if [[ "$KEEP" == 1 ]]; then
      log "kept work directory: $WORK"
    else
      rm -rf -- "$WORK"
    fi
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- helpers ---

as_root() {
  if [[ "$(id -u)" -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root (or sudo) to run: $*"
  fi
}

apt_install() {
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >&2 && return 0
  log "apt-get install failed; running apt-get update and retrying"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 || return 1
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >&2
}

find_nginx() {
  command -v nginx 2>/dev/null && return 0
  [[ -x /usr/sbin/nginx ]] && { echo /usr/sbin/nginx; return 0; }
  return 1
}

ensure_tools() {
  local pkgs=()
  command -v curl >/dev/null 2>&1 || pkgs+=(curl)
  command -v wrk >/dev/null 2>&1 || pkgs+=(wrk)
  if ((${#pkgs[@]})); then
    log "installing: ${pkgs[*]}"
    apt_install "${pkgs[@]}" || die "could not install ${pkgs[*]}"
  fi
  if ! find_nginx >/dev/null; then
    log "installing: nginx-light"
    apt_install nginx-light || apt_install nginx || die "could not install nginx-light or nginx"
  fi
  NGINX_BIN="$(find_nginx)" || die "nginx not found after installation"
  command -v timeout >/dev/null 2>&1 || die "timeout (coreutils) is required"
}

# True if something accepts connections on 127.0.0.1:$1.
port_in_use() {
  timeout 2 bash -c "exec 3<>/dev/tcp/$HOST/$1" 2>/dev/null
}

require_free_port() {
  if port_in_use "$1"; then
    die "port $HOST:$1 is already in use ($2); stop whatever listens there or set $3"
  fi
}

# wrk duration ("10s", "2m", "1h", "30") in whole seconds.
duration_seconds() {
  local d="$1"
  case "$d" in
    *[0-9]s) echo "${d%s}" ;;
    *[0-9]m) echo $((${d%m} * 60)) ;;
    *[0-9]h) echo $((${d%h} * 3600)) ;;
    *[0-9]) echo "$d" ;;
    *) die "cannot parse duration '$d' (use e.g. 10s, 2m)" ;;
  esac
}

# run_wrk DURATION URL OUTFILE
run_wrk() {
  local duration="$1" url="$2" out="$3" secs
  secs="$(duration_seconds "$duration")"
  timeout --foreground --kill-after=5 $((secs + 30)) \
    wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$duration" --latency "$url" >"$out" 2>&1 \
    || { cat "$out" >&2; die "wrk failed against $url"; }
}

# benchmark NAME URL: warm-up run, then the measured run into $WORK/wrk-NAME.txt
benchmark() {
  local name="$1" url="$2"
  log "$name: warm-up ($WARMUP_DURATION) on $url"
  run_wrk "$WARMUP_DURATION" "$url" "$WORK/wrk-$name-warmup.txt"
  log "$name: wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION --latency $url"
  run_wrk "$WRK_DURATION" "$url" "$WORK/wrk-$name.txt"
  sed 's/^/    /' "$WORK/wrk-$name.txt" >&2
  if grep -qE 'Non-2xx or 3xx responses|Socket errors' "$WORK/wrk-$name.txt"; then
    log "WARNING: $name had errors or non-2xx/3xx responses (see above)"
  fi
}

rps_of() { awk '$1 == "Requests/sec:" { print $2; exit }' "$1"; }
p99_of() { awk '$1 == "99%" { print $2; exit }' "$1"; }

# ------------------------------------------------------------ application ---

build_app() {
  cd "$ROOT"
  if [[ "$SKIP_BUILD" == 1 ]]; then
    log "SKIP_BUILD=1: using existing $JAR"
  else
    log "building $JAR (./mvnw -q -B -DskipTests package)"
    timeout --foreground "$BUILD_TIMEOUT" ./mvnw -q -B -DskipTests package \
      || die "build failed or took longer than ${BUILD_TIMEOUT}s"
  fi
  [[ -f "$JAR" ]] || die "$ROOT/$JAR not found"
}

show_app_log() {
  echo "---- last 40 lines of $WORK/app.log ----" >&2
  tail -n 40 "$WORK/app.log" >&2 || true
  echo "----------------------------------------" >&2
}

start_app() {
  command -v java >/dev/null 2>&1 || die "java not found on PATH"
  local data="$WORK/data" url="http://$HOST:$PORT/actuator/health" i
  mkdir -m 700 "$data"
  log "starting Masthead on $HOST:$PORT (demo data in $data)"
  cd "$ROOT"
  log "JVM options: $JAVA_OPTS"
  # shellcheck disable=SC2086 # the options are words on purpose
  MASTHEAD_DATA_DIR="$data" java $JAVA_OPTS -jar "$JAR" \
    --demo --server.port="$PORT" --server.address="$HOST" "${APP_ARGS[@]}" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  for ((i = 0; i < STARTUP_TIMEOUT; i++)); do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      show_app_log
      die "Masthead exited during startup"
    fi
    if curl -fsS --max-time 2 -o /dev/null "$url" 2>/dev/null; then
      log "Masthead is up (pid $APP_PID) after ~${i}s"
      return 0
    fi
    sleep 1
  done
  show_app_log
  die "Masthead did not report healthy on $url within ${STARTUP_TIMEOUT}s"
}

find_article() {
  local home="$WORK/home.html" matches first
  curl -fsS --max-time 10 -o "$home" "http://$HOST:$PORT/" \
    || die "could not fetch the home page http://$HOST:$PORT/"
  matches="$(grep -oE "href=[\"'][^\"']*/articles/[a-z0-9-]+" "$home" || true)"
  first="${matches%%$'\n'*}"
  [[ -n "$first" ]] || die "no link matching /articles/[a-z0-9-]+ on the home page (saved to $home; run with KEEP=1 to inspect)"
  printf '%s\n' "/articles/${first##*/articles/}"
}

app_rss() {
  awk '$1 == "VmRSS:" { printf "%d kB (%.1f MiB)", $2, $2 / 1024 }' "/proc/$APP_PID/status" 2>/dev/null \
    || echo "unknown"
}

# ------------------------------------------------------------- discussion ---

# The limits on comments per client are for the public; in a benchmark wrk and curl stand for many.
DISCUSSION_ARGS=(--masthead.discussion.posts-per-client=100000000 --masthead.discussion.posts-per-writer=100000000
  --masthead.discussion.seconds-on-page=0)

# The signed time an article's comment form was shown, which every post carries.
form_stamp() {
  curl -fsS "http://$HOST:$PORT$1" | grep -oE 'name="shown" value="[^"]+"' | head -n 1 | sed 's/.*value="//; s/"$//'
}

# post_comment ARTICLE STAMP BODY [PARENT] -> the new comment's id, as a guest would post it.
post_comment() {
  local base="http://$HOST:$PORT" location
  location="$(curl -s -o /dev/null -w '%{redirect_url}' -H "Origin: $base" --data-urlencode "body=$3" \
    --data-urlencode "name=Reader $RANDOM" --data-urlencode "email=r$RANDOM$RANDOM@readers.test" \
    --data-urlencode "shown=$2" ${4:+--data-urlencode "parentId=$4"} "$base$1/comments")"
  [[ "$location" == */comments/* ]] || die "a comment was not posted (went to '$location')"
  echo "${location##*/}"
}

# seed_discussion ARTICLE: 100 threads and 200 replies, two under each of the first hundred.
seed_discussion() {
  local stamp threads=() i
  stamp="$(form_stamp "$1")"
  log "seeding $1 with 100 threads and 200 replies"
  for ((i = 0; i < 100; i++)); do
    threads+=("$(post_comment "$1" "$stamp" "Thread $i: the harbour works, the quay closure and what they mean for the market.")")
  done
  for ((i = 0; i < 200; i++)); do
    post_comment "$1" "$stamp" "Reply $i: I agree with part of this, and here is why, in a sentence or two." \
      "${threads[$((i % 100))]}" >/dev/null
  done
}

# ------------------------------------------------------------------ nginx ---

start_nginx() {
  local html="$1" i
  NGINX_PREFIX="$WORK/nginx"
  NGINX_CONF="$NGINX_PREFIX/nginx.conf"
  mkdir -p "$NGINX_PREFIX/www" "$NGINX_PREFIX/temp"
  cp "$html" "$NGINX_PREFIX/www/index.html"
  # When run as root, nginx workers run as an unprivileged user: they must be
  # able to reach the web root inside the (mode 700) temp directory.
  chmod 711 "$WORK" "$NGINX_PREFIX"
  chmod 755 "$NGINX_PREFIX/www"
  chmod 644 "$NGINX_PREFIX/www/index.html"

  # The fastest nginx this machine gives, so that it is a true ceiling: one worker (wrk needs the
  # other core), connections kept open for as long as wrk runs, the file's descriptor kept open.
  cat >"$NGINX_CONF" <<EOF
daemon off;
worker_processes 1;
pid $NGINX_PREFIX/nginx.pid;
error_log $NGINX_PREFIX/error.log warn;

events {
    worker_connections 4096;
    multi_accept on;
}

http {
    access_log off;
    default_type text/html;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 300s;
    keepalive_requests 1000000;
    open_file_cache max=16 inactive=300s;
    open_file_cache_valid 300s;
    client_body_temp_path $NGINX_PREFIX/temp/body;
    proxy_temp_path $NGINX_PREFIX/temp/proxy;
    fastcgi_temp_path $NGINX_PREFIX/temp/fastcgi;
    uwsgi_temp_path $NGINX_PREFIX/temp/uwsgi;
    scgi_temp_path $NGINX_PREFIX/temp/scgi;

    server {
        listen $HOST:$NGINX_PORT;
        root $NGINX_PREFIX/www;
        index index.html;
    }
}
EOF

  # Further pages, if any, are served under their own file names beside index.html.
  shift
  local more
  for more in "$@"; do
    cp "$more" "$NGINX_PREFIX/www/" && chmod 644 "$NGINX_PREFIX/www/$(basename "$more")"
  done

  local args=(-c "$NGINX_CONF" -p "$NGINX_PREFIX/" -e "$NGINX_PREFIX/error.log")
  timeout 10 "$NGINX_BIN" -t -q "${args[@]}" \
    || { cat "$NGINX_PREFIX/error.log" >&2 2>/dev/null || true; die "nginx configuration test failed"; }

  log "starting nginx on $HOST:$NGINX_PORT"
  "$NGINX_BIN" "${args[@]}" >"$NGINX_PREFIX/stdout.log" 2>&1 &
  NGINX_PID=$!
  for ((i = 0; i < 100; i++)); do
    if ! kill -0 "$NGINX_PID" 2>/dev/null; then
      cat "$NGINX_PREFIX/stdout.log" "$NGINX_PREFIX/error.log" >&2 2>/dev/null || true
      die "nginx exited during startup"
    fi
    if curl -fsS --max-time 2 -o /dev/null "http://$HOST:$NGINX_PORT/" 2>/dev/null; then
      log "nginx is up (pid $NGINX_PID)"
      return 0
    fi
    sleep 0.1
  done
  die "nginx did not answer on $HOST:$NGINX_PORT within 10s"
}

