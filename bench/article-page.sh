#!/usr/bin/env bash
# Article page throughput: Masthead (demo data) versus nginx serving the same
# HTML as a static file, both measured with the same wrk command on 127.0.0.1:
# a plain article, and an article with 300 comments under it.
# See bench/README.md for what it measures and the environment variables.
set -euo pipefail

# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
APP_ARGS=("${DISCUSSION_ARGS[@]}")
# GOAL_BAR=0: the demo without its fundraising goal, so no bar shows; to compare pages with and without it.
if [[ "${GOAL_BAR:-1}" == 0 ]]; then
  APP_ARGS+=(--masthead.demo.fundraising=false)
fi

# ------------------------------------------------------------------- main ---

ensure_tools
require_free_port "$NGINX_PORT" "nginx" "NGINX_PORT"
if [[ "$ONLY_NGINX" != 1 ]]; then
  require_free_port "$PORT" "Masthead" "PORT"
  [[ "$PORT" != "$NGINX_PORT" ]] || die "PORT and NGINX_PORT must differ"
fi

WORK="$(mktemp -d -t masthead-bench.XXXXXX)"
PAGE="$WORK/page.html"
DISCUSSED="$WORK/discussed.html"

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
  start_nginx "$PAGE"
  benchmark nginx "http://$HOST:$NGINX_PORT/"
  echo
  echo "nginx: $(rps_of "$WORK/wrk-nginx.txt") requests/sec, p99 $(p99_of "$WORK/wrk-nginx.txt")"
  exit 0
fi

build_app
start_app
BASE="http://$HOST:$PORT"
ARTICLE="$(find_article)"
# The second article on the home page gets the comments, so the first stays as it was.
DISCUSSED_ARTICLE="$(curl -fsS "$BASE/" | grep -oE 'href="/articles/[a-z0-9-]+"' | sed 's/href="//; s/"$//' \
  | awk '!seen[$0]++' | grep -vxF "$ARTICLE" | head -n 1)"
[[ -n "$DISCUSSED_ARTICLE" ]] || die "the home page links to only one article"

log "article: $ARTICLE"
curl -fsS --max-time 10 -o "$PAGE" "$BASE$ARTICLE" || die "could not fetch $BASE$ARTICLE"
benchmark masthead "$BASE$ARTICLE"

seed_discussion "$DISCUSSED_ARTICLE"
curl -fsS --max-time 10 -o "$DISCUSSED" "$BASE$DISCUSSED_ARTICLE" || die "could not fetch $BASE$DISCUSSED_ARTICLE"
log "article with comments: $DISCUSSED_ARTICLE, $(grep -o 'class="comment comment--' "$DISCUSSED" | wc -l) comments on the page"
benchmark masthead-discussed "$BASE$DISCUSSED_ARTICLE"
kill -0 "$APP_PID" 2>/dev/null || { show_app_log; die "Masthead died during the benchmark"; }
RSS="$(app_rss)"

start_nginx "$PAGE" "$DISCUSSED"
benchmark nginx "http://$HOST:$NGINX_PORT/"
benchmark nginx-discussed "http://$HOST:$NGINX_PORT/discussed.html"

# row LABEL BYTES MASTHEAD-RUN NGINX-RUN TARGET-RATIO
row() {
  local app_rps nginx_rps ratio verdict
  app_rps="$(rps_of "$WORK/wrk-$3.txt")"
  nginx_rps="$(rps_of "$WORK/wrk-$4.txt")"
  ratio="$(awk -v a="$app_rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
  verdict="$(awk -v r="$ratio" -v t="$5" 'BEGIN { print (r >= t ? "met" : "NOT MET") }')"
  printf '%-26s %8s %12s %10s %12s %10s %7s  (target >= %s: %s)\n' "$1" "$2" "$app_rps" "$(p99_of "$WORK/wrk-$3.txt")" \
    "$nginx_rps" "$(p99_of "$WORK/wrk-$4.txt")" "$ratio" "$5" "$verdict"
}

echo
printf '%-26s %8s %12s %10s %12s %10s %7s\n' "page" "bytes" "Masthead r/s" "p99" "nginx r/s" "p99" "ratio"
row "plain article" "$(wc -c <"$PAGE")" masthead nginx "$TARGET_RATIO"
row "article, 300 comments" "$(wc -c <"$DISCUSSED")" masthead-discussed nginx-discussed 0.5
echo "(the article with comments also aims at a p99 under 20 ms)"
echo "Masthead resident memory after load (VmRSS): $RSS, with: $JAVA_OPTS"
