#!/usr/bin/env python3
"""Startup cost of softcheck commands, as medians of `perf stat -r 20` rounds.

Usage: python3 Tools/startup_times.py [--rounds N] NAME=BINARY [NAME=BINARY ...]
e.g.   python3 Tools/startup_times.py --rounds 5 branch=.build/release/softcheck main=../main/.build/release/softcheck

Each round runs every command 20 times under `perf stat` for each binary in turn (so a busy
machine slows all of them alike); the medians of the rounds' task-clock (CPU, all threads) and
elapsed times are printed. The one-part answer file is written to a temporary folder. Run from
the package root (the commands name Examples/).
"""
import argparse, os, re, statistics, subprocess, tempfile

parser = argparse.ArgumentParser()
parser.add_argument("--rounds", type=int, default=5)
parser.add_argument("binaries", nargs="+")
args = parser.parse_args()
one = os.path.join(tempfile.mkdtemp(), "one-part.yaml")
with open(one, "w") as f:
    f.write('format: softcheck/1\nanswers:\n  log-partition:\n    overflow-at: "1"\n')
commands = [["--version"], ["list"], ["mark", "Examples/complete-correct.yaml"], ["mark", one]]
results = {}
for _ in range(args.rounds):
    for name, binary in (b.split("=", 1) for b in args.binaries):
        for command in commands:
            err = subprocess.run(["perf", "stat", "-r", "20", binary] + command, capture_output=True, text=True).stderr
            clock = float(re.search(r"([\d.]+) msec task-clock", err).group(1))
            elapsed = float(re.search(r"([\d.]+) (\+- [\d.]+ )?seconds time elapsed", err).group(1)) * 1000
            label = " ".join(command).replace(one, "<one-part file>")
            results.setdefault((label, name), []).append((clock, elapsed))
for (label, name), runs in results.items():
    print(f"{label:36s} {name:8s} task-clock {statistics.median(r[0] for r in runs):6.1f} ms   "
          f"elapsed {statistics.median(r[1] for r in runs):6.1f} ms")
