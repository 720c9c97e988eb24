#!/usr/bin/env python3
"""Writes the results of bench/fleet.sh: a Markdown report and a JSON document.

usage: fleet-report.py MEASUREMENTS.tsv RSS.tsv PROPAGATION.json REPORT.md LATEST.json
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report import env, read_measurements, run_facts  # noqa: E402

RSS_TARGET_MIB = 300
PROPAGATION_TARGET_MS = 1000
CPU_GROWTH_TOLERANCE = 1.15  # CPU per request with two replicas at most 15 % above one


def pooled(runs):
    """The runs of one setting (one, two, two, one: see bench/fleet.sh) as one: CPU summed over all their requests."""
    runs = [r for r in runs if r]
    if not runs:
        return None
    requests = max(sum(r.get("requests", 0) for r in runs), 1)
    return {
        "rps": sum(r["rps"] for r in runs) / len(runs),
        "cpu_app_ms_per_request": sum(r.get("cpu_app_ms", 0) for r in runs) / requests,
        "cpu_total_ms_per_request": sum(sum(r.get(k, 0) for k in ("cpu_app_ms", "cpu_pg_ms", "cpu_loadgen_ms")) for r in runs) / requests,
        "valid": all(r["valid"] for r in runs),
    }


def main():
    tsv, rss_tsv, propagation_json, report_md, latest_json = sys.argv[1:6]
    runs = {r["name"]: r for r in read_measurements(tsv)}
    rss = {}
    with open(rss_tsv, encoding="utf-8") as f:
        for line in f:
            name, pairs = line.rstrip("\n").split("\t")
            rss[name] = {k: int(v or 0) for k, v in (p.split("=", 1) for p in pairs.split())}
    with open(propagation_json, encoding="utf-8") as f:
        propagation = json.load(f)

    for name, r in runs.items():
        requests = max(r.get("requests", 0), 1)
        r["cpu_total_ms_per_request"] = round(
            sum(r.get(k, 0) for k in ("cpu_app_ms", "cpu_pg_ms", "cpu_loadgen_ms")) / requests, 4)
        r["rss_peak_mib"] = {k[:2]: round(v / 1024) for k, v in rss.get(name, {}).items()}

    comparisons, checks = [], []
    for what, label in (("list", "(a) township 五老 list, page 1"), ("unit", "(b) one unit with breadcrumbs")):
        one = pooled([runs.get(f"{what}-1"), runs.get(f"{what}-1b")])
        two = pooled([runs.get(f"{what}-2"), runs.get(f"{what}-2b")])
        if not one or not two:
            continue
        c = {
            "request": label,
            "throughput_ratio": round(two["rps"] / max(one["rps"], 0.001), 3),
            "serving_cpu_per_request_ratio": round(two["cpu_app_ms_per_request"] / max(one["cpu_app_ms_per_request"], 1e-9), 3),
            "total_cpu_per_request_ratio": round(two["cpu_total_ms_per_request"] / max(one["cpu_total_ms_per_request"], 1e-9), 3),
        }
        comparisons.append(c)
        checks.append({"target": f"{label}: CPU per request does not grow with two replicas (≤ ×{CPU_GROWTH_TOLERANCE})",
                       "value": f"serving tier ×{c['serving_cpu_per_request_ratio']}, all processes ×{c['total_cpu_per_request_ratio']}",
                       "met": one["valid"] and two["valid"] and c["total_cpu_per_request_ratio"] <= CPU_GROWTH_TOLERANCE})
    peaks = [v for r in rss.values() for v in r.values()]
    if peaks:
        checks.append({"target": f"each replica's resident set under load ≤ {RSS_TARGET_MIB} MB",
                       "value": f"peak {max(peaks) / 1024:.0f} MiB", "met": max(peaks) / 1024 <= RSS_TARGET_MIB})
    checks.append({"target": f"a tree change through r1 is answered by r2 within {PROPAGATION_TARGET_MS} ms",
                   "value": f"p50 {propagation['p50_ms']} ms, p95 {propagation['p95_ms']} ms, max {propagation['max_ms']} ms "
                            f"({propagation['trials']} trials)",
                   "met": propagation["max_ms"] < PROPAGATION_TARGET_MS})

    doc = {
        "benchmark": "fleet",
        **run_facts(),
        "settings": {
            "jvm_options": env("BENCH_JVM_OPTIONS"), "haproxy": env("BENCH_HAPROXY"),
            "replicas_pinned": env("BENCH_PIN_REPLICAS", "0") == "1",
            "duration_s": int(env("BENCH_DURATION", "20")), "warmup_s": int(env("BENCH_WARMUP", "5")),
            "connections": int(env("BENCH_CONNECTIONS", "50")), "threads": int(env("BENCH_THREADS", "2")),
            "volunteers": int(env("BENCH_VOLUNTEERS", "0")), "township": env("BENCH_TOWNSHIP"), "village": env("BENCH_VILLAGE"),
        },
        "runs": list(runs.values()),
        "comparisons": comparisons,
        "propagation": propagation,
        "checks": checks,
    }
    with open(latest_json, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")

    m = doc["machine"]
    out = []
    w = out.append
    w(f"# Fleet benchmark {doc['stamp']}")
    w("")
    w(f"Two replicas behind the local load balancer (HAProxy, as `./ggw run --replicas 2`) against one, same machine, same run. "
      f"Commit `{doc['git']['commit'][:12]}`{' (+ uncommitted changes)' if doc['git']['uncommitted_paths'] else ''}, "
      f"{m['nproc']} cores ({m['cpu_model']}), load average {m['load_average_before']} before, {m['load_average_after']} after.")
    w("")
    w(f"| | |")
    w(f"|---|---|")
    w(f"| backend JVM | {doc['versions']['backend_jvm']}, `{doc['settings']['jvm_options']}` |")
    w(f"| load balancer | {doc['settings']['haproxy']} |")
    if doc["settings"]["replicas_pinned"]:
        w("| cores | r1 on core 0 only, r2 on core 1 only (`BENCH_PIN_REPLICAS=1`); PostgreSQL, HAProxy and wrk on either |")
    w(f"| PostgreSQL | {doc['versions']['postgresql_server']} |")
    w(f"| data | {doc['settings']['volunteers']:,} 五老; township {doc['settings']['township']}, village {doc['settings']['village']} |")
    w(f"| load | wrk -t{doc['settings']['threads']} -c{doc['settings']['connections']} -d{doc['settings']['duration_s']}s "
      f"after {doc['settings']['warmup_s']} s of warm-up; a fresh token per run |")
    w("")
    w("| run | replicas | req/s | p50 ms | p95 ms | CPU ms/req serving tier | PostgreSQL | wrk | **all** | peak RSS r1 / r2 MiB | errors |")
    w("|---|---|---|---|---|---|---|---|---|---|---|")
    for name, r in runs.items():
        replicas = name.rsplit("-", 1)[1].rstrip("b")
        rp = r["rss_peak_mib"]
        w(f"| {r['description']} | {replicas} | {r['rps']:.0f} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} "
          f"| {r['cpu_app_ms_per_request']:.3f} | {r['cpu_pg_ms_per_request']:.3f} | {r['cpu_loadgen_ms_per_request']:.3f} "
          f"| **{r['cpu_total_ms_per_request']:.3f}** | {rp.get('r1', '?')} / {rp.get('r2', '?')} "
          f"| {'none' if r['valid'] else 'INVALID: ' + str(r.get('non2xx', 0)) + ' non-2xx, ' + str(r['socket_errors']) + ' socket errors'} |")
    w("")
    w("Each setting was measured twice, in the order one, two, two, one; the ratios pool each setting's two runs.")
    w("")
    w("| request | throughput two ÷ one | CPU per request two ÷ one (serving tier) | (all processes) |")
    w("|---|---|---|---|")
    for c in comparisons:
        w(f"| {c['request']} | ×{c['throughput_ratio']} | ×{c['serving_cpu_per_request_ratio']} | ×{c['total_cpu_per_request_ratio']} |")
    w("")
    w(f"Tree change through r1, answered by r2 (the renamed unit is the caller's own, cached by r2): "
      f"p50 {propagation['p50_ms']} ms, p95 {propagation['p95_ms']} ms, max {propagation['max_ms']} ms over {propagation['trials']} trials "
      f"(delays: {', '.join(str(d) for d in propagation['delays_ms'])}).")
    w("")
    w("| check | value | met |")
    w("|---|---|---|")
    for c in checks:
        w(f"| {c['target']} | {c['value']} | {'yes' if c['met'] else '**no**'} |")
    with open(report_md, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
