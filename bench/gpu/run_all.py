"""Run every GPU measurement of the deck in one go (a few minutes on an H100/H200):

    python bench/gpu/run_all.py --out DIR [--quick]

writes DIR/machine_balance.json, attention.json, decode.json, prefill.json and run_all.log.
Each script also runs on its own (same --out); decode reads the measured HBM bandwidth from
machine_balance.json when it is there.
"""
import argparse
import os
import shlex
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPTS = ["machine_balance.py", "attention.py", "decode.py", "prefill.py"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--quick", action="store_true", help="tiny sizes: a smoke test of the scripts")
    ap.add_argument("--only", default=None, help="comma-separated subset, e.g. decode,prefill")
    args = ap.parse_args()
    args.out = os.path.abspath(args.out)
    os.makedirs(args.out, exist_ok=True)
    env = dict(os.environ, PYTHONUNBUFFERED="1",
               BENCH_RUN_ALL_COMMAND=" ".join(shlex.quote(a) for a in ["python"] + sys.argv))
    scripts = SCRIPTS if not args.only else [s + ".py" for s in args.only.split(",")]
    log = open(os.path.join(args.out, "run_all.log"), "a")
    failed = []
    t0 = time.time()
    for s in scripts:
        cmd = [sys.executable, os.path.join(HERE, s), "--out", args.out] + (["--quick"] if args.quick else [])
        print(f"\n=== {' '.join(cmd)}", flush=True)
        log.write(f"\n=== {' '.join(cmd)}\n")
        t = time.time()
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
        for line in p.stdout:
            sys.stdout.write(line)
            log.write(line)
        rc = p.wait()
        msg = f"=== {s}: exit {rc}, {time.time() - t:.0f} s"
        print(msg, flush=True)
        log.write(msg + "\n")
        if rc != 0:
            failed.append(s)
    msg = f"\nall done in {time.time() - t0:.0f} s; failed: {failed or 'none'}"
    print(msg)
    log.write(msg + "\n")
    log.close()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
