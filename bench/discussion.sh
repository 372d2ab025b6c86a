#!/usr/bin/env bash
# The discussion under load. An article with 300 comments (100 threads, 200 replies): read by a
# signed-in reader (rendered for them each time), and by anonymous readers (from the page cache)
# quietly and during a comment storm of about 20 posts a second. Then an article with 30,000
# comments: how long its page and "Load more" take to render, uncached. (The same 300-comment page
# against nginx is in article-page.sh.) See bench/README.md.
set -euo pipefail

# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
APP_ARGS=("${DISCUSSION_ARGS[@]}")
STORM_RATE="${STORM_RATE:-20}"
BIG="${BIG:-30000}"
OWNER_EMAIL=bench-owner@masthead.test
OWNER_PASSWORD="a long benchmark password"

ensure_tools
require_free_port "$PORT" "Masthead" "PORT"
WORK="$(mktemp -d -t masthead-bench.XXXXXX)"
build_app
start_app
BASE="http://$HOST:$PORT"

articles() { curl -fsS "$BASE/" | grep -oE 'href="/articles/[a-z0-9-]+"' | sed 's/href="//; s/"$//' | awk '!seen[$0]++'; }
ARTICLE="$(articles | sed -n 2p)"
BIG_ARTICLE="$(articles | sed -n 3p)"
id_of() { curl -fsS "$BASE$1" | grep -oE 'data-article="[0-9]+"' | head -n 1 | grep -oE '[0-9]+'; }
SHOWN="$(form_stamp "$ARTICLE")"
post() { post_comment "$1" "$SHOWN" "$2" "${3:-}"; }

seed_discussion "$ARTICLE"

# 1. Anonymous readers, from the page cache, while nobody comments.
curl -fsS -o "$WORK/page.html" "$BASE$ARTICLE"
log "page size: $(wc -c <"$WORK/page.html") bytes, $(grep -o 'class="comment comment--' "$WORK/page.html" | wc -l) comments on it"
benchmark cached "$BASE$ARTICLE"

# 2. A signed-in reader: never the shared copy.
printf '%s\n' "$OWNER_PASSWORD" | MASTHEAD_DATA_DIR="$WORK/data" java $JAVA_OPTS -jar "$JAR" create-owner \
  --email="$OWNER_EMAIL" --name="Bench Owner" >"$WORK/create-owner.txt" 2>&1 || { cat "$WORK/create-owner.txt" >&2; die "create-owner failed"; }
