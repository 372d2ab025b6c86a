#!/usr/bin/env bash
# Article page throughput: Masthead (demo data) versus nginx serving the same
# HTML as a static file, both measured with the same wrk command on 127.0.0.1.
# See bench/README.md for what it measures and the environment variables.
set -euo pipefail

# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# ------------------------------------------------------------------- main ---

ensure_tools
require_free_port "$NGINX_PORT" "nginx" "NGINX_PORT"
if [[ "$ONLY_NGINX" != 1 ]]; then
  require_free_port "$PORT" "Masthead" "PORT"
  [[ "$PORT" != "$NGINX_PORT" ]] || die "PORT and NGINX_PORT must differ"
fi

WORK="$(mktemp -d -t masthead-bench.XXXXXX)"
PAGE="$WORK/page.html"

APP_RPS="" APP_P99="" RSS=""
if [[ "$ONLY_NGINX" == 1 ]]; then
  if [[ -n "$HTML_FILE" ]]; then
    [[ -f "$HTML_FILE" ]] || die "HTML_FILE=$HTML_FILE does not exist"
    cp "$HTML_FILE" "$PAGE"
  else
    log "ONLY_NGINX=1 without HTML_FILE: using a generated placeholder page"
    {
      echo '<!doctype html><html><head><meta charset="utf-8"><title>Placeholder</title></head><body>'
      for ((n = 0; n < 60; n++)); do
        echo "<p>Paragraph $n of a placeholder article used to exercise the static file path.</p>"
      done
      echo '</body></html>'
    } >"$PAGE"
  fi
else
  build_app
  start_app
  ARTICLE="$(find_article)"
  log "article: $ARTICLE"
  curl -fsS --max-time 10 -o "$PAGE" "http://$HOST:$PORT$ARTICLE" \
    || die "could not fetch http://$HOST:$PORT$ARTICLE"
  benchmark masthead "http://$HOST:$PORT$ARTICLE"
  APP_RPS="$(rps_of "$WORK/wrk-masthead.txt")"
  APP_P99="$(p99_of "$WORK/wrk-masthead.txt")"
  kill -0 "$APP_PID" 2>/dev/null || { show_app_log; die "Masthead died during the benchmark"; }
  RSS="$(app_rss)"
fi
log "page size: $(wc -c <"$PAGE") bytes"

start_nginx "$PAGE"
benchmark nginx "http://$HOST:$NGINX_PORT/"
NGINX_RPS="$(rps_of "$WORK/wrk-nginx.txt")"
NGINX_P99="$(p99_of "$WORK/wrk-nginx.txt")"

echo
printf '%-10s %14s %12s\n' "server" "requests/sec" "p99"
if [[ "$ONLY_NGINX" != 1 ]]; then
  printf '%-10s %14s %12s\n' "Masthead" "${APP_RPS:-?}" "${APP_P99:-?}"
fi
printf '%-10s %14s %12s\n' "nginx" "${NGINX_RPS:-?}" "${NGINX_P99:-?}"
if [[ "$ONLY_NGINX" != 1 ]]; then
  echo
  if [[ -n "$APP_RPS" && -n "$NGINX_RPS" ]]; then
    RATIO="$(awk -v a="$APP_RPS" -v b="$NGINX_RPS" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
    echo "ratio Masthead/nginx (req/s): $RATIO"
    if awk -v a="$APP_RPS" -v b="$NGINX_RPS" -v t="$TARGET_RATIO" 'BEGIN { exit !(b > 0 && a / b >= t) }'; then
      echo "target ratio >= $TARGET_RATIO: MET"
    else
      echo "target ratio >= $TARGET_RATIO: NOT MET"
    fi
  else
    echo "ratio Masthead/nginx (req/s): unknown (could not parse wrk output)"
  fi
  echo "Masthead resident memory after load (VmRSS): $RSS, with: $JAVA_OPTS"
fi
