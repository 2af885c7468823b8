#!/usr/bin/env python3
"""In-process target: capstan's library (warm JIT, JMH ChartBenchmark) against helm's time per
process, chart by chart over the compat corpus.

usage: bench/inprocess.py [--helm PATH | --helm-json FILE] [--runs N] [--rt] [--shared DIR]
                          [--only CHART,...] [--jmh-json FILE | --jar JAR | --jmh-args "ARGS"]
                          [--markdown] [--json FILE]

helm: `helm template rel CHART --namespace ns` per chart, once to warm the page cache, then N
whole-process runs (median wall time). capstan: JMH `ChartBenchmark.template` with the chart as
a @Param (bench/jmh.sh, one fork, 2 warm-up and 3 measured iterations unless --jmh-args says
otherwise), read from JMH's `-rf json` output; --jmh-json reads an earlier result instead of
running JMH, --jar runs another build's benchmarks (e.g. a baseline), --helm-json reuses helm's
figures of an earlier run (so that two builds are held against the same helm times). helm runs
first, then JMH: the two never run at the same time.

The table: chart, helm ms/process, capstan in-process ms/op (± JMH's 99.9% error), helm/capstan;
then the corpus-wide figure, sum of helm over sum of capstan: all charts, without etcd (a random
4096-bit RSA key per render, which dominates its time and scatters it), and without etcd and
nginx (two 2048-bit keys: key generation is most of both tools' time).
"""
import argparse, json, os, shlex, shutil, statistics, subprocess, sys, tempfile, threading, time
import os.path as P

ROOT = P.dirname(P.dirname(P.abspath(__file__)))
SCATTERED = {"etcd"}  # a random 4096-bit RSA key per render: dominates and scatters
KEYGEN = {"etcd", "nginx"}  # charts whose time is mostly RSA key generation (nginx: two 2048-bit keys)


def helm_ms(helm, chart_dir, runs, rt):
    cmd = rt + [helm, "template", "rel", chart_dir, "--namespace", "ns"]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, timeout=120)  # page cache
    times = []
    for _ in range(runs):
        # a blocking wait: subprocess.run(timeout=...) polls with sleeps of up to 50 ms, which
        # rounded every helm time up to a step of that size; the timeout is a timer instead
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        killer = threading.Timer(120, p.kill)
        killer.start()
        code = p.wait()
        times.append(time.perf_counter() - start)
        killer.cancel()
        if code != 0:
            raise SystemExit(f"helm failed on {chart_dir} (exit {code})")
    return statistics.median(times) * 1000


def jmh_launch(shared, jar):
    """The JMH command line: an earlier build (--jar, e.g. a baseline copy of
    benchmarks/target/benchmarks.jar) with bench/jmh.sh's settings, or bench/jmh.sh itself, after
    building it (if stale) at normal priority so that a build never runs under a real-time policy."""
    if jar:
        return ["java", "-Dcapstan.shared=" + shared, "-jar", jar, "-f", "1", "-wi", "2", "-i", "3", "-w", "2", "-r", "2"]
    subprocess.run([P.join(ROOT, "bench", "jmh.sh"), "-l"], check=True, stdout=subprocess.DEVNULL)
    return [P.join(ROOT, "bench", "jmh.sh")]


