#!/usr/bin/env python3
"""How long a tree change made through one replica takes to be answered by another (bench/fleet.sh).

Renames a unit through the writer (PUT /api/v1/org-units/{id}) TRIALS times; after each rename polls
the reader, as a user whose own unit it is, with GET /api/v1/me until the new name comes back: that
answer comes from the reader's cache of callers' units, which only the cluster notification empties.
Prints JSON: every delay (ms, from the writer's answer to the reader's first answer with the new
name), p50, p95, max. Restores the unit's name at the end.
"""
import argparse
import http.client
import json
import statistics
import sys
import time
import urllib.parse


class Client:
    def __init__(self, base, token):
        u = urllib.parse.urlparse(base)
        self.conn = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
        self.token = token

    def call(self, method, path, body=None):
        headers = {"Authorization": f"Bearer {self.token}", "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        self.conn.request(method, path, body=data, headers=headers)
        r = self.conn.getresponse()
        payload = r.read()
        if r.status != 200:
            sys.exit(f"{method} {path}: {r.status} {payload[:300]!r}")
        return json.loads(payload)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--writer", required=True)
    p.add_argument("--reader", required=True)
    p.add_argument("--admin-token", required=True)
    p.add_argument("--reader-token", required=True)
    p.add_argument("--unit", required=True, type=int)
    p.add_argument("--trials", type=int, default=20)
    p.add_argument("--timeout-s", type=float, default=10)
    a = p.parse_args()
    writer = Client(a.writer, a.admin_token)
    reader = Client(a.reader, a.reader_token)
    unit = writer.call("GET", f"/api/v1/org-units/{a.unit}")
    original, version = unit["name"], unit["version"]
    delays, polls = [], []
    for i in range(1, a.trials + 1):
        me = reader.call("GET", "/api/v1/me")  # the reader holds the current name in its cache
        name = f"{original}·{i}" if i < a.trials else original
        if me["unit"]["name"] == name:
            sys.exit("the reader already answers the new name")
        body = {"code": unit["code"], "name": name, "sortOrder": unit["sortOrder"], "version": version}
        version = writer.call("PUT", f"/api/v1/org-units/{a.unit}", body)["version"]
        changed = time.perf_counter()
        n = 0
        while True:
            n += 1
            if reader.call("GET", "/api/v1/me")["unit"]["name"] == name:
                delays.append((time.perf_counter() - changed) * 1000)
                polls.append(n)
                break
            if time.perf_counter() - changed > a.timeout_s:
                sys.exit(f"trial {i}: the reader did not answer the new name within {a.timeout_s} s")
    ordered = sorted(delays)
    print(json.dumps({
        "trials": len(delays),
        "delays_ms": [round(d, 2) for d in delays],
        "polls": polls,
        "min_ms": round(ordered[0], 2),
        "p50_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[max(0, int(len(ordered) * 0.95 + 0.5) - 1)], 2),
        "max_ms": round(ordered[-1], 2),
    }))


if __name__ == "__main__":
    main()
