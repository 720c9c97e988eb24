#!/usr/bin/env python3
"""Writes the results of a benchmark: a Markdown report and a JSON document.

usage: report.py MEASUREMENTS.tsv REPORT.md LATEST.json              (bench/hierarchy.sh)
       report.py --registry MEASUREMENTS.tsv REPORT.md LATEST.json   (bench/registry.sh)
The run's facts come from BENCH_* environment variables (set by the script, see bench/lib.sh
bench_export_facts); each line of the TSV is NAME, KIND (wrk|pgbench|import), DESCRIPTION, URL or
file, and space-separated key=value pairs.
"""
import json
import os
import sys

P95_TARGET_MS = 20.0
RATIO_TARGET = 0.5
P95_CHECKED = ["district-children", "township-children", "township-subtree", "one-unit"]
RATIO_NUMERATOR = "one-unit"


def number(text):
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text


def read_measurements(path):
    runs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            name, kind, description, url, pairs = line.split("\t")
            values = {k: number(v) for k, v in (p.split("=", 1) for p in pairs.split())}
            run = {"name": name, "kind": kind, "description": description, "target": url, **values}
            if kind == "wrk":
                errors = sum(values.get(k, 0) for k in
                             ("err_connect", "err_read", "err_write", "err_status", "err_timeout"))
                run["socket_errors"] = errors
                run["valid"] = values.get("non2xx", 0) == 0 and errors == 0 and values.get("requests", 0) > 0
                requests = max(values.get("requests", 0), 1)
                for part in ("app", "pg", "loadgen"):
                    run[f"cpu_{part}_ms_per_request"] = round(values.get(f"cpu_{part}_ms", 0) / requests, 4)
                if name in P95_CHECKED:
                    run["p95_target_ms"] = P95_TARGET_MS
                    run["p95_met"] = run["valid"] and values["p95_ms"] < P95_TARGET_MS
            elif kind == "import":
                run["created_ok"] = values.get("created") == values.get("expected_created")
                run["rejected_ok"] = values.get("rejected") == values.get("expected_rejected")
                run["valid"] = run["created_ok"] and run["rejected_ok"]
            else:
                run["valid"] = values.get("failed", 0) == 0 and values.get("tps", 0) > 0
                tps = max(float(values.get("tps", 0)), 1.0)
                seconds = float(os.environ.get("BENCH_DURATION", "20"))
                for part in ("pg", "loadgen"):
                    run[f"cpu_{part}_ms_per_request"] = round(values.get(f"cpu_{part}_ms", 0) / (tps * seconds), 4)
            if "cpu_machine_ms" in values:
                seconds = values["elapsed_ms"] / 1000 if "elapsed_ms" in values else float(os.environ.get("BENCH_DURATION", "20"))
                capacity = seconds * 1000 * max(int(os.environ.get("BENCH_NPROC", "1")), 1)
                ours = sum(values.get(k, 0) for k in ("cpu_app_ms", "cpu_pg_ms", "cpu_loadgen_ms"))
                run["cpu_share_ours"] = round(ours / capacity, 3)
                run["cpu_share_others"] = round(max(values["cpu_machine_ms"] - ours, 0) / capacity, 3)
            runs.append(run)
    return runs


def env(name, default=""):
    return os.environ.get(name, default)


# Issue 17: a scoped read is measured against what this machine can do in the same run: the authenticated request
# that touches no database (e, the floor of token + HTTP + JSON) composed with one index lookup (pgbench -S), i.e.
# 1 / (1/floor_e + 1/pgbench_S) requests/s — and its CPU per request against theirs.
FLOOR_E = "auth-no-db"
FLOOR_TARGETS = {"one-unit": 0.75, "district-children": 0.6, "township-children": 0.6, "township-subtree": 0.6}
CPU_VS_E_TARGETS = {"one-unit": 1.4}


