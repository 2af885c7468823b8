#!/usr/bin/env python3
"""Whole-process benchmark: the reference helm against capstan, in the same run.

usage: bench/compare.py [--helm PATH] [--capstan CMD] [--variant LABEL=CMD]... [--runs N]
                        [--shared DIR] [--chart NAME=DIR]... [--only SUBSTR] [--big] [--rt]
                        [--markdown] [--json FILE]

Each case runs once per tool to warm the file cache (and to let the launcher build its start-up
archive), then N rounds; a round runs every tool once, in turn, so a change of machine load hits
all tools alike. The table gives, per tool, the median wall time, the median CPU time (user+sys,
which a loaded machine inflates less than wall time) and the median peak RSS (wait4), and the
ratios capstan / helm. Ratios, not absolute times, are the figures to quote.

--variant adds more capstan columns, e.g. --variant jdk17="env CAPSTAN_JAVA=/usr/lib/jvm/java-17-openjdk-amd64 ./capstan".
--chart replaces a compat chart's folder (e.g. a kube-prometheus-stack with its dependencies);
--extra adds a `template` case for another compat chart (e.g. --extra etcd --extra nginx).
--big adds the bounded-memory case: one template that writes 2,000,000 lines (helm: ~30 s,
~1.9 GiB); it runs once per tool, with a time limit of --big-timeout seconds.
--rt runs each timed process under SCHED_FIFO (chrt -f 50; needs root), so that on a machine
busy with other work (builds, tests) the tools get a CPU when they need one: medians then sit
within a few percent of the minimum instead of scattering over 5x. Not applied to --big.
Output of the tools is not compared here (compat-check does that).
"""
import argparse, json, os, shlex, shutil, signal, statistics, subprocess, sys, tempfile, time
import os.path as P

ROOT = P.dirname(P.dirname(P.abspath(__file__)))


def cases(shared, charts_override, extra=()):
    charts = P.join(shared, "compat", "charts")
    def tpl(chart):
        return ["template", "rel", charts_override.get(chart, P.join(charts, chart)), "--namespace", "ns"]
    return [
        ("version", ["version"]),
        ("--help", ["--help"]),
        ("template redis", tpl("redis")),
        ("template argo-cd", tpl("argo-cd")),
        ("template kube-prometheus-stack", tpl("kube-prometheus-stack")),
    ] + [("template " + c, tpl(c)) for c in extra]


def big_chart():
    """A chart whose only template writes 2,000,000 lines."""
    d = tempfile.mkdtemp(prefix="capstan-big-")
    os.makedirs(P.join(d, "templates"))
    with open(P.join(d, "Chart.yaml"), "w") as f:
        f.write("apiVersion: v2\nname: big\nversion: 0.1.0\n")
    with open(P.join(d, "templates", "lines.yaml"), "w") as f:
        f.write("{{ range until 2000000 }}line {{ . }}\n{{ end }}")
    return d


