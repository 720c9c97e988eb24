#!/usr/bin/env python3
"""Writes the results of bench/rules.sh, bench/training.sh and bench/city.sh: a Markdown report and a JSON document.

usage: province-report.py MEASUREMENTS.tsv REPORT.md LATEST.json
The run's facts come from BENCH_* environment variables (bench/lib.sh bench_export_facts, bench/province.sh
province_export_facts), and:
  BENCH_NAME_LONG   the title ("Rules at province scale (issue 10)")
  BENCH_TARGETS     the targets, `NAME:FIELD:LIMIT_MS` separated by spaces, e.g. `township-compliance:p95_ms:100
                    bulletin-province:max_ms:2000` (a run meets its target when it is free of errors and FIELD < LIMIT)
  BENCH_NOTES       lines (separated by `|`) written under the facts
Every measured time stands beside its floor from the same run: a wrk run beside the authenticated call without the
database (`auth-no-db`, ratios of p95 and of requests/s), a sequential run beside the same call made sequentially
(`floor-seq`, ratio of medians).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report import env, read_measurements, run_facts, verdict  # noqa: E402


def targets():
    out = {}
    for spec in env("BENCH_TARGETS").split():
        name, field, limit = spec.split(":")
        out[name] = (field, float(limit))
    return out


def main(tsv, report_md, latest_json):
    runs = read_measurements(tsv)
    wanted = targets()
    by_name = {r["name"]: r for r in runs}
    floor_wrk = by_name.get("auth-no-db")
    floor_seq = by_name.get("floor-seq")
    for r in runs:
        if r["kind"] in ("seq", "sync"):
            r["valid"] = r.get("runs", 1) > 0 and r.get("failed", 0) == 0
        if r["kind"] == "check":
            r["valid"] = r.get("equal") == 1
        if r["name"] in wanted:
            field, limit = wanted[r["name"]]
            r["target"] = f"{field} < {limit:g} ms"
            r["met"] = bool(r["valid"]) and float(r.get(field, 1e12)) < limit
        if r["kind"] == "wrk" and floor_wrk and r is not floor_wrk and floor_wrk.get("rps"):
            r["rps_share_of_floor"] = round(float(r["rps"]) / float(floor_wrk["rps"]), 4)
            r["p95_ratio_to_floor"] = round(float(r["p95_ms"]) / max(float(floor_wrk["p95_ms"]), 0.001), 2)
        if r["kind"] == "seq" and floor_seq and r is not floor_seq:
            r["median_ratio_to_floor"] = round(float(r["median_ms"]) / max(float(floor_seq["median_ms"]), 1.0), 1)
    doc = {
        "benchmark": env("BENCH_NAME"),
        **run_facts(),
        "settings": {
            "scale": float(env("BENCH_SCALE", "1")),
            "people_per_village": int(env("BENCH_PER_VILLAGE", "100")),
            "activity_rate": float(env("BENCH_ACTIVITY_RATE", "0.3")),
            "duration_s": int(env("BENCH_DURATION", "20")),
            "warmup_s": int(env("BENCH_WARMUP", "5")),
            "connections": int(env("BENCH_CONNECTIONS", "20")),
            "threads": int(env("BENCH_THREADS", "2")),
            "wrk_timeout": env("BENCH_WRK_TIMEOUT"),
            "pgbench_scale": int(env("BENCH_PGBENCH_SCALE", "10")),
            "sequential_runs": int(env("BENCH_SEQ_RUNS", "5")),
            "window_from": env("BENCH_Y0"),
        },
        "data": {
            "tree": env("BENCH_TREE_COUNTS"),
            "tree_load_ms": int(env("BENCH_TREE_LOAD_MS", "0")),
            "rows": env("BENCH_DATA_COUNTS"),
            "load_ms": int(env("BENCH_DATA_LOAD_MS", "0")),
            "database_size": env("BENCH_DB_SIZE"),
            "ids": env("BENCH_IDS"),
        },
        "notes": [n.strip() for n in env("BENCH_NOTES").split("|") if n.strip()],
        "targets": {k: f"{f} < {v:g} ms" for k, (f, v) in wanted.items()},
        "runs": runs,
    }
    checked = [r for r in runs if "met" in r]
    doc["all_valid"] = all(r["valid"] for r in runs)
    doc["targets_met"] = all(r["met"] for r in checked) and len(checked) == len(wanted)
    with open(latest_json, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(report_md, "w", encoding="utf-8") as f:
        f.write(markdown(doc))


def target_cell(r):
    if "met" not in r:
        return "(context)" if r["valid"] else "INVALID (errors)"
    return f"{r['target']}: " + verdict(r["met"], r["valid"])


def markdown(doc):
    m, v, s, d = doc["machine"], doc["versions"], doc["settings"], doc["data"]
    out = []
    w = out.append
    w(f"# {env('BENCH_NAME_LONG', doc['benchmark'])}: benchmark {doc['stamp']}\n")
    w(f"Written by `bash bench/{doc['benchmark']}.sh` (`./ggw bench {doc['benchmark']}`); see `docs/benchmarks.md` for what is "
      "measured and why. Every time stands beside its floor measured in the same run.\n")
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
    w(f"| scale | {s['scale']} ({s['people_per_village']} 五老 per village, {s['activity_rate']} activities per person-year), window from {s['window_from']} |")
    w(f"| tree | {d['tree']}, loaded in {d['tree_load_ms']} ms |")
    w(f"| data | {d['rows']}; loaded in {d['load_ms'] / 1000:.1f} s; database {d['database_size']} |")
    w(f"| ids | {d['ids']} |")
    w(f"| load | wrk -t{s['threads']} -c{s['connections']} -d{s['duration_s']}s --timeout {s['wrk_timeout']} after a {s['warmup_s']} s warm-up, "
      f"each with a fresh token of its user; sequential runs: {s['sequential_runs']} calls each, one client (curl) |")
    w("")
    for n in doc["notes"]:
        w(f"- {n}")
    if doc["notes"]:
        w("")
    wrk = [r for r in doc["runs"] if r["kind"] == "wrk"]
    if wrk:
        w("## HTTP under load (wrk)\n")
        w("| measurement | requests/s | mean ms | p50 ms | p95 ms | p99 ms | max ms | requests | non-expected | p95 ÷ floor p95 | req/s ÷ floor req/s "
          "| CPU ms/req backend | CPU ms/req PostgreSQL | load 1 min | target |")
        w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        for r in wrk:
            w(f"| {r['description']} | {r['rps']:.1f} | {r['mean_ms']:.1f} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | {r['p99_ms']:.1f} | {r['max_ms']:.0f} "
              f"| {r['requests']} | {r['non2xx']} | {r.get('p95_ratio_to_floor', '(floor)')} | {r.get('rps_share_of_floor', '(floor)')} "
              f"| {r['cpu_app_ms_per_request']:.2f} | {r['cpu_pg_ms_per_request']:.2f} | {r.get('loadavg1', '')} | {target_cell(r)} |")
        w("")
    seq = [r for r in doc["runs"] if r["kind"] == "seq"]
    if seq:
        w("## Sequential calls (one client)\n")
        w("| measurement | runs | first ms | median ms | max ms | min ms | median ÷ floor median | bytes | CPU ms backend (all runs) "
          "| CPU ms PostgreSQL | load 1 min | target |")
        w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        for r in seq:
            w(f"| {r['description']} | {r['runs']} | {r['first_ms']} | {r['median_ms']} | {r['max_ms']} | {r['min_ms']} "
              f"| {r.get('median_ratio_to_floor', '(floor)')} | {r.get('bytes', '')} | {r['cpu_app_ms']} | {r['cpu_pg_ms']} "
              f"| {r.get('loadavg1', '')} | {target_cell(r)} |")
        w("")
    sync = [r for r in doc["runs"] if r["kind"] == "sync"]
    if sync:
        w("## Sync as the city system would (one client, the contract's cursors and ETags)\n")
        for r in sync:
            details = ", ".join(f"{k} {r[k]}" for k in ("requests", "units", "figure_units", "status_200", "status_304", "status_429",
                                                      "retry_wait_ms", "bytes", "feed_pages", "median_request_ms")
                                if k in r)
            ratio = ""
            if floor_of(doc, "floor-seq"):
                per = float(r["elapsed_ms"]) / max(int(r.get("requests", 1)), 1)
                ratio = f"; {per:.1f} ms a request = {per / max(float(floor_of(doc, 'floor-seq')['median_ms']), 1.0):.1f} × the sequential floor"
            w(f"- {r['description']}: **{r['elapsed_ms'] / 1000:.2f} s** ({details}){ratio}; load {r.get('loadavg1', '')}; {target_cell(r)}")
        w("")
    w("## Floors (same run)\n")
    for r in doc["runs"]:
        if r["kind"] == "pgbench":
            w(f"- {r['description']}: {float(r['tps']):.0f} TPS, latency avg {r['latency_avg_ms']} ms, {r['failed']} failed "
              f"(load {r.get('loadavg1', '')})")
        if r["name"] == "auth-no-db":
            w(f"- {r['description']}: {r['rps']:.0f} requests/s, p95 {r['p95_ms']:.1f} ms (load {r.get('loadavg1', '')})")
        if r["name"] == "floor-seq":
            w(f"- {r['description']}: median {r['median_ms']} ms over {r['runs']} calls (load {r.get('loadavg1', '')})")
    w("")
    for r in doc["runs"]:
        if r["kind"] == "check":
            w(f"Check {r['name']}: {r['description']} — {'equal' if r['valid'] else '**differs**'} ({r.get('detail', '')})\n")
    w("## Verdict\n")
    w(f"- every run free of errors: {'yes' if doc['all_valid'] else '**no**'}")
    w(f"- every target met ({', '.join(f'{k}: {t}' for k, t in doc['targets'].items())}): {'yes' if doc['targets_met'] else '**no**'}")
    w(f"- measured at load average {m['load_average_before']} (before) on a {m['nproc']}-CPU machine shared with other work: "
      "the ratios to the floors carry over to a quiet machine better than the bare times")
    w("")
    return "\n".join(out)


def floor_of(doc, name):
    return next((r for r in doc["runs"] if r["name"] == name), None)


if __name__ == "__main__":
    main(*sys.argv[1:4])
