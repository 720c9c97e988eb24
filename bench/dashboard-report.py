#!/usr/bin/env python3
"""Writes the results of bench/dashboard.sh (issue 13): a Markdown report and a JSON document.

usage: dashboard-report.py MEASUREMENTS.tsv REPORT.md LATEST.json
The run's facts come from BENCH_* environment variables; the measurements are read as bench/report.py
reads them (kinds wrk, pgbench, and report: sequential work report downloads).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report import env, read_measurements, run_facts, verdict  # noqa: E402


def main(tsv, report_md, latest_json):
    runs = read_measurements(tsv)
    p95_district = float(env("BENCH_P95_DISTRICT_MS", "100"))
    p95_township = float(env("BENCH_P95_TOWNSHIP_MS", "30"))
    report_target = int(env("BENCH_REPORT_TARGET_MS", "5000"))
    targets = {"township": p95_township, "district": p95_district, "province": p95_district}
    for r in runs:
        if r["kind"] == "wrk" and r["name"] in targets:
            r["p95_target_ms"] = targets[r["name"]]
            r["p95_met"] = r["valid"] and r["p95_ms"] < targets[r["name"]]
        if r["kind"] == "computed":
            r["valid"] = r.get("runs", 0) > 0
        if r["kind"] == "check":
            r["valid"] = r.get("equal") == 1
        if r["kind"] == "report":
            r["valid"] = r.get("runs", 0) > 0
            r["target_ms"] = report_target
            r["met"] = r["max_ms"] < report_target
    by_name = {r["name"]: r for r in runs}
    floor = by_name.get("auth-no-db")
    for r in runs:
        if r["kind"] == "wrk" and floor and r is not floor and floor.get("rps"):
            r["rps_share_of_floor"] = round(float(r["rps"]) / float(floor["rps"]), 4)
    doc = {
        "benchmark": "dashboard",
        **run_facts(),
        "settings": {
            "scale": float(env("BENCH_SCALE", "1")),
            "keep": env("BENCH_KEEP", "1") != "0",
            "people_per_village": int(env("BENCH_PER_VILLAGE", "100")),
            "activity_rate": float(env("BENCH_ACTIVITY_RATE", "0.3")),
            "duration_s": int(env("BENCH_DURATION", "20")),
            "warmup_s": int(env("BENCH_WARMUP", "5")),
            "connections": int(env("BENCH_CONNECTIONS", "20")),
            "threads": int(env("BENCH_THREADS", "2")),
            "wrk_timeout": env("BENCH_WRK_TIMEOUT"),
            "pgbench_scale": int(env("BENCH_PGBENCH_SCALE", "10")),
            "window_from": env("BENCH_Y0"),
        },
        "data": {
            "tree": env("BENCH_TREE_COUNTS"),
            "tree_load_ms": int(env("BENCH_TREE_LOAD_MS", "0")),
            "rows": env("BENCH_DATA_COUNTS"),
            "load_ms": int(env("BENCH_DATA_LOAD_MS", "0")),
            "database_size": env("BENCH_DB_SIZE"),
            "on_register": int(env("BENCH_ON_REGISTER", "0")),
            "ids": env("BENCH_IDS"),
            "first_province_call_ms": int(env("BENCH_FIRST_PROVINCE_MS", "0")),
        },
        "targets": {"p95_ms_township": p95_township, "p95_ms_district_province": p95_district, "report_ms": report_target},
        "runs": runs,
    }
    checked = [r for r in runs if "p95_met" in r or r["kind"] == "report"]
    doc["all_valid"] = all(r["valid"] for r in runs)
    doc["targets_met"] = all(r.get("p95_met", r.get("met")) for r in checked)
    with open(latest_json, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(report_md, "w", encoding="utf-8") as f:
        f.write(markdown(doc))


def markdown(doc):
    m, v, s, d = doc["machine"], doc["versions"], doc["settings"], doc["data"]
    out = []
    w = out.append
    w(f"# Dashboard benchmark {doc['stamp']} (issue 13)\n")
    w("Written by `bash bench/dashboard.sh` (`./ggw bench dashboard`); see `docs/benchmarks.md` for what is measured and why.\n")
    w("| | |")
    w("|---|---|")
    w(f"| date (UTC) | {doc['started_at']} → {doc['finished_at']} ({doc['elapsed_s']} s in all) |")
    dirty = doc["git"]["uncommitted_paths"]
    w(f"| git commit | `{doc['git']['commit']}`" + (f" (+ {dirty} uncommitted paths in the checkout)" if dirty else "") + " |")
    w(f"| machine | {m['nproc']} CPUs ({m['cpu_model']}), {m['mem_total_kib'] / 1048576:.1f} GiB, {m['os']}, kernel {m['kernel']} |")
    w(f"| load average | before {m['load_average_before']}; after {m['load_average_after']} (each run's 1-min load is in its row) |")
    w(f"| backend JVM | {v['backend_jvm']} (jar built {v['backend_jar_built_at']}) |")
    w(f"| PostgreSQL | {v['postgresql_server']} (embedded) |")
    w(f"| tools | {v['wrk']}; {v['pgbench']} |")
    w(f"| figures kept between writes | {'yes (V18 write stamp)' if s['keep'] else 'no: computed on every read (BENCH_KEEP=0)'} |")
    w(f"| scale | {s['scale']} ({s['people_per_village']} 五老 per village, {s['activity_rate']} activities per person-year), window from {s['window_from']} |")
    w(f"| tree | {d['tree']}, loaded in {d['tree_load_ms']} ms |")
    w(f"| data | {d['rows']}; loaded in {d['load_ms'] / 1000:.1f} s (indexes rebuilt, vacuum analyze included); database {d['database_size']} |")
    w(f"| checks | volunteer_unit_count = a recount; the province's 在册五老 on the dashboard = {d['on_register']:,} = a recount |")
    w(f"| ids | {d['ids']}; the province's first (cold) dashboard call: {d['first_province_call_ms']} ms |")
    w(f"| load | wrk -t{s['threads']} -c{s['connections']} -d{s['duration_s']}s --timeout {s['wrk_timeout']} after a {s['warmup_s']} s warm-up, "
      f"each with a fresh token of its user |")
    w("")
    w("## HTTP (wrk)\n")
    w("| measurement | requests/s | mean ms | p50 ms | p95 ms | p99 ms | max ms | requests | non-2xx | CPU ms/req backend | CPU ms/req PostgreSQL | load 1 min | target |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in doc["runs"]:
        if r["kind"] != "wrk":
            continue
        target = (f"p95 < {r['p95_target_ms']:.0f} ms: " + verdict(r["p95_met"], r["valid"])) if "p95_met" in r else \
            ("(context)" if r["valid"] else "INVALID (errors)")
        w(f"| {r['description']} | {r['rps']:.1f} | {r['mean_ms']:.1f} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | {r['p99_ms']:.1f} | {r['max_ms']:.0f} "
          f"| {r['requests']} | {r['non2xx']} | {r['cpu_app_ms_per_request']:.2f} | {r['cpu_pg_ms_per_request']:.2f} | {r.get('loadavg1', '')} | {target} |")
    w("")
    w("## Floor (same run)\n")
    for r in doc["runs"]:
        if r["kind"] == "pgbench":
            w(f"- {r['description']}: {float(r['tps']):.0f} TPS, latency avg {r['latency_avg_ms']} ms, {r['failed']} failed "
              f"(load {r.get('loadavg1', '')})")
    for r in doc["runs"]:
        if "rps_share_of_floor" in r:
            w(f"- {r['name']}: {r['rps_share_of_floor']:.3f} of the authenticated no-database call's requests/s")
    w("")
    w("## Computed on read: sequential calls, each right after a write\n")
    w("What a leader waits for when the figures must be computed (the first read after a write); one client.\n")
    w("| dashboard | runs | first ms | median ms | max ms | CPU ms backend (all runs) | CPU ms PostgreSQL | load 1 min |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in doc["runs"]:
        if r["kind"] == "computed":
            w(f"| {r['description']} | {r['runs']} | {r['first_ms']} | {r['median_ms']} | {r['max_ms']} | {r['cpu_app_ms']} | {r['cpu_pg_ms']} | {r.get('loadavg1', '')} |")
    w("")
    w("## Work report (DOCX), sequential downloads\n")
    w("| report | runs | first ms | median ms | max ms | bytes | CPU ms backend (all runs) | CPU ms PostgreSQL | load 1 min | < 5 s |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in doc["runs"]:
        if r["kind"] == "report":
            w(f"| {r['description']} | {r['runs']} | {r['first_ms']} | {r['median_ms']} | {r['max_ms']} | {r['bytes']} | {r['cpu_app_ms']} "
              f"| {r['cpu_pg_ms']} | {r.get('loadavg1', '')} | {verdict(r['met'])} |")
    w("")
    for r in doc["runs"]:
        if r["kind"] == "computed":
            r["valid"] = r.get("runs", 0) > 0
        if r["kind"] == "check":
            w(f"Writes beside: {r['rows']:,} people imported in statements of 1,000 rows and a seat ended after each, in "
              f"{r['elapsed_ms'] / 1000:.1f} s, while run (i) read the province's dashboard; afterwards its 在册五老 = "
              f"{r['on_register']:,} = a recount of the register.\n")
    w("## Verdict\n")
    w(f"- every run free of errors: {'yes' if doc['all_valid'] else '**no**'}")
    w(f"- every target met (township p95 < {doc['targets']['p95_ms_township']:.0f} ms, district and province p95 < "
      f"{doc['targets']['p95_ms_district_province']:.0f} ms, work report < {doc['targets']['report_ms'] / 1000:.0f} s): "
      f"{'yes' if doc['targets_met'] else '**no**'}")
    if s["scale"] < 1:
        w(f"- scale {s['scale']}: not the issue's 1,000,000 五老 — a quick run, not a verdict on the target")
    w("")
    return "\n".join(out)


if __name__ == "__main__":
    main(*sys.argv[1:4])