def run_once(cmd, timeout=None):
    """Wall seconds, CPU seconds, peak RSS (MiB) and exit code of one process, from wait4."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    timer = None
    if timeout:
        import threading
        timer = threading.Timer(timeout, lambda: os.killpg(proc.pid, signal.SIGKILL))
        timer.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if timer:
        timer.cancel()
    code = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, code


def summarize(samples):
    return {
        "wall": statistics.median(s[0] for s in samples),
        "wall_min": min(s[0] for s in samples),
        "cpu": statistics.median(s[1] for s in samples),
        "rss": statistics.median(s[2] for s in samples),
        "codes": sorted({s[3] for s in samples}),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--helm", default=os.environ.get("HELM_BIN", P.expanduser("~/.cache/reference-helm/helm")))
    ap.add_argument("--capstan", default=P.join(ROOT, "capstan"))
    ap.add_argument("--variant", action="append", default=[], metavar="LABEL=CMD")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--shared", default=P.join(ROOT, "..", "shared"))
    ap.add_argument("--chart", action="append", default=[], metavar="NAME=DIR")
    ap.add_argument("--extra", action="append", default=[], metavar="CHART", help="one more compat chart to template")
    ap.add_argument("--only")
    ap.add_argument("--big", action="store_true")
    ap.add_argument("--big-timeout", type=float, default=120)
    ap.add_argument("--rt", action="store_true")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--json")
    a = ap.parse_args()
    if not P.isdir(P.join(a.shared, "compat")) and P.isdir(P.join(ROOT, "..", "..", "shared", "compat")):
        a.shared = P.join(ROOT, "..", "..", "shared")  # a worktree under <project>/wt/
    overrides = dict(c.split("=", 1) for c in a.chart)
    tools = [("helm", shlex.split(a.helm) if " " in a.helm else [a.helm]), ("capstan", shlex.split(a.capstan))]
    tools += [(v.split("=", 1)[0], shlex.split(v.split("=", 1)[1])) for v in a.variant]
    # build once up front so that no timed run includes a Maven build or the archive training
    for _, cmd in tools[1:]:
        subprocess.run(cmd + ["version"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)

    rt = ["chrt", "-f", "50"] if a.rt and shutil.which("chrt") else []
    todo = [(n, args, a.runs, None) for n, args in cases(a.shared, overrides, a.extra)]
    big_dir = None
    if a.big:
        big_dir = big_chart()
        todo.append(("template 2M lines", ["template", "rel", big_dir], 1, a.big_timeout))
    rows = []
    try:
        for name, args, runs, timeout in todo:
            if a.only and a.only not in name:
                continue
            prefix = rt if timeout is None else []
            if timeout is None:
                for _, cmd in tools:
                    run_once(prefix + cmd + args)  # warm the page cache
            samples = {label: [] for label, _ in tools}
            for _ in range(runs):
                for label, cmd in tools:
                    samples[label].append(run_once(prefix + cmd + args, timeout))
            rows.append((name, {label: summarize(s) for label, s in samples.items()}))
            print(f"  measured {name}", file=sys.stderr)
    finally:
        if big_dir:
            shutil.rmtree(big_dir, ignore_errors=True)

    labels = [label for label, _ in tools]
    env_note = (f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end, {a.runs} rounds, medians"
                + (", timed processes under SCHED_FIFO" if rt else ""))
    if a.markdown:
        head = "| case | helm ms |"
        rule = "|---|---:|"
        for l in labels[1:]:
            head += f" {l} ms | time ratio | CPU ratio |"
            rule += "---:|---:|---:|"
        head += " helm MiB |" + "".join(f" {l} MiB | memory ratio |" for l in labels[1:])
        rule += "---:|" + "---:|---:|" * (len(labels) - 1)
        print(head)
        print(rule)
        for n, r in rows:
            h = r["helm"]
            line = f"| {n} | {h['wall']*1000:.0f} |"
            for l in labels[1:]:
                c = r[l]
                line += f" {c['wall']*1000:.0f} | {c['wall']/h['wall']:.2f}x | {c['cpu']/max(h['cpu'],1e-9):.2f}x |"
            line += f" {h['rss']:.0f} |" + "".join(f" {r[l]['rss']:.0f} | {r[l]['rss']/h['rss']:.2f}x |" for l in labels[1:])
            print(line)
        print(f"\n({env_note})")
    else:
        print(f"{'case':32} {'tool':10} {'wall ms':>8} {'min ms':>8} {'cpu ms':>8} {'MiB':>7} {'wall x':>7} {'cpu x':>7} {'mem x':>7}  exit")
        for n, r in rows:
            h = r["helm"]
            for l in labels:
                c = r[l]
                ratios = "" if l == "helm" else f"{c['wall']/h['wall']:6.2f}x {c['cpu']/max(h['cpu'],1e-9):6.2f}x {c['rss']/h['rss']:6.2f}x"
                print(f"{n if l == 'helm' else '':32} {l:10} {c['wall']*1000:8.0f} {c['wall_min']*1000:8.0f} {c['cpu']*1000:8.0f} {c['rss']:7.0f} {ratios:23}  {c['codes']}")
        print(f"({env_note})")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"note": env_note, "rows": [{"case": n, **r} for n, r in rows]}, f, indent=1)


if __name__ == "__main__":
    main()