def composed_floor(runs, connections):
    """Adds to each wrk run its ratio to the composed floor and its CPU per request relative to the floor's parts;
    returns the floor's facts (None when (e) or pgbench -S at `connections` is missing from this run)."""
    by_name = {r["name"]: r for r in runs}
    e, pg = by_name.get(FLOOR_E), by_name.get(f"pgbench-c{connections}")
    if not e or not pg or not float(e.get("rps", 0)) or not float(pg.get("tps", 0)):
        return None
    e_rps, pg_tps = float(e["rps"]), float(pg["tps"])
    floor = 1 / (1 / e_rps + 1 / pg_tps)
    e_cpu = e.get("cpu_app_ms_per_request") or 0
    pg_cpu = pg.get("cpu_pg_ms_per_request") or 0
    for r in runs:
        if r["kind"] != "wrk" or r is e or r.get("connections", connections) != connections:
            continue
        r["of_composed_floor"] = round(float(r["rps"]) / floor, 4)
        if e_cpu:
            r["cpu_app_vs_e"] = round(r["cpu_app_ms_per_request"] / e_cpu, 3)
        if pg_cpu:
            r["cpu_pg_vs_pgbench"] = round(r["cpu_pg_ms_per_request"] / pg_cpu, 3)
        if r["name"] in FLOOR_TARGETS:
            r["floor_target"] = FLOOR_TARGETS[r["name"]]
            r["floor_met"] = r["valid"] and e["valid"] and pg["valid"] and r["of_composed_floor"] >= r["floor_target"]
        if r["name"] in CPU_VS_E_TARGETS and "cpu_app_vs_e" in r:
            r["cpu_vs_e_target"] = CPU_VS_E_TARGETS[r["name"]]
            r["cpu_vs_e_met"] = r["cpu_app_vs_e"] <= r["cpu_vs_e_target"]
    return {"floor_e_rps": round(e_rps, 1), "pgbench_tps": round(pg_tps, 1), "connections": connections,
            "composed_rps": round(floor, 1), "floor_e_cpu_app_ms": e_cpu, "pgbench_cpu_pg_ms": pg_cpu,
            "valid": bool(e["valid"] and pg["valid"])}


def floor_markdown(floor, runs):
    """The section of a report that sets each request against the composed floor of the same run."""
    out = []
    w = out.append
    w("## Against the composed floor (issue 17)\n")
    if floor is None:
        w("Not computed: this run lacks the authenticated no-database request or pgbench -S at the same concurrency.\n")
        return out
    w(f"Composed floor = 1 / (1/(e) + 1/pgbench -S) = 1 / (1/{floor['floor_e_rps']:,.0f} + 1/{floor['pgbench_tps']:,.0f}) "
      f"= **{floor['composed_rps']:,.0f} req/s** at {floor['connections']} connections, measured in this run"
      + ("" if floor["valid"] else " (INVALID: a floor run had errors)") + ". "
      f"CPU per request of the floor's parts: (e) backend {floor['floor_e_cpu_app_ms']:.3f} ms, "
      f"pgbench -S PostgreSQL {floor['pgbench_cpu_pg_ms']:.3f} ms.\n")
    w("| request | req/s | of the composed floor | target | backend CPU/req | × (e) | PostgreSQL CPU/req | × pgbench -S | p95 ms |")
    w("|---|---:|---:|---|---:|---:|---:|---:|---:|")
    for r in runs:
        if "of_composed_floor" not in r:
            continue
        target = f"≥ {r['floor_target']}: {verdict(r['floor_met'], r['valid'])}" if "floor_target" in r else "–"
        cpu_e = f"{r['cpu_app_vs_e']:.2f}" if "cpu_app_vs_e" in r else "–"
        if "cpu_vs_e_target" in r:
            cpu_e += f" (≤ {r['cpu_vs_e_target']}: {verdict(r['cpu_vs_e_met'])})"
        cpu_pg = f"{r['cpu_pg_vs_pgbench']:.2f}" if "cpu_pg_vs_pgbench" in r else "–"
        w(f"| {r['description']} | {r['rps']:,.0f} | **{r['of_composed_floor']:.2f}** | {target} | {r['cpu_app_ms_per_request']:.3f} "
          f"| {cpu_e} | {r['cpu_pg_ms_per_request']:.3f} | {cpu_pg} | {r['p95_ms']:.1f} |")
    w("")
    return out


RSS_TARGET_MIB = 300


