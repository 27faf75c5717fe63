#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs one of shared/checks' acceptance scripts and compares what it reports
as short with the gaps this project knows and documents.

usage: known_gaps.py GAPS_FILE CHECK_SCRIPT ARG...

Passes only when the script's shortfalls are exactly the documented ones: a
new shortfall fails (a regression), and so does a documented gap that no
longer shows (fixed: remove it from GAPS_FILE and its explanation)."""
import subprocess
import sys


def main():
    gaps_file, script, *args = sys.argv[1:]
    known = set()
    with open(gaps_file, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                known.add(line)
    run = subprocess.run([sys.executable, script, *args], capture_output=True, text=True)
    print(run.stdout, end="")
    print(run.stderr, end="", file=sys.stderr)
    short = {line.strip() for line in run.stdout.splitlines()
             if line.startswith(("short:", "missing:"))}
    new = sorted(short - known)
    fixed = sorted(known - short)
    for line in new:
        print(f"NEW SHORTFALL (not a documented gap): {line}")
    for line in fixed:
        print(f"DOCUMENTED GAP NO LONGER SHOWS (remove it from {gaps_file}): {line}")
    if run.returncode != 0 and not short:
        print(f"{script} failed without reporting what is short (exit {run.returncode})")
        return 1
    return 1 if new or fixed else 0


sys.exit(main())
