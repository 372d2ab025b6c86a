#!/usr/bin/env bash
# Comments posted as fast as 32 guests can (SQLite, the default database): accepted comments per
# second and p99, then whether what is stored equals what was acknowledged, and whether the next
# comment goes through at once. See bench/README.md.
set -euo pipefail

# The per-client limits are for the public; the benchmark is one client standing for many.
APP_ARGS=(--masthead.discussion.posts-per-client=100000000 --masthead.discussion.posts-per-writer=100000000
  --masthead.discussion.seconds-on-page=0)
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
POST_WARMUP="${POST_WARMUP:-20s}"
# POST_MIX=10: every tenth comment is civil but glances like a threat, so the language model reads it.
POST_MIX="${POST_MIX:-0}"

ensure_tools
require_free_port "$PORT" "Masthead" "PORT"
WORK="$(mktemp -d -t masthead-bench.XXXXXX)"
build_app
start_app
ARTICLE="$(find_article)"
BASE="http://$HOST:$PORT"
ID="$(curl -fsS "$BASE$ARTICLE" | grep -oE 'data-article="[0-9]+"' | head -n 1 | grep -oE '[0-9]+')"
SHOWN="$(curl -fsS "$BASE$ARTICLE" | grep -oE 'name="shown" value="[^"]+"' | head -n 1 | sed 's/.*value="//; s/"$//')"
count() { curl -fsS "$BASE/comments/counts?articles=$ID" | grep -oE ':[0-9]+' | tr -d ':'; }
post_for() {
  timeout --foreground --kill-after=5 $(($(duration_seconds "$1") + 60)) wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$1" \
    --latency -s "$BENCH_DIR/post-comment.lua" "$BASE$ARTICLE/comments" -- "$ARTICLE/comments" "$SHOWN" "$BASE" 0 0 0 "$POST_MIX" \
    >"$2" 2>&1 || { cat "$2" >&2; die "wrk failed"; }
}
# The first seconds after start-up measure the compiler more than the program: post for a while first.
log "warm-up: posting for $POST_WARMUP"
post_for "$POST_WARMUP" "$WORK/wrk-post-warmup.txt"
sleep 2
BEFORE="$(count)"
log "article $ARTICLE (id $ID) has $BEFORE comments; posting for $WRK_DURATION with $WRK_CONNECTIONS connections"
secs="$(duration_seconds "$WRK_DURATION")"
post_for "$WRK_DURATION" "$WORK/wrk-post.txt"
sed 's/^/    /' "$WORK/wrk-post.txt" >&2
ACK="$(awk '$1 == "acknowledged:" { print $2 }' "$WORK/wrk-post.txt")"
REFUSED="$(awk '$1 == "refused:" { print $2 }' "$WORK/wrk-post.txt")"
SENT="$(awk '$1 == "sent:" { print $2 }' "$WORK/wrk-post.txt")"
sleep 2
AFTER="$(count)"
STORED=$((AFTER - BEFORE))
START="$(date +%s%N)"
NEXT="$(curl -s -o /dev/null -w '%{http_code}' -H "Origin: $BASE" --data-urlencode "body=After the burst" \
  --data-urlencode "name=Calm Reader" --data-urlencode "email=calm@readers.test" --data-urlencode "shown=$SHOWN" \
  "$BASE$ARTICLE/comments")"
NEXT_MS=$((($(date +%s%N) - START) / 1000000))
kill -0 "$APP_PID" 2>/dev/null || { show_app_log; die "Masthead died during the benchmark"; }

echo
if ((POST_MIX > 0)); then echo "every ${POST_MIX}th comment glanced like a threat (a few may not), so the language model read it as well"; fi
echo "accepted comments/sec: $(awk -v a="$ACK" -v s="$secs" 'BEGIN { printf "%.0f", a / s }')  (target >= 1000)"
echo "p99 latency:           $(p99_of "$WORK/wrk-post.txt")"
echo "acknowledged:          $ACK   refused: $REFUSED"
if ((REFUSED > 0)); then
  echo "refused with:         $(sed -n 's/^refused with://p' "$WORK/wrk-post.txt")  (HTTP status, and where it sent the writer)"
fi
UNANSWERED=$((SENT - ACK - REFUSED))
if ((STORED >= ACK && STORED <= ACK + UNANSWERED)); then
  VERDICT="every acknowledged comment stored; $((STORED - ACK)) of the $UNANSWERED cut off by wrk's stop were stored too"
else
  VERDICT="WRONG: stored should lie between $ACK and $((ACK + UNANSWERED))"
fi
echo "stored:                $STORED   ($VERDICT)"
echo "next comment after the burst: HTTP $NEXT in ${NEXT_MS} ms"
echo "Masthead resident memory after load (VmRSS): $(app_rss)"
