#!/usr/bin/env python3
"""Writes the gifts and the signed Stripe events for bench/webhooks.sh.

Pending gifts go to an SQL file (as the support page would have recorded them); their events go to a
file of lines "<Stripe-Signature>\t<JSON body>", signed as Stripe signs them (HMAC-SHA256 of
"<t>.<body>" under the endpoint's secret). The mix: one-time gifts paid by a checkout, some of them
refunded in part (and again, further); monthly gifts whose first invoice may come before or after
their checkout, with renewals; events Masthead does not keep; and a tenth of all events sent twice
under the same id. The order is shuffled, so events about one gift arrive in any order. Prints the
ledger total the events must leave, in minor units.
"""
import argparse
import hashlib
import hmac
import json
import random
import time


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--secret", required=True)
    p.add_argument("--deliver", help="deliver every event of the --events file to this URL, each signed anew as "
                   "Stripe signs each retry, from 16 threads, again after any answer but 200")
    p.add_argument("--api-version")
    p.add_argument("--first-id", type=int)
    p.add_argument("--gifts", type=int)
    p.add_argument("--currency", default="gbp")
    p.add_argument("--sql")
    p.add_argument("--events")
    p.add_argument("--seed", type=int, default=7)
    a = p.parse_args()
    if a.deliver:
        deliver(a.deliver, a.secret, a.events)
        return
    rnd = random.Random(a.seed)
    now = int(time.time())
    run = "%x" % rnd.getrandbits(40)
    events, rows, expected = [], [], 0

    def event(kind, obj):
        events.append(json.dumps({
            "id": "evt_bench_%s_%d" % (run, len(events)), "object": "event", "api_version": a.api_version,
            "created": now, "livemode": False, "pending_webhooks": 1,
            "request": {"id": None, "idempotency_key": None}, "type": kind, "data": {"object": obj}},
            separators=(",", ":"), ensure_ascii=False))

    for n in range(a.gifts):
        gift = a.first_id + n
        amount = rnd.choice([500, 1000, 2500, 10000, 1234, 750])
        monthly = rnd.random() < 0.3
        rows.append("(%d,'stripe','%s','pending',%d,'%s',TRUE,%d)"
                    % (gift, "monthly" if monthly else "one-time", amount, a.currency.upper(), now * 1000))
        session = {"id": "cs_bench_%s_%d" % (run, gift), "object": "checkout.session", "status": "complete",
                   "payment_status": "paid", "client_reference_id": str(gift), "metadata": {"donation": str(gift)},
                   "customer": "cus_bench_%d" % gift,
                   "customer_details": {"email": None, "name": "Читатель %d" % gift}}
        if not monthly:
            intent = "pi_bench_%s_%d" % (run, gift)
            event("checkout.session.completed", dict(session, mode="payment", payment_intent=intent))
            expected += amount
            if rnd.random() < 0.25:
                refunded = 0
                for _ in range(rnd.choice([1, 2])):
                    refunded = min(amount, refunded + rnd.randint(1, amount))
                    event("charge.refunded", {"id": "ch_bench_%s_%d_%d" % (run, gift, refunded), "object": "charge",
                                              "amount": amount, "amount_refunded": refunded,
                                              "payment_intent": intent, "currency": a.currency})
                expected -= refunded
            continue
        sub = "sub_bench_%s_%d" % (run, gift)
        renewals = rnd.randint(0, 3)
        for k in range(renewals + 1):
            invoice = {"id": "in_bench_%s_%d_%d" % (run, gift, k), "object": "invoice",
                       "billing_reason": "subscription_create" if k == 0 else "subscription_cycle",
                       "status": "paid", "amount_paid": amount, "currency": a.currency,
                       "customer": "cus_bench_%d" % gift, "customer_email": None,
                       "status_transitions": {"paid_at": now},
                       "parent": {"type": "subscription_details", "subscription_details": {
                           "subscription": sub, "metadata": {"donation": str(gift)}}}}
            event("invoice.paid", invoice)
            expected += amount
        event("checkout.session.completed",
              dict(session, mode="subscription", invoice="in_bench_%s_%d_0" % (run, gift), subscription=sub))
        if rnd.random() < 0.05:
            event("customer.subscription.deleted", {"id": sub, "object": "subscription", "status": "canceled",
                                                    "ended_at": now, "metadata": {"donation": str(gift)}})
    for n in range(a.gifts // 50):
        event("customer.created", {"id": "cus_other_%d" % n, "object": "customer"})

    deliveries = events + rnd.sample(events, len(events) // 10)
    rnd.shuffle(deliveries)
    with open(a.sql, "w", encoding="utf-8") as out:
        out.write("BEGIN;\n")
        for i in range(0, len(rows), 500):
            out.write("INSERT INTO donations (id, provider, recurrence, status, amount_minor, currency, anonymous, "
                      "created_at) VALUES " + ",".join(rows[i:i + 500]) + ";\n")
        out.write("COMMIT;\n")
    with open(a.events, "w", encoding="utf-8") as out:
        for body in deliveries:
            out.write("%s\t%s\n" % (sign(a.secret, body), body))
    print(expected)


def deliver(url, secret, path):
    """Prints how many events were acknowledged, and how many never were after five tries."""
    import http.client
    import threading
    import urllib.parse
    with open(path, encoding="utf-8") as f:
        bodies = [line.rstrip("\n").split("\t", 1)[1] for line in f]
    target = urllib.parse.urlsplit(url)
    counts = {"acknowledged": 0, "never": 0}
    lock = threading.Lock()

    def work(part):
        connection = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
        for body in part:
            for attempt in range(5):
                try:
                    data = body.encode("utf-8")
                    connection.request("POST", target.path, data, {
                        "Content-Type": "application/json; charset=utf-8", "Stripe-Signature": sign(secret, body)})
                    answer = connection.getresponse()
                    answer.read()
                    if answer.status == 200:
                        with lock:
                            counts["acknowledged"] += 1
                        break
                except OSError:
                    connection.close()
                    connection = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
                time.sleep(0.2 * (attempt + 1))
            else:
                with lock:
                    counts["never"] += 1

    threads = [threading.Thread(target=work, args=(bodies[i::16],)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("acknowledged: %d\nnever: %d" % (counts["acknowledged"], counts["never"]))


def sign(secret, body):
    t = int(time.time())
    mac = hmac.new(secret.encode(), ("%d.%s" % (t, body)).encode("utf-8"), hashlib.sha256).hexdigest()
    return "t=%d,v1=%s" % (t, mac)


if __name__ == "__main__":
    main()
