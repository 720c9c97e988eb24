#!/usr/bin/env python3
"""A city system's pull, for bench/city.sh (issue 14): one client, one request at a time, as the contract says.

usage: city-sync.py API TOKEN_URL CLIENT_ID CLIENT_SECRET STATE.json PASS
  PASS full:   the unit feed from the start (GET /city/unit-changes?limit=1000, following nextCursor while hasMore),
               the exemplar feed likewise, then the figures of every district down to its villages
               (GET /city/figures?unitCode=<district>&downTo=VILLAGE) and of the root itself (downTo=UNIT);
               ETags and the feeds' last cursors are kept in STATE.json.
  PASS again:  the same figure requests with If-None-Match (each must answer 304) and the feeds from their kept
               cursors (each must answer an empty page).
The token comes from the client-credentials grant (fetched again on 401). A 429 is honoured (Retry-After) and
counted. Prints one line: SYNC key=value ... (elapsed_ms, requests, units, figure_units, status_200, status_304,
status_429, retry_wait_ms, bytes, feed_pages, median_request_ms, failed).
"""
import json
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


class Client:
    def __init__(self, api, token_url, client_id, secret):
        self.api, self.token_url, self.client_id, self.secret = api, token_url, client_id, secret
        self.token = None
        self.stats = {"requests": 0, "status_200": 0, "status_304": 0, "status_429": 0, "retry_wait_ms": 0, "bytes": 0}
        self.times = []

    def fetch_token(self):
        body = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": self.client_id,
                                       "client_secret": self.secret}).encode()
        with urllib.request.urlopen(urllib.request.Request(self.token_url, data=body), timeout=30) as r:
            self.token = json.load(r)["access_token"]

    def get(self, path, params, etag=None):
        """(status, headers, parsed body or None)"""
        if self.token is None:
            self.fetch_token()
        url = f"{self.api}{path}?{urllib.parse.urlencode(params)}"
        for _ in range(20):
            headers = {"Authorization": f"Bearer {self.token}", "Accept": "application/json", "Accept-Language": "zh-CN"}
            if etag:
                headers["If-None-Match"] = etag
            t = time.perf_counter()
            try:
                with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=120) as r:
                    data = r.read()
                    status, h = r.status, r.headers
            except urllib.error.HTTPError as e:
                data = e.read()
                status, h = e.code, e.headers
            self.times.append((time.perf_counter() - t) * 1000)
            self.stats["requests"] += 1
            self.stats["bytes"] += len(data)
            if status == 401:
                self.fetch_token()
                continue
            if status == 429:
                self.stats["status_429"] += 1
                wait = int(h.get("Retry-After", "1"))
                self.stats["retry_wait_ms"] += wait * 1000
                time.sleep(wait)
                continue
            if status == 200:
                self.stats["status_200"] += 1
                return status, h, json.loads(data)
            if status == 304:
                self.stats["status_304"] += 1
                return status, h, None
            raise SystemExit(f"GET {url} answered {status}: {data[:400]!r}")
        raise SystemExit(f"GET {url}: no answer after 20 tries")


def feed(client, path, cursor, state_key, state, expect_empty):
    pages, items = 0, []
    while True:
        params = {"limit": 1000}
        if cursor:
            params["cursor"] = cursor
        status, _, page = client.get(path, params)
        pages += 1
        items += page["items"]
        cursor = page["nextCursor"]
        if not page["hasMore"]:
            break
    if expect_empty and items:
        raise SystemExit(f"{path}: {len(items)} changes on an unchanged platform")
    state[state_key] = cursor
    return pages, items


def main(api, token_url, client_id, secret, state_file, which):
    client = Client(api, token_url, client_id, secret)
    t0 = time.perf_counter()
    out = {"failed": 0}
    if which == "full":
        state = {"etags": {}}
        pages, units = feed(client, "/city/unit-changes", None, "unit_cursor", state, False)
        epages, exemplars = feed(client, "/city/exemplar-changes", None, "exemplar_cursor", state, False)
        codes = {u["code"]: u for u in units if u.get("unit")}
        root = [c for c, u in codes.items() if not u["unit"].get("parentCode") or u["unit"]["parentCode"] not in codes]
        districts = [c for c, u in codes.items() if u["unit"].get("kind") == "DISTRICT"]
        figure_units = 0
        requests = [(c, "VILLAGE") for c in sorted(districts)] + [(c, "UNIT") for c in root]
        for code, down in requests:
            status, h, body = client.get("/city/figures", {"unitCode": code, "downTo": down})
            state["etags"][f"{code}|{down}"] = h["ETag"]
            figure_units += len(body["units"])
        out.update(units=len(codes), exemplars=len(exemplars), feed_pages=pages + epages, figure_units=figure_units,
                   districts=len(districts), roots=len(root))
    else:
        with open(state_file, encoding="utf-8") as f:
            state = json.load(f)
        pages, _ = feed(client, "/city/unit-changes", state["unit_cursor"], "unit_cursor", state, True)
        epages, _ = feed(client, "/city/exemplar-changes", state["exemplar_cursor"], "exemplar_cursor", state, True)
        not_modified = 0
        for key, etag in state["etags"].items():
            code, down = key.split("|")
            status, _, _ = client.get("/city/figures", {"unitCode": code, "downTo": down}, etag)
            not_modified += status == 304
        if not_modified != len(state["etags"]):
            out["failed"] = len(state["etags"]) - not_modified
        out.update(feed_pages=pages + epages, figure_requests=len(state["etags"]), not_modified=not_modified)
    elapsed = (time.perf_counter() - t0) * 1000
    with open(state_file, "w", encoding="utf-8") as f:
        json.dump(state, f)
    out.update(client.stats, elapsed_ms=round(elapsed), median_request_ms=round(statistics.median(client.times), 1))
    print("SYNC " + " ".join(f"{k}={v}" for k, v in out.items()))


if __name__ == "__main__":
    main(*sys.argv[1:7])
