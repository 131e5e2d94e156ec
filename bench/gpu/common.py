"""Shared helpers for the GPU measurements: provenance, CUDA-event timing, JSON output.

Only PyTorch and the standard library. Every script records what it ran on (GPU, SM count,
driver, CUDA, torch), when, the exact command, the warm-up and repeat counts and the raw
samples; tables and the deck quote medians.
"""
import datetime
import json
import os
import platform
import shlex
import statistics
import subprocess
import sys

import torch


def smi(query):
    """One field of nvidia-smi for GPU 0, or None where nvidia-smi is missing."""
    try:
        out = subprocess.run(
            ["nvidia-smi", f"--query-gpu={query}", "--format=csv,noheader,nounits", "-i", "0"],
            capture_output=True, text=True, timeout=20,
        )
        return out.stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def provenance(script, warmup, repeat, extra=None):
    dev = torch.cuda.current_device()
    p = torch.cuda.get_device_properties(dev)
    info = {
        "script": script,
        "command": " ".join(shlex.quote(a) for a in [os.path.basename(sys.executable)] + sys.argv),
        "run_all_command": os.environ.get("BENCH_RUN_ALL_COMMAND"),
        "date_utc": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "gpu_name": p.name,
        "sm_count": p.multi_processor_count,
        "compute_capability": f"{p.major}.{p.minor}",
        "gpu_memory_bytes": p.total_memory,
        "l2_cache_bytes": getattr(p, "L2_cache_size", None),
        "driver_version": smi("driver_version"),
        "cuda_runtime_version": torch.version.cuda,
        "torch_version": torch.__version__,
        "python_version": platform.python_version(),
        "clocks_mhz_when_written": {"sm": smi("clocks.sm"), "mem": smi("clocks.mem"),
                                "sm_max": smi("clocks.max.sm"), "mem_max": smi("clocks.max.mem")},
        "power_limit_w": smi("power.limit"),
        "warmup": warmup,
        "repeat": repeat,
        "timing": "CUDA events around the timed region; samples in milliseconds; medians quoted",
    }
    if extra:
        info.update(extra)
    return info


def time_ms(fn, warmup, repeat, inner=1):
    """Run fn warmup times, then repeat samples, each sample = events around `inner` calls.

    Returns the list of per-call times in milliseconds (one value per sample).
    """
    for _ in range(warmup):
        fn()
    torch.cuda.synchronize()
    samples = []
    for _ in range(repeat):
        start = torch.cuda.Event(enable_timing=True)
        end = torch.cuda.Event(enable_timing=True)
        start.record()
        for _ in range(inner):
            fn()
        end.record()
        end.synchronize()
        samples.append(start.elapsed_time(end) / inner)
    return samples


def median(xs):
    return statistics.median(xs)


def summary(samples):
    s = sorted(samples)
    return {
        "median_ms": statistics.median(s),
        "min_ms": s[0],
        "max_ms": s[-1],
        "n_samples": len(s),
    }


def write_json(out_dir, name, payload):
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, name)
    with open(path, "w") as f:
        json.dump(payload, f, indent=1)
        f.write("\n")
    print(f"wrote {path}")
    return path


def print_table(title, header, rows):
    print()
    print(title)
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) if rows else len(str(h))
              for i, h in enumerate(header)]
    line = "  ".join(str(h).rjust(w) for h, w in zip(header, widths))
    print(line)
    print("-" * len(line))
    for r in rows:
        print("  ".join(str(c).rjust(w) for c, w in zip(r, widths)))
    sys.stdout.flush()


def require_cuda():
    if not torch.cuda.is_available():
        sys.exit("these measurements need an NVIDIA GPU with CUDA (torch.cuda.is_available() is False)")


def free_memory():
    torch.cuda.synchronize()
    torch.cuda.empty_cache()
