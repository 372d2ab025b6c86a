"""SIGN_UPS readers sign up through the public form at the same moment, one connection each.

Arguments: the site's base address and how many. Prints one line per outcome (status and count),
then the seconds until the last answer, the p50 and p99 answer times, and the acknowledged count.
"""
import collections
import http.client
import sys
import threading
import time
import urllib.parse

base, count = sys.argv[1], int(sys.argv[2])
host, port = urllib.parse.urlsplit(base).hostname, urllib.parse.urlsplit(base).port
run = str(int(time.time()))
start = threading.Barrier(count + 1)
results = [None] * count


def sign_up(i):
    body = urllib.parse.urlencode({"displayName": f"Burst Reader {i}", "email": f"burst-{run}-{i}@readers.test",
                                   "password": "a reader's long passphrase"})
    connection = http.client.HTTPConnection(host, port, timeout=300)
    start.wait()
    began = time.monotonic()
    try:
        connection.request("POST", "/signup", body, {"Content-Type": "application/x-www-form-urlencoded",
                                                      "Origin": base})
        answer = connection.getresponse()
        page = answer.read().decode("utf-8", "replace")
        outcome = "acknowledged" if answer.status == 200 and "We have sent a link" in page else f"HTTP {answer.status}"
    except OSError as e:
        outcome = f"no answer: {type(e).__name__}"
    results[i] = (outcome, time.monotonic() - began)


threads = [threading.Thread(target=sign_up, args=(i,)) for i in range(count)]
for t in threads:
    t.start()
start.wait()
began = time.monotonic()
for t in threads:
    t.join()
took = time.monotonic() - began
times = sorted(t for _, t in results)
for outcome, n in sorted(collections.Counter(o for o, _ in results).items()):
    print(f"outcome: {outcome}: {n}")
print(f"seconds: {took:.1f}")
print(f"p50: {times[len(times) // 2]:.1f} s")
print(f"p99: {times[min(len(times) - 1, int(len(times) * 0.99))]:.1f} s")
print(f"acknowledged: {sum(1 for o, _ in results if o == 'acknowledged')}")