def default_charts(launch):
    """ChartBenchmark's @Param list (JMH -lp)."""
    out = subprocess.run(launch + ["-lp", r"ChartBenchmark\.template"], check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        line = line.strip()
        if line.startswith('param "chart" = {'):
            return [c.strip() for c in line.split("{", 1)[1].rstrip("}").split(",")]
    raise SystemExit("no chart parameter in JMH's list:\n" + out)


def run_jmh(launch, only, extra, shared, rt):
    fd, out = tempfile.mkstemp(prefix="capstan-jmh-", suffix=".json")
    os.close(fd)
    cmd = rt + launch + [r"ChartBenchmark\.template", "-rf", "json", "-rff", out]
    if only:
        cmd += ["-p", "chart=" + ",".join(only)]
    cmd += shlex.split(extra)
    env = dict(os.environ, CAPSTAN_SHARED=shared)
    print("  " + " ".join(shlex.quote(c) for c in cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, stdout=sys.stderr, env=env)
    return out


def read_jmh(path):
    """chart -> (score ms, error ms) from JMH's json output."""
    with open(path) as f:
        data = json.load(f)
    res = {}
    for b in data:
        if not b["benchmark"].endswith("ChartBenchmark.template"):
            continue
        m = b["primaryMetric"]
        if m["scoreUnit"] != "ms/op":
            raise SystemExit(f"unexpected unit {m['scoreUnit']}")
        err = m.get("scoreError")
        res[b["params"]["chart"]] = (m["score"], err if isinstance(err, (int, float)) else float("nan"))
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--helm", default=os.environ.get("HELM_BIN", P.expanduser("~/.cache/reference-helm/helm")))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rt", action="store_true", help="helm under chrt -f 60, JMH under chrt -r 50 (see below)")
    ap.add_argument("--shared", default=P.join(ROOT, "..", "shared"))
    ap.add_argument("--only", help="comma-separated charts (default: every ChartBenchmark chart)")
    ap.add_argument("--jmh-json", help="read this JMH result instead of running JMH")
    ap.add_argument("--jmh-args", default="", help="more JMH arguments, e.g. \"-w 1 -r 1\"")
    ap.add_argument("--helm-json", help="take helm's figures from an earlier --json output instead of running helm")
    ap.add_argument("--jar", help="run this benchmarks jar instead of bench/jmh.sh's build")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--json")
    a = ap.parse_args()
    if not P.isdir(P.join(a.shared, "compat")) and P.isdir(P.join(ROOT, "..", "..", "shared", "compat")):
        a.shared = P.join(ROOT, "..", "..", "shared")  # a worktree under <project>/wt/
    a.shared = P.abspath(a.shared)
    only = [c for c in a.only.split(",") if c] if a.only else None
    # --rt: helm under SCHED_FIFO priority 60, JMH under SCHED_RR priority 50. Two multi-threaded Go
    # processes under FIFO at the same priority on 2 cores (helm here, helm in a compare.py --rt run)
    # can starve each other's runtime threads and spin for minutes; one priority above compare.py's 50
    # lets helm finish (compare.py's process then waits for it). JMH (one fork at a time, its
    # JIT and GC threads time-sliced) gets round-robin at compare.py's priority.
    have = a.rt and shutil.which("chrt")
    rt_helm = ["chrt", "-f", "60"] if have else []
    rt = ["chrt", "-r", "50"] if have else []

    loads = [os.getloadavg()[0]]
    if a.jmh_json:
        capstan = read_jmh(a.jmh_json)
        charts = [c for c in sorted(capstan) if not only or c in only]
    else:
        launch = jmh_launch(a.shared, a.jar)
        charts = only or default_charts(launch)
    helm = {}
    if a.helm_json:
        with open(a.helm_json) as f:
            helm = {r["chart"]: r["helm_ms"] for r in json.load(f)["rows"]}
    for c in charts:
        if c in helm:
            continue
        helm[c] = helm_ms(a.helm, P.join(a.shared, "compat", "charts", c), a.runs, rt_helm)
        print(f"  helm {c}: {helm[c]:.0f} ms", file=sys.stderr)
    loads.append(os.getloadavg()[0])
    if not a.jmh_json:
        capstan = read_jmh(run_jmh(launch, only, a.jmh_args, a.shared, rt))
        loads.append(os.getloadavg()[0])
        missing = [c for c in charts if c not in capstan]
        if missing:
            raise SystemExit(f"no JMH result for {missing}")

    rows = [(c, helm[c], capstan[c][0], capstan[c][1]) for c in charts]
    def total(rs):
        h, k = sum(r[1] for r in rs), sum(r[2] for r in rs)
        return h, k, (h / k if k else float("nan"))
    all_t = total(rows)
    plain_t = total([r for r in rows if r[0] not in SCATTERED])
    nokey_t = total([r for r in rows if r[0] not in KEYGEN])
    note = (f"{os.cpu_count()} cores, load average {', '.join(f'{l:.1f}' for l in loads)} (start, after helm"
            + (", after JMH" if len(loads) > 2 else "") + f"); helm: median of {a.runs} processes"
            + "; capstan: JMH ChartBenchmark.template, warm" + (" (helm under SCHED_FIFO 60, JMH under SCHED_RR 50)" if rt else ""))
    if a.markdown:
        print("| chart | helm ms/process | capstan in-process ms | helm / capstan |")
        print("|---|---:|---:|---:|")
        for c, h, k, e in rows:
            print(f"| {c}{' (random RSA key)' if c in SCATTERED else ''} | {h:.0f} | {k:.2f} ± {e:.2f} | {h/k:.1f}x |")
        print(f"| **all {len(rows)} charts** | {all_t[0]:.0f} | {all_t[1]:.1f} | **{all_t[2]:.1f}x** |")
        print(f"| **without etcd** | {plain_t[0]:.0f} | {plain_t[1]:.1f} | **{plain_t[2]:.1f}x** |")
        print(f"| **without etcd and nginx** (RSA keys) | {nokey_t[0]:.0f} | {nokey_t[1]:.1f} | **{nokey_t[2]:.1f}x** |")
        print(f"\n({note})")
    else:
        print(f"{'chart':28} {'helm ms':>9} {'capstan ms':>11} {'± err':>8} {'ratio':>8}")
        for c, h, k, e in rows:
            print(f"{c + (' *' if c in SCATTERED else ''):28} {h:9.0f} {k:11.2f} {e:8.2f} {h/k:7.1f}x")
        print(f"{'sum, all charts':28} {all_t[0]:9.0f} {all_t[1]:11.1f} {'':8} {all_t[2]:7.1f}x")
        print(f"{'sum, without etcd':28} {plain_t[0]:9.0f} {plain_t[1]:11.1f} {'':8} {plain_t[2]:7.1f}x")
        print(f"{'sum, without etcd, nginx':28} {nokey_t[0]:9.0f} {nokey_t[1]:11.1f} {'':8} {nokey_t[2]:7.1f}x")
        print("(* random 4096-bit RSA key per render: dominates and scatters)")
        print(f"({note})")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"note": note, "rows": [{"chart": c, "helm_ms": h, "capstan_ms": k, "capstan_err": e}
                                              for c, h, k, e in rows],
                       "ratio_all": all_t[2], "ratio_without_etcd": plain_t[2],
                       "ratio_without_keygen": nokey_t[2]}, f, indent=1)


if __name__ == "__main__":
    main()