def heap_label(heap):
    """BENCH_HEAP: a -Xmx value, or "prod" for the production JVM settings (ggw.jvm-options)."""
    if heap == "prod":
        return "production JVM settings: " + os.environ.get("BENCH_JVM_OPTIONS", "")
    return f"-Xmx{heap}"


def run_facts():
    """The facts every benchmark records (bench/lib.sh bench_export_facts)."""
    return {
        "stamp": env("BENCH_STAMP"),
        "started_at": env("BENCH_STARTED_AT"),
        "finished_at": env("BENCH_FINISHED_AT"),
        "elapsed_s": int(env("BENCH_ELAPSED_S", "0")),
        "git": {"commit": env("BENCH_GIT_COMMIT"), "uncommitted_paths": int(env("BENCH_GIT_DIRTY", "0"))},
        "machine": {
            "nproc": int(env("BENCH_NPROC", "0")),
            "mem_total_kib": int(env("BENCH_MEM_TOTAL_KB", "0")),
            "cpu_model": env("BENCH_CPU_MODEL"),
            "os": env("BENCH_OS"),
            "kernel": env("BENCH_KERNEL"),
            "load_average_before": env("BENCH_LOADAVG_BEFORE"),
            "load_average_after": env("BENCH_LOADAVG_AFTER"),
        },
        "versions": {
            "backend_jvm": env("BENCH_JVM_BACKEND"),
            "keycloak": env("BENCH_KEYCLOAK_VERSION"),
            "keycloak_jvm": env("BENCH_JVM_KEYCLOAK"),
            "postgresql_server": env("BENCH_PG_SERVER"),
            "pgbench": env("BENCH_PG_CLIENT"),
            "wrk": env("BENCH_WRK"),
            "backend_jar_built_at": env("BENCH_APP_JAR_BUILT"),
        },
    }


