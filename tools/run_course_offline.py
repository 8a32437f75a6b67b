"""Run every notebook of both editions twice, in a shuffled order, each in a fresh kernel, offline.

    python tools/run_course_offline.py [--seed N] [--rounds 2] [--online]

Each notebook runs under strict nbval in its own pytest process (a fresh kernel each time). As
root on Linux the runs happen in a new network namespace with only loopback up (`unshare -n`),
so a notebook that needs the network fails; elsewhere the script says it cannot cut the network
and runs online. Exit status 1 if any run fails. Used by `make robust` and CI.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def offline_prefix() -> list[str]:
    """The command prefix that cuts the network, or [] if this machine cannot do it."""
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("ip"):
        return []
    probe = subprocess.run(["unshare", "-n", "sh", "-c", "ip link set lo up"], capture_output=True)
    if probe.returncode != 0:
        return []
    return ["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$@"', "sh"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=int(time.strftime("%Y%m%d")))
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--online", action="store_true", help="do not cut the network")
    args = ap.parse_args(argv)
    notebooks = sorted(str(p.relative_to(ROOT)) for d in ("instructor", "notebooks")
                       for p in (ROOT / d).glob("*.ipynb"))
    prefix = [] if args.online else offline_prefix()
    print(f"{len(notebooks)} notebooks x {args.rounds} rounds, seed {args.seed}, "
          f"{'network cut (unshare -n)' if prefix else 'network NOT cut (needs root and unshare)'}")
    failures = []
    for r in range(1, args.rounds + 1):
        order = notebooks[:]
        random.Random(args.seed + r).shuffle(order)
        for nb in order:
            t0 = time.perf_counter()
            cmd = prefix + [sys.executable, "-m", "pytest", nb, "-q", "-p", "no:cacheprovider"]
            res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
            ok = res.returncode == 0
            status = "ok  " if ok else "FAIL"
            print(f"round {r}  {status}  {time.perf_counter() - t0:5.1f} s  {nb}", flush=True)
            if not ok:
                failures.append((r, nb, res.stdout[-3000:] + res.stderr[-2000:]))
    for r, nb, out in failures:
        print(f"\n===== round {r}: {nb} failed =====\n{out}")
    print(f"\n{len(notebooks) * args.rounds - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