JAR_FILE="$WORK/cookies.txt"
TOKEN="$(curl -fsS -c "$JAR_FILE" -b "$JAR_FILE" "$BASE/signin" | grep -oE 'name="_csrf" value="[^"]+"' | head -n 1 | sed 's/.*value="//; s/"$//')"
curl -fsS -o /dev/null -c "$JAR_FILE" -b "$JAR_FILE" --data-urlencode "username=$OWNER_EMAIL" \
  --data-urlencode "password=$OWNER_PASSWORD" --data-urlencode "_csrf=$TOKEN" "$BASE/signin"
SESSION="$(awk '$6 == "JSESSIONID" { print $7 }' "$JAR_FILE")"
[[ -n "$SESSION" ]] || die "could not sign in"
curl -fsS -H "Cookie: JSESSIONID=$SESSION" -o "$WORK/signed-in.html" "$BASE$ARTICLE"
grep -q 'Commenting as' "$WORK/signed-in.html" || die "the signed-in page is not the reader's own (see $WORK/signed-in.html with KEEP=1)"
# A page rendered for each reader runs its code once a request; the compiler optimizes it fully only
# after some fifteen thousand, so this warm-up is longer than the cached page's.
SIGNED_IN_WARMUP="${SIGNED_IN_WARMUP:-30s}"
log "signed-in reader: warm-up ($SIGNED_IN_WARMUP), then wrk with the session cookie"
secs="$(duration_seconds "$WRK_DURATION")"
timeout --foreground --kill-after=5 $(($(duration_seconds "$SIGNED_IN_WARMUP") + 30)) wrk -t"$WRK_THREADS" \
  -c"$WRK_CONNECTIONS" -d"$SIGNED_IN_WARMUP" -H "Cookie: JSESSIONID=$SESSION" "$BASE$ARTICLE" >/dev/null 2>&1
timeout --foreground --kill-after=5 $((secs + 30)) wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --latency \
  -H "Cookie: JSESSIONID=$SESSION" "$BASE$ARTICLE" >"$WORK/wrk-signed-in.txt" 2>&1
sed 's/^/    /' "$WORK/wrk-signed-in.txt" >&2
# The yardstick the target was set against: the plain article (no comments), rendered for the same
# reader every time. Machines differ; the ratio of the two figures travels better than either.
PLAIN="$(articles | sed -n 1p)"
log "signed-in reader, plain article $PLAIN: warm-up ($SIGNED_IN_WARMUP), then wrk"
timeout --foreground --kill-after=5 $(($(duration_seconds "$SIGNED_IN_WARMUP") + 30)) wrk -t"$WRK_THREADS" \
  -c"$WRK_CONNECTIONS" -d"$SIGNED_IN_WARMUP" -H "Cookie: JSESSIONID=$SESSION" "$BASE$PLAIN" >/dev/null 2>&1
timeout --foreground --kill-after=5 $((secs + 30)) wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --latency \
  -H "Cookie: JSESSIONID=$SESSION" "$BASE$PLAIN" >"$WORK/wrk-plain-signed-in.txt" 2>&1

# 3. A comment storm: anonymous readers while comments arrive at about STORM_RATE a second.
log "storm: reading while posting about $STORM_RATE comments a second"
count_of() { curl -fsS "$BASE/comments/counts?articles=$(id_of "$1")" | grep -oE ':[0-9]+' | tr -d ':'; }
STORM_BEFORE="$(count_of "$ARTICLE")"
STORM_START="$(date +%s%N)"
(
  end=$(($(date +%s) + secs + 4))
  pause="$(awk -v r="$STORM_RATE" 'BEGIN { printf "%.3f", 1 / r }')"
  while (($(date +%s) < end)); do
    # The pause starts with the post, so the rate holds however long a post takes (up to the pause).
    sleep "$pause" &
    (post "$ARTICLE" "Storm comment at $(date +%s%N)") >/dev/null 2>>"$WORK/storm-errors.txt" || true
    wait $!
  done
) &
STORM_PID=$!
sleep 2
timeout --foreground --kill-after=5 $((secs + 30)) wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --latency \
  "$BASE$ARTICLE" >"$WORK/wrk-storm.txt" 2>&1
wait "$STORM_PID" || true
sed 's/^/    /' "$WORK/wrk-storm.txt" >&2
STORM_POSTED=$(($(count_of "$ARTICLE") - STORM_BEFORE))
STORM_SECONDS="$(awk -v s="$STORM_START" -v e="$(date +%s%N)" 'BEGIN { printf "%.1f", (e - s) / 1e9 }')"
STORM_FAILED="$(grep -c 'not posted' "$WORK/storm-errors.txt" 2>/dev/null || true)"

# 4. An article with BIG comments: a third threads, the rest replies; uncached render times.
BIG_ID="$(id_of "$BIG_ARTICLE")"
THREADS_BIG=$((BIG / 3))
log "seeding $BIG_ARTICLE with $BIG comments ($THREADS_BIG threads)"
# Counted past the page cache (a session cookie, even an unknown one, is never served a shared copy).
fresh_count() { curl -fsS -H "Cookie: JSESSIONID=none" "$BASE/comments/counts?articles=$BIG_ID" | grep -oE ':[0-9]+' | tr -d ':'; }
# seed_until TARGET [FIRST-PARENT PARENTS]: rounds of wrk, each at most 10 s (wrk waits out its whole
# duration even when every thread has posted its share), until the article has about TARGET comments.
seed_until() {
  local have
  while have="$(fresh_count)"; ((have < $1)); do
    timeout --foreground --kill-after=5 60 wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d10s -s "$BENCH_DIR/post-comment.lua" \
      "$BASE$BIG_ARTICLE/comments" -- "$BIG_ARTICLE/comments" "$SHOWN" "$BASE" \
      "$((($1 - have + WRK_THREADS - 1) / WRK_THREADS))" "${2:-0}" "${3:-0}" >>"$WORK/seed.txt" 2>&1 \
      || { tail -n 20 "$WORK/seed.txt" >&2; die "wrk failed while seeding"; }
  done
}
seed_until "$THREADS_BIG"
FIRST="$(curl -fsS -H "Cookie: JSESSIONID=$SESSION" "$BASE$BIG_ARTICLE/comments?sort=oldest" | grep -oE 'id="comment-[0-9]+"' | head -n 1 | grep -oE '[0-9]+')"
HAVE="$(fresh_count)"
seed_until "$BIG" "$FIRST" "$HAVE"
TOTAL="$(curl -fsS "$BASE/comments/counts?articles=$BIG_ID" | grep -oE ':[0-9]+' | tr -d ':')"
log "$BIG_ARTICLE now has $TOTAL comments"
timings() {
  local url="$1" i
  for ((i = 0; i < 40; i++)); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: JSESSIONID=$SESSION" "$url"
  done | tail -n 30 | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "median %.1f ms, slowest %.1f ms", t[int(NR / 2) + 1], t[NR] }'
}
PAGE_TIMES="$(timings "$BASE$BIG_ARTICLE")"
NEXT="$(curl -fsS -H "Cookie: JSESSIONID=$SESSION" "$BASE$BIG_ARTICLE" | grep -oE 'hx-get="[^"]*/comments/more[^"]*after=[^"]+"' | head -n 1 | sed 's/hx-get="//; s/"$//; s/&amp;/\&/g')"
MORE_TIMES="$(timings "$BASE$NEXT")"
kill -0 "$APP_PID" 2>/dev/null || { show_app_log; die "Masthead died during the benchmark"; }

echo
printf '%-44s %14s %10s\n' "run" "requests/sec" "p99"
printf '%-44s %14s %10s\n' "300 comments, anonymous (page cache)" "$(rps_of "$WORK/wrk-cached.txt")" "$(p99_of "$WORK/wrk-cached.txt")"
printf '%-44s %14s %10s\n' "300 comments, signed-in reader" "$(rps_of "$WORK/wrk-signed-in.txt")" "$(p99_of "$WORK/wrk-signed-in.txt")"
printf '%-44s %14s %10s\n' "plain article, signed-in reader (yardstick)" "$(rps_of "$WORK/wrk-plain-signed-in.txt")" "$(p99_of "$WORK/wrk-plain-signed-in.txt")"
printf '%-44s %14s %10s\n' "300 comments, anonymous, ${STORM_RATE}/s comment storm" "$(rps_of "$WORK/wrk-storm.txt")" "$(p99_of "$WORK/wrk-storm.txt")"
echo
echo "signed-in target: >= 1000 requests/sec, p99 < 50 ms (set where the plain article, uncached, gave about 1,070/s);" \
  "here the 300-comment page gives $(awk -v a="$(rps_of "$WORK/wrk-signed-in.txt")" -v b="$(rps_of "$WORK/wrk-plain-signed-in.txt")" 'BEGIN { printf "%.2f", a / b }') of the plain article's rate"
echo "storm: reads/sec against the quiet figure: $(awk -v a="$(rps_of "$WORK/wrk-storm.txt")" -v b="$(rps_of "$WORK/wrk-cached.txt")" 'BEGIN { printf "%.2f", a / b }') (target >= 0.5); $STORM_POSTED comments posted in ${STORM_SECONDS}s (${STORM_FAILED:-0} failed)"
echo "$TOTAL comments: first page uncached $PAGE_TIMES (target < 50 ms); Load more $MORE_TIMES (target < 20 ms)"
echo "Masthead resident memory after load (VmRSS): $(app_rss), with: $JAVA_OPTS"