def main():
    if sys.argv[1] == "--registry":
        registry_main(*sys.argv[2:5])
        return
    tsv, report_md, latest_json = sys.argv[1:4]
    runs = read_measurements(tsv)
    by_name = {r["name"]: r for r in runs}
    connections = int(env("BENCH_CONNECTIONS", "50"))
    numerator = by_name.get(RATIO_NUMERATOR)
    denominator = by_name.get(f"pgbench-c{connections}")
    ratio = None
    ratio_valid = False
    if numerator and denominator and float(denominator.get("tps", 0)) > 0:
        ratio = round(float(numerator["rps"]) / float(denominator["tps"]), 4)
        ratio_valid = numerator["valid"] and denominator["valid"]

    # On a shared machine the neighbours may take more CPU during one run than during the other;
    # dividing each throughput by the share of the cores our processes actually got corrects for that.
    ratio_cpu = None
    if ratio is not None and numerator.get("cpu_share_ours") and denominator.get("cpu_share_ours"):
        ratio_cpu = round((float(numerator["rps"]) / numerator["cpu_share_ours"])
                          / (float(denominator["tps"]) / denominator["cpu_share_ours"]), 4)

    floor = composed_floor(runs, connections)

    doc = {
        "benchmark": "hierarchy",
        **run_facts(),
        "settings": {
            "duration_s": int(env("BENCH_DURATION", "20")),
            "warmup_s": int(env("BENCH_WARMUP", "5")),
            "connections": connections,
            "threads": int(env("BENCH_THREADS", "2")),
            "wrk_timeout": env("BENCH_WRK_TIMEOUT"),
            "user": env("BENCH_USER"),
            "pgbench_scale": int(env("BENCH_PGBENCH_SCALE", "10")),
        },
        "tree": {
            "counts": env("BENCH_TREE_COUNTS"),
            "total": int(env("BENCH_TREE_TOTAL", "0")),
            "load_ms": int(env("BENCH_TREE_LOAD_MS", "0")),
            "ids": env("BENCH_IDS"),
            "pgbench_init_ms": int(env("BENCH_PGBENCH_INIT_MS", "0")),
        },
        "runs": runs,
        "targets": {
            "p95_ms_below": P95_TARGET_MS,
            "p95_checked": P95_CHECKED,
            "ratio_at_least": RATIO_TARGET,
        },
        "ratio": {
            "numerator": f"{RATIO_NUMERATOR} requests/s",
            "denominator": f"pgbench-c{connections} tps (without initial connection time)",
            "value": ratio,
            "per_cpu_share": ratio_cpu,
            "valid": ratio_valid,
            "met": bool(ratio_valid and ratio is not None and ratio >= RATIO_TARGET),
        },
        "composed_floor": floor,
    }
    doc["all_valid"] = all(r["valid"] for r in runs)
    doc["p95_met"] = all(by_name[n].get("p95_met", False) for n in P95_CHECKED if n in by_name)

    with open(latest_json, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(report_md, "w", encoding="utf-8") as f:
        f.write(markdown(doc))


def verdict(ok, valid=True):
    if not valid:
        return "INVALID (errors)"
    return "met" if ok else "**missed**"


def markdown(doc):
    m, v, s, t = doc["machine"], doc["versions"], doc["settings"], doc["tree"]
    out = []
    w = out.append
    w(f"# Hierarchy benchmark {doc['stamp']}\n")
    w("Written by `bash bench/hierarchy.sh`; see `docs/benchmarks.md` for what is measured and why.\n")
    w("| | |")
    w("|---|---|")
    w(f"| date (UTC) | {doc['started_at']} → {doc['finished_at']} ({doc['elapsed_s']} s in all) |")
    dirty = doc["git"]["uncommitted_paths"]
    w(f"| git commit | `{doc['git']['commit']}`" + (f" (+ {dirty} uncommitted paths in the checkout)" if dirty else "") + " |")
    w(f"| machine | {m['nproc']} CPUs ({m['cpu_model']}), {m['mem_total_kib'] / 1048576:.1f} GiB, {m['os']}, kernel {m['kernel']} |")
    w(f"| load average | before {m['load_average_before']}; after {m['load_average_after']} |")
    w(f"| backend JVM | {v['backend_jvm']} (jar built {v['backend_jar_built_at']}) |")
    w(f"| Keycloak | {v['keycloak']} on {v['keycloak_jvm']} |")
    w(f"| PostgreSQL | {v['postgresql_server']} (embedded) |")
    w(f"| tools | {v['wrk']}; {v['pgbench']} |")
    w(f"| tree | {t['counts']} = {t['total']} units, loaded in {t['load_ms']} ms |")
    w(f"| ids | {t['ids']} |")
    w(f"| load | wrk -t{s['threads']} -c{s['connections']} -d{s['duration_s']}s --timeout {s['wrk_timeout']} after a {s['warmup_s']} s warm-up, "
      f"token of `{s['user']}` (district-viewer, org_unit=BP); pgbench scale {s['pgbench_scale']} "
      f"(init {t['pgbench_init_ms']} ms) |")
    w("")
    w("## HTTP (wrk)\n")
    w("| measurement | requests/s | mean ms | p50 ms | p95 ms | p99 ms | max ms | requests | non-2xx | socket errors | p95 < 20 ms |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in doc["runs"]:
        if r["kind"] != "wrk":
            continue
        target = verdict(r["p95_met"], r["valid"]) if "p95_met" in r else ("(not a target)" if r["valid"] else "INVALID (errors)")
        w(f"| {r['description']} | {r['rps']:.0f} | {r['mean_ms']:.2f} | {r['p50_ms']:.2f} | {r['p95_ms']:.2f} | {r['p99_ms']:.2f} | {r['max_ms']:.1f} "
          f"| {r['requests']} | {r['non2xx']}" + (f" (first {r['first_bad_status']})" if r['non2xx'] else "")
          + f" | {r['socket_errors']} | {target} |")
    w("")
    w("## PostgreSQL (pgbench -S, same server, same run)\n")
    w("| measurement | TPS (without connection time) | latency avg ms | failed |")
    w("|---|---:|---:|---:|")
    for r in doc["runs"]:
        if r["kind"] == "pgbench":
            w(f"| {r['description']} | {float(r['tps']):.0f} | {r['latency_avg_ms']} | {r['failed']} |")
    w("")
    ratio = doc["ratio"]
    w("## Ratio\n")
    if ratio["value"] is None:
        w("Not computed (a measurement is missing).\n")
    else:
        w(f"GET one unit requests/s ÷ pgbench -S TPS at {s['connections']} clients = **{ratio['value']:.3f}** "
          f"(target ≥ {doc['targets']['ratio_at_least']}): {verdict(ratio['met'], ratio['valid'])}.\n")
        if ratio["per_cpu_share"] is not None:
            w(f"Each throughput divided by the share of the cores our processes got during its run (the neighbours' load "
              f"differs between the two runs): {ratio['per_cpu_share']:.3f}. A secondary estimate, for comparing runs.\n")
    out.extend(floor_markdown(doc.get("composed_floor"), doc["runs"]))
    w("## Where the CPU went (ms of CPU per request, summed over the measured run)\n")
    w("The machine has few cores, and the load generator shares them with the server: throughput is bounded by the CPU "
      "each request costs across all three.\n")
    w("\"ours\" is the share of all cores used by the backend, PostgreSQL and the load generator during the measured run; "
      "\"others\" is what the rest of the machine (other people's builds and tests) used at the same time.\n")
    w("| measurement | backend JVM | PostgreSQL | load generator (wrk / pgbench) | CPU: ours | CPU: others |")
    w("|---|---:|---:|---:|---:|---:|")
    for r in doc["runs"]:
        ours = r.get("cpu_app_ms", 0) + r.get("cpu_pg_ms", 0) + r.get("cpu_loadgen_ms", 0)
        capacity = s["duration_s"] * 1000 * max(m["nproc"], 1)
        others = f"{max(r['cpu_machine_ms'] - ours, 0) / capacity:.0%}" if "cpu_machine_ms" in r else "–"
        app = f"{r['cpu_app_ms_per_request']:.3f}" if "cpu_app_ms_per_request" in r else "–"
        w(f"| {r['description']} | {app} | {r['cpu_pg_ms_per_request']:.3f} | {r['cpu_loadgen_ms_per_request']:.3f} "
          f"| {ours / capacity:.0%} | {others} |")
    w("")
    w("## Verdict\n")
    w(f"- every run free of errors: {'yes' if doc['all_valid'] else '**no** (runs with errors are invalid)'}")
    w(f"- p95 < {doc['targets']['p95_ms_below']:.0f} ms for children of a district, children of a township, subtree of a township, one unit: "
      f"{'met' if doc['p95_met'] else '**missed**'}")
    if ratio["value"] is not None:
        w(f"- ratio ≥ {doc['targets']['ratio_at_least']} (the old aim, against pgbench -S alone): {verdict(ratio['met'], ratio['valid'])} ({ratio['value']:.3f})")
    for r in doc["runs"]:
        if "floor_target" in r:
            w(f"- {r['description']}: {r['of_composed_floor']:.2f} of the composed floor (≥ {r['floor_target']}): {verdict(r['floor_met'], r['valid'])}")
        if "cpu_vs_e_target" in r:
            w(f"- {r['description']}: backend CPU per request {r['cpu_app_vs_e']:.2f} × that of (e) (≤ {r['cpu_vs_e_target']}): {verdict(r['cpu_vs_e_met'])}")
    w("")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# bench/registry.sh (issue 3, 五老 registry)
# ---------------------------------------------------------------------------------------------
LIST_P95_TARGET_MS = 50.0
IMPORT_TARGET_S = 60.0
LIST_RPS_BEFORE = 832   # township list page 1 at 50 connections, run of 2026-11-26 16:21 (docs/benchmarks.md)
DEEP_TOLERANCE = 1.2   # "deep pages stay as fast as page 1": deep p50 and p95 within 20 % of page 1's


def read_text(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read().strip()
    except OSError:
        return ""


def registry_main(tsv, report_md, latest_json):
    runs = read_measurements(tsv)
    by_name = {r["name"]: r for r in runs}
    conns = [int(c) for c in env("BENCH_CONNECTIONS_LIST", "50 10").split()]
    work = env("BENCH_WORK")
    checks = []

    for c in conns:
        for kind in ("list", "search"):
            r = by_name.get(f"{kind}-p1-c{c}")
            if r:
                r["p95_target_ms"] = LIST_P95_TARGET_MS
                r["p95_met"] = r["valid"] and r["p95_ms"] < LIST_P95_TARGET_MS
                checks.append({"target": f"township list p95 < {LIST_P95_TARGET_MS:.0f} ms", "run": r["name"],
                               "value": f"{r['p95_ms']:.1f} ms", "met": r["p95_met"]})
            deep = by_name.get(f"{kind}-deep-c{c}")
            if r and deep:
                p50 = deep["p50_ms"] / max(r["p50_ms"], 0.001)
                p95 = deep["p95_ms"] / max(r["p95_ms"], 0.001)
                deep["vs_page1_p50"] = round(p50, 3)
                deep["vs_page1_p95"] = round(p95, 3)
                deep["as_fast_as_page1"] = deep["valid"] and r["valid"] and p50 <= DEEP_TOLERANCE and p95 <= DEEP_TOLERANCE
                checks.append({"target": "deep page as fast as page 1 (p50 and p95 within 20 %)", "run": deep["name"],
                               "value": f"p50 ×{p50:.2f}, p95 ×{p95:.2f}", "met": deep["as_fast_as_page1"]})
    for r in runs:
        if r["kind"] == "import" and r["name"].startswith("import-"):
            r["total_s"] = round(r["total_ms"] / 1000, 2)
            r["time_met"] = r["valid"] and r["total_s"] < IMPORT_TARGET_S
            checks.append({"target": f"import of {r['rows']:,} rows < {IMPORT_TARGET_S:.0f} s end to end", "run": r["name"],
                           "value": f"{r['total_s']:.1f} s, peak RSS {r['peak_rss_kib'] / 1024:.0f} MiB ({heap_label(r['heap'])})",
                           "met": r["time_met"]})
        elif r["kind"] == "import":
            checks.append({"target": "the same file again creates nothing", "run": r["name"],
                           "value": f"created {r['created']}, {r['total_ms'] / 1000:.1f} s", "met": r["valid"]})

    floor = composed_floor(runs, conns[0]) if conns else None
    # Issue 17: the township list at 50 connections doubles the 832 req/s of the run of 2026-11-26 16:21.
    r = by_name.get("list-p1-c50")
    if r:
        checks.append({"target": f"township list at 50 connections ≥ 2 × {LIST_RPS_BEFORE} req/s (issue 17)", "run": r["name"],
                       "value": f"{r['rps']:.0f} req/s, p95 {r['p95_ms']:.1f} ms (before: 99.1 ms)",
                       "met": r["valid"] and float(r["rps"]) >= 2 * LIST_RPS_BEFORE})
    rss_peak = int(env("BENCH_RSS_PEAK_KIB", "0") or 0)
    if rss_peak:
        # Issue 16: the backend's resident set under this whole benchmark, imports included.
        checks.append({"target": f"resident set <= {RSS_TARGET_MIB} MB during the whole run (issue 16)", "run": "whole run",
                       "value": f"peak {rss_peak / 1024:.0f} MiB ({heap_label(env('BENCH_HEAP'))}; {env('BENCH_RSS_SAMPLES', '?')} samples)",
                       "met": rss_peak / 1024 <= RSS_TARGET_MIB})

    doc = {
        "benchmark": "registry",
        **run_facts(),
        "settings": {
            "duration_s": int(env("BENCH_DURATION", "20")),
            "warmup_s": int(env("BENCH_WARMUP", "5")),
            "connections": conns,
            "threads": int(env("BENCH_THREADS", "2")),
            "wrk_timeout": env("BENCH_WRK_TIMEOUT"),
            "heap": env("BENCH_HEAP"),
            "heap_flags": env("BENCH_HEAP_FLAGS"),
            "page_size": int(env("BENCH_PAGE", "50")),
        },
        "data": {
            "tree": env("BENCH_TREE_COUNTS"),
            "tree_load_ms": int(env("BENCH_TREE_LOAD_MS", "0")),
            "volunteers": int(env("BENCH_VOLUNTEERS", "0")),
            "status_changes": int(env("BENCH_HISTORY", "0")),
            "per_village": int(env("BENCH_PER_VILLAGE", "0")),
            "layout": env("BENCH_LAYOUT"),
            "volunteers_load_ms": int(env("BENCH_VOLUNTEERS_LOAD_MS", "0")),
            "database_size": env("BENCH_DB_SIZE"),
            "township": env("BENCH_TOWNSHIP"),
            "district_id": env("BENCH_DISTRICT_ID"),
        },
        "deep_page": {
            "pages": int(env("BENCH_DEEP_PAGES", "0")),
            "after_id": env("BENCH_DEEP_AFTER_ID"),
            "walk_ms": int(env("BENCH_WALK_MS", "0") or 0),
            "walk_per_page": env("BENCH_WALK_SUMMARY"),
        },
        "runs": runs,
        "composed_floor": floor,
        "checks": checks,
        "explain": {
            "statement_logged": read_text(os.path.join(work, "list-statement.txt")),
            "page1": read_text(os.path.join(work, "explain-p1.txt")),
            "deep": read_text(os.path.join(work, "explain-deep.txt")),
        },
    }
    doc["all_valid"] = all(r["valid"] for r in runs)
    doc["all_met"] = bool(checks) and all(c["met"] for c in checks)
    with open(latest_json, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(report_md, "w", encoding="utf-8") as f:
        f.write(registry_markdown(doc))


def registry_markdown(doc):
    m, v, s, d, dp = doc["machine"], doc["versions"], doc["settings"], doc["data"], doc["deep_page"]
    out = []
    w = out.append
    w(f"# 五老 registry benchmark {doc['stamp']} (issue 3)\n")
    w("Written by `bash bench/registry.sh` (`./ggw bench registry`); see `docs/benchmarks.md` for what is measured and why.\n")
    w("| | |")
    w("|---|---|")
    w(f"| date (UTC) | {doc['started_at']} → {doc['finished_at']} ({doc['elapsed_s']} s in all) |")
    dirty = doc["git"]["uncommitted_paths"]
    w(f"| git commit | `{doc['git']['commit']}`" + (f" (+ {dirty} uncommitted paths in the checkout)" if dirty else "") + " |")
    w(f"| machine | {m['nproc']} CPUs ({m['cpu_model']}), {m['mem_total_kib'] / 1048576:.1f} GiB, {m['os']}, kernel {m['kernel']} |")
    w(f"| load average | before {m['load_average_before']}; after {m['load_average_after']} (each run's 1-min load is in its row) |")
    w(f"| backend JVM | {v['backend_jvm']}, **{heap_label(s['heap'])}** ({s['heap_flags']}) (jar built {v['backend_jar_built_at']}) |")
    w(f"| Keycloak | {v['keycloak']} on {v['keycloak_jvm']} |")
    w(f"| PostgreSQL | {v['postgresql_server']} (embedded) |")
    w(f"| tools | {v['wrk']}; {v['pgbench']} |")
    w(f"| tree | district BR: {d['tree']}, loaded in {d['tree_load_ms']} ms |")
    w(f"| volunteers | {d['volunteers']:,} ({d['per_village']:,} per village, id layout `{d['layout']}`) + {d['status_changes']:,} status changes, "
      f"loaded with SQL in {d['volunteers_load_ms'] / 1000:.1f} s (indexes rebuilt, vacuum analyze included); database {d['database_size']} |")
    w(f"| township measured | {d['township']} |")
    if dp["pages"] and dp["after_id"]:
        w(f"| deep page | page {dp['pages'] + 1} (after id {dp['after_id']}), reached by walking the cursor chain with curl: "
          f"{dp['pages']} pages in {dp['walk_ms'] / 1000:.1f} s, {dp['walk_per_page']} |")
    w(f"| load | wrk -t{s['threads']} -d{s['duration_s']}s --timeout {s['wrk_timeout']} after a {s['warmup_s']} s warm-up, "
      f"connections {', '.join(map(str, s['connections']))}; page size {s['page_size']} |")
    w("")
    wrk_runs = [r for r in doc["runs"] if r["kind"] == "wrk"]
    if wrk_runs:
        w("## List (wrk)\n")
        w("| measurement | req/s | mean ms | p50 ms | p95 ms | p99 ms | max ms | requests | errors | load 1 min | JVM CPU ms/req | PG CPU ms/req | CPU others | verdict |")
        w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        for r in wrk_runs:
            if "p95_met" in r:
                verdict_text = f"p95 < 50 ms: {verdict(r['p95_met'], r['valid'])}"
            elif "as_fast_as_page1" in r:
                verdict_text = (f"vs page 1: p50 ×{r['vs_page1_p50']:.2f}, p95 ×{r['vs_page1_p95']:.2f}: "
                                + verdict(r["as_fast_as_page1"], r["valid"]))
            else:
                verdict_text = "(context)" if r["valid"] else "INVALID (errors)"
            errors = r["non2xx"] + r["socket_errors"]
            w(f"| {r['description']} | {r['rps']:.0f} | {r['mean_ms']:.1f} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | {r['p99_ms']:.1f} "
              f"| {r['max_ms']:.0f} | {r['requests']} | {errors} | {r.get('loadavg1', '')} | {r['cpu_app_ms_per_request']:.2f} "
              f"| {r['cpu_pg_ms_per_request']:.2f} | {r.get('cpu_share_others', 0):.0%} | {verdict_text} |")
        w("")
        w("\"CPU others\": the share of the machine's cores that other people's processes used during the run.\n")
        out.extend(floor_markdown(doc.get("composed_floor"), wrk_runs))
    imports = [r for r in doc["runs"] if r["kind"] == "import"]
    if imports:
        w("## Census import\n")
        w("Upload (multipart POST) → mapping as suggested (PUT, 202) → dry run (polled every 200 ms until VALIDATED) → "
          "commit `VALID_ROWS`, warnings confirmed (polled until COMMITTED). Total = from sending the upload to seeing COMMITTED. "
          "RSS sampled every 100 ms from /proc (VmRSS), VmHWM reset before each import.\n")
        w("| import | file | upload s | dry run s | commit s | **total s** | rows | to create | rejected (expected) | created (expected) | updated | unchanged | skipped | peak RSS MiB | VmHWM MiB | JVM CPU s | PG CPU s | load 1 min | checks |")
        w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        for r in imports:
            w(f"| {r['description']} | {r['file_bytes'] / 1048576:.1f} MB | {r['upload_ms'] / 1000:.1f} | {r['dryrun_ms'] / 1000:.1f} "
              f"| {r['commit_ms'] / 1000:.1f} | **{r['total_ms'] / 1000:.1f}** | {r['rows']} | {r['to_create']} "
              f"| {r['rejected']} ({r['expected_rejected']}) | {r['created']} ({r['expected_created']}) | {r['updated']} | {r['unchanged']} "
              f"| {r['skipped']} | {r['peak_rss_kib'] / 1024:.0f} | {r['vm_hwm_kib'] / 1024:.0f} | {r['cpu_app_ms'] / 1000:.1f} "
              f"| {r['cpu_pg_ms'] / 1000:.1f} | {r.get('loadavg1', '')} | {'ok' if r['valid'] else '**mismatch**'} |")
        w("")
    ex = doc["explain"]
    if ex["page1"]:
        w("## The list statement and its plans\n")
        if ex["statement_logged"]:
            w("As the backend sent it (`pg_stat_activity` of its pooled connection, after one request of the deep page):\n")
            w("```\n" + ex["statement_logged"] + "\n```\n")
        w("`EXPLAIN (ANALYZE, BUFFERS)` of the same statement, prepared, with the township user's scope and unit, page 1 (`id > 0`):\n")
        w("```\n" + ex["page1"] + "\n```\n")
        w("The deep page (`id >` the last id of the walked page):\n")
        w("```\n" + ex["deep"] + "\n```\n")
    w("## Verdict\n")
    w(f"- every run free of errors and every import's counts as expected: {'yes' if doc['all_valid'] else '**no**'}")
    for c in doc["checks"]:
        w(f"- {c['target']} — `{c['run']}`: {c['value']}: {'met' if c['met'] else '**missed**'}")
    w("")
    return "\n".join(out)



if __name__ == "__main__":
    main()
