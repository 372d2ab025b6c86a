#!/usr/bin/env bash
# Stripe's webhook under load (SQLite, the default database): signed events delivered as fast as 32
# connections can for WRK_DURATION (a mix of new payments, renewals, refunds, unknown events and
# duplicates, in shuffled order), then every event delivered once more, as Stripe retries what it
# did not see acknowledged. Reports events/s and p99 of the first pass, and whether the ledger's total
# equals the sum the events carry. See bench/README.md.
set -euo pipefail

SECRET="whsec_bench_$(date +%s)"
STRIPE_PORT="${STRIPE_PORT:-18082}"
APP_ARGS=(--masthead.stripe.secret-key=sk_test_bench --masthead.stripe.webhook-secret="$SECRET"
  --masthead.stripe.api-base="http://127.0.0.1:$STRIPE_PORT")
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
WEBHOOK_GIFTS="${WEBHOOK_GIFTS:-12000}"
# The first seconds after start-up measure the compiler more than the program: deliver other gifts' events first.
WEBHOOK_WARMUP="${WEBHOOK_WARMUP:-30s}"
WARMUP_ID=800000001
FIRST_ID=900000001
STRIPE_PID=""

ensure_tools
command -v python3 >/dev/null 2>&1 || die "python3 is required to sign the events"
command -v sqlite3 >/dev/null 2>&1 || { log "installing: sqlite3"; apt_install sqlite3 || die "could not install sqlite3"; }
require_free_port "$PORT" "Masthead" "PORT"
require_free_port "$STRIPE_PORT" "the Stripe API stand-in" "STRIPE_PORT"
WORK="$(mktemp -d -t masthead-bench.XXXXXX)"
stop_stand_in() { stop_pid "$STRIPE_PID" 5; }
trap 'status=$?; stop_stand_in; (exit $status); cleanup' EXIT
python3 "$BENCH_DIR/stripe-api.py" "$STRIPE_PORT" &
STRIPE_PID=$!
build_app
start_app
DB="$WORK/data/masthead.db"
API_VERSION="$(unzip -p "$JAR" 'BOOT-INF/lib/stripe-java-*.jar' >"$WORK/stripe.jar" && unzip -p "$WORK/stripe.jar" \
  com/stripe/ApiVersion.class | strings | grep -oE '^20[0-9]{2}-[0-9]{2}-[0-9]{2}\.[a-z]+$' | head -n 1)"
[[ -n "$API_VERSION" ]] || die "could not read Stripe's API version from the jar"

# Gifts and events: $1 the first gift's id, $2 how many gifts, $3 the name of the files. Prints the total.
events_for() {
  python3 "$BENCH_DIR/webhook-events.py" --secret "$SECRET" --api-version "$API_VERSION" --first-id "$1" \
    --gifts "$2" --seed "$1" --sql "$WORK/$3.sql" --events "$WORK/$3.tsv"
  sqlite3 -cmd ".timeout 10000" "$DB" <"$WORK/$3.sql"
}
BASE="http://$HOST:$PORT"
# Delivers the events of file $1 for $2 (each thread stops sending once all its events are answered).
deliver() {
  timeout --foreground --kill-after=5 $(($(duration_seconds "$2") + 60)) wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" \
    -d"$2" --timeout 30s --latency -s "$BENCH_DIR/webhook.lua" "$BASE/stripe/webhook" -- "$WORK/$1.tsv" "$WRK_THREADS" \
    /stripe/webhook >"$3" 2>&1 || { cat "$3" >&2; die "wrk failed"; }
}

log "writing pending gifts and their signed events (API version $API_VERSION)"
EXPECTED_WARMUP="$(events_for "$WARMUP_ID" $((WEBHOOK_GIFTS / 2)) warmup)"
EXPECTED_MAIN="$(events_for "$FIRST_ID" "$WEBHOOK_GIFTS" events)"
EXPECTED=$((EXPECTED_WARMUP + EXPECTED_MAIN))
EVENTS="$(wc -l <"$WORK/events.tsv")"
log "warm-up: delivering other gifts' events for $WEBHOOK_WARMUP"
deliver warmup "$WEBHOOK_WARMUP" "$WORK/wrk-warmup.txt"
sleep 2
log "delivering $EVENTS events for $WRK_DURATION with $WRK_CONNECTIONS connections"
deliver events "$WRK_DURATION" "$WORK/wrk-first.txt"
sed 's/^/    /' "$WORK/wrk-first.txt" >&2
log "delivering every event once more, signed anew, as Stripe retries what it did not see acknowledged"
for set in warmup events; do
  python3 "$BENCH_DIR/webhook-events.py" --secret "$SECRET" --deliver "$BASE/stripe/webhook" --events "$WORK/$set.tsv" \
    >"$WORK/again-$set.txt"
  sed 's/^/    /' "$WORK/again-$set.txt" >&2
done
kill -0 "$APP_PID" 2>/dev/null || { show_app_log; die "Masthead died during the benchmark"; }

LEDGER="$(sqlite3 -cmd ".timeout 10000" "$DB" "SELECT COALESCE(SUM(amount_minor - refunded_minor), 0) FROM donations
  WHERE provider = 'stripe' AND status IN ('succeeded', 'refunded')
    AND (id >= $WARMUP_ID OR renews_id >= $WARMUP_ID)")"
RATE="$(awk '$1 == "Requests/sec:" { printf "%.0f", $2 }' "$WORK/wrk-first.txt")"
PASSES=("$WORK/wrk-warmup.txt" "$WORK/wrk-first.txt")
REFUSED="$(awk '$1 == "refused:" { s += $2 } END { print s + 0 }' "${PASSES[@]}")"
NEVER="$(awk '$1 == "never:" { s += $2 } END { print s + 0 }' "$WORK/again-warmup.txt" "$WORK/again-events.txt")"
ERRORS="$(grep -hE 'Non-2xx|Socket errors' "${PASSES[@]}" || true)"

echo
echo "events/sec (first pass):  $RATE"
echo "p99 latency (first pass): $(p99_of "$WORK/wrk-first.txt")"
echo "events in the mix:        $EVENTS (of $WEBHOOK_GIFTS gifts) after a warm-up on other gifts; every event delivered at least twice"
echo "refused or failed:        $REFUSED${ERRORS:+  ($ERRORS)}; never acknowledged after five tries: $NEVER"
if [[ "$LEDGER" == "$EXPECTED" ]]; then
  echo "ledger total:             $LEDGER = the sum the events carry (every event counted once)"
else
  echo "ledger total:             $LEDGER  WRONG: the events carry $EXPECTED"
fi
echo "Masthead resident memory after load (VmRSS): $(app_rss)"
