#!/usr/bin/env python3
"""Whole-process benchmark: the reference helm against capstan, in the same run.

usage: bench/compare.py [--helm PATH] [--capstan CMD] [--runs N] [--shared DIR] [--only SUBSTR] [--markdown]

Each case runs once to warm the file cache, then N times alternating helm and capstan; the table
gives the median wall time and the median peak RSS of each, and their ratios (capstan / helm).
Ratios, not absolute times, are the figure to quote: both tools run on the same machine, under the
same load, in the same minute. Output of the two tools is not compared here (compat-check does that).
"""
import argparse, os, shlex, statistics, subprocess, sys, time
import os.path as P

ROOT = P.dirname(P.dirname(P.abspath(__file__)))

def cases(shared):
    charts = P.join(shared, "compat", "charts")
    tpl = lambda chart: ["template", "rel", P.join(charts, chart), "--namespace", "ns"]
    return [
        ("version", ["version"]),
        ("--help", ["--help"]),
        ("template redis", tpl("redis")),
        ("template argo-cd", tpl("argo-cd")),
        ("template kube-prometheus-stack", tpl("kube-prometheus-stack")),
    ]

def run_once(cmd):
    """Wall seconds and peak RSS (MiB) of one process, measured with wait4."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024.0, proc.returncode

def measure(cmd, runs):
    walls, rss, codes = [], [], set()
    for _ in range(runs):
        w, r, c = run_once(cmd)
        walls.append(w); rss.append(r); codes.add(c)
    return statistics.median(walls), statistics.median(rss), codes

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--helm", default=os.environ.get("HELM_BIN", P.expanduser("~/.cache/reference-helm/helm")))
    ap.add_argument("--capstan", default=P.join(ROOT, "capstan"))
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--shared", default=P.join(ROOT, "..", "shared"))
    ap.add_argument("--only")
    ap.add_argument("--markdown", action="store_true")
    a = ap.parse_args()
    capstan = shlex.split(a.capstan)
    # build once up front so the first timed capstan run does not include a Maven build
    subprocess.run(capstan + ["version"], stdout=subprocess.DEVNULL, check=False)
    env_note = f"{os.cpu_count()} cores, {a.runs} runs per tool, medians"
    rows = []
    for name, args in cases(a.shared):
        if a.only and a.only not in name:
            continue
        h_cmd, c_cmd = [a.helm] + args, capstan + args
        run_once(h_cmd); run_once(c_cmd)  # warm the page cache and the JVM's CDS archive
        hw, hr, hc = measure(h_cmd, a.runs)
        cw, cr, cc = measure(c_cmd, a.runs)
        rows.append((name, hw, cw, hr, cr, hc, cc))
    if a.markdown:
        print(f"| case | helm ms | capstan ms | time ratio | helm MiB | capstan MiB | memory ratio |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for n, hw, cw, hr, cr, hc, cc in rows:
            print(f"| {n} | {hw*1000:.0f} | {cw*1000:.0f} | {cw/hw:.2f}x | {hr:.0f} | {cr:.0f} | {cr/hr:.2f}x |")
        print(f"\n({env_note})")
    else:
        print(f"{'case':34} {'helm ms':>9} {'capstan ms':>11} {'ratio':>7} {'helm MiB':>9} {'capstan MiB':>12} {'ratio':>7}  exit codes")
        for n, hw, cw, hr, cr, hc, cc in rows:
            print(f"{n:34} {hw*1000:9.0f} {cw*1000:11.0f} {cw/hw:6.2f}x {hr:9.0f} {cr:12.0f} {cr/hr:6.2f}x  helm={sorted(hc)} capstan={sorted(cc)}")
        print(f"({env_note})")

if __name__ == "__main__":
    main()
