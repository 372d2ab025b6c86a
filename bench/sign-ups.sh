#!/usr/bin/env bash
# A burst of sign-ups at bcrypt's default cost (12) on SQLite: SIGN_UPS readers (200) sign up at the
# same moment, one connection each. How long until all are answered, how many went through, p99,
# whether the readers stored are exactly the acknowledged ones, and whether the next sign-up goes
# through at once. See bench/README.md.
set -euo pipefail

SIGN_UPS="${SIGN_UPS:-200}"
# The limits on mail per client are for the public; here one client stands for many readers.
APP_ARGS=(--masthead.limits.mail.per-client=100000000 --masthead.limits.mail.per-recipient=100000000)
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_tools
require_free_port "$PORT" "Masthead" "PORT"
WORK="$(mktemp -d -t masthead-bench.XXXXXX)"
build_app
start_app
BASE="http://$HOST:$PORT"
readers() {
  python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(
    "SELECT COUNT(*) FROM users WHERE email LIKE ?", ("burst-%",)).fetchone()[0])' "$WORK/data/masthead.db"
}

BEFORE="$(readers)"
log "$SIGN_UPS sign-ups at once, one connection each"
python3 "$BENCH_DIR/sign-up-burst.py" "$BASE" "$SIGN_UPS" >"$WORK/sign-ups.txt" || die "the burst failed"
sed 's/^/    /' "$WORK/sign-ups.txt" >&2
ACK="$(awk '$1 == "acknowledged:" { print $2 }' "$WORK/sign-ups.txt")"
SECONDS_TAKEN="$(awk '$1 == "seconds:" { print $2 }' "$WORK/sign-ups.txt")"
STORED=$(($(readers) - BEFORE))
START="$(date +%s%N)"
NEXT="$(curl -s -o /dev/null -w '%{http_code}' -H "Origin: $BASE" --data-urlencode "displayName=Calm Reader" \
  --data-urlencode "email=calm-$RANDOM@readers.test" --data-urlencode "password=a calm reader's passphrase" "$BASE/signup")"
NEXT_MS=$((($(date +%s%N) - START) / 1000000))
kill -0 "$APP_PID" 2>/dev/null || { show_app_log; die "Masthead died during the benchmark"; }

echo
echo "$SIGN_UPS sign-ups at once, all answered in ${SECONDS_TAKEN} s: $(awk -v a="$ACK" -v s="$SECONDS_TAKEN" 'BEGIN { printf "%.1f", a / s }') acknowledged sign-ups/s"
echo "answer times:          p50 $(awk '$1 == "p50:" { print $2 }' "$WORK/sign-ups.txt") s, p99 $(awk '$1 == "p99:" { print $2 }' "$WORK/sign-ups.txt") s"
echo "outcomes:              $(sed -n 's/^outcome: //p' "$WORK/sign-ups.txt" | paste -sd ';' | sed 's/;/; /g')"
echo "stored:                $STORED   (must equal acknowledged, $ACK)"
echo "next sign-up:          HTTP $NEXT in ${NEXT_MS} ms"
echo "resident memory:       $(app_rss)"
((STORED == ACK)) || die "stored ($STORED) is not what was acknowledged ($ACK)"
