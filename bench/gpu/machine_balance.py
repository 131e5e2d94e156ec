"""Machine balance: HBM bandwidth (large device-to-device copy, bytes read + written) and dense
BF16 GEMM throughput (square sizes up to 8192^3, random data), giving a measured ridge point.

    python bench/gpu/machine_balance.py --out DIR [--quick]
"""
import argparse
import math

import torch

import common


def copy_bandwidth(nbytes, warmup, repeat):
    n = nbytes // 2
    src = torch.randn(n, device="cuda", dtype=torch.bfloat16)  # random data, never zeros
    dst = torch.empty_like(src)
    samples = common.time_ms(lambda: dst.copy_(src), warmup, repeat)
    assert torch.equal(dst[:4096], src[:4096]) and torch.equal(dst[-4096:], src[-4096:])
    moved = 2 * src.numel() * src.element_size()  # read once + written once
    del src, dst
    common.free_memory()
    return {
        "buffer_bytes": n * 2,
        "bytes_moved_per_copy": moved,
        "samples_ms": samples,
        **common.summary(samples),
        "bandwidth_GBps": moved / (common.median(samples) * 1e-3) / 1e9,
    }


def gemm(n, warmup, repeat):
    flops = 2 * n ** 3
    # rotate among input sets so that small sizes are not all served from one L2-resident pair
    sets = max(1, min(8, math.ceil(256 * 2 ** 20 / (3 * n * n * 2))))
    a = [torch.randn(n, n, device="cuda", dtype=torch.bfloat16) for _ in range(sets)]
    b = [torch.randn(n, n, device="cuda", dtype=torch.bfloat16) for _ in range(sets)]
    c = [torch.empty(n, n, device="cuda", dtype=torch.bfloat16) for _ in range(sets)]
    # check against an fp32 product on a slice: bf16 operands land between 1e-3 and 1e-2
    torch.matmul(a[0], b[0], out=c[0])
    ref = a[0][:256].float() @ b[0].float()
    rel = ((c[0][:256].float() - ref).norm() / ref.norm()).item()
    state = {"i": 0}

    def step():
        i = state["i"] % sets
        torch.matmul(a[i], b[i], out=c[i])
        state["i"] += 1

    # aim for >= ~2 ms per sample so event resolution and launch gaps do not matter
    inner = max(1, min(200, math.ceil(2e-3 * 7e14 / flops)))
    samples = common.time_ms(step, warmup, repeat, inner=inner)
    del a, b, c
    common.free_memory()
    med = common.median(samples)
    return {
        "n": n, "m": n, "k": n,
        "flops_per_gemm": flops,
        "input_sets_rotated": sets,
        "gemms_per_sample": inner,
        "rel_error_vs_fp32": rel,
        "samples_ms": samples,
        **common.summary(samples),
        "tflops": flops / (med * 1e-3) / 1e12,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--quick", action="store_true", help="tiny sizes, for a smoke test")
    args = ap.parse_args()
    common.require_cuda()
    warmup, repeat = (2, 3) if args.quick else (5, 30)

    copy_sizes = [2 ** 26] if args.quick else [2 ** 28, 2 ** 30, 2 ** 31]
    copies = [copy_bandwidth(s, warmup, repeat) for s in copy_sizes]
    gemm_sizes = [256, 512] if args.quick else [512, 1024, 2048, 3072, 4096, 6144, 8192]
    gemms = [gemm(n, warmup, repeat) for n in gemm_sizes]

    bw = copies[-1]["bandwidth_GBps"]  # the largest copy: far beyond the L2
    peak = max(g["tflops"] for g in gemms)
    ridge = peak * 1e12 / (bw * 1e9)

    common.print_table(
        "HBM bandwidth: device-to-device copy (read + write counted)",
        ["buffer MiB", "median ms", "GB/s"],
        [[c["buffer_bytes"] // 2 ** 20, f"{c['median_ms']:.3f}", f"{c['bandwidth_GBps']:.0f}"] for c in copies],
    )
    common.print_table(
        "Dense BF16 GEMM (torch.matmul, random data)",
        ["n=m=k", "median ms", "TFLOP/s", "rel err"],
        [[g["n"], f"{g['median_ms']:.4f}", f"{g['tflops']:.0f}", f"{g['rel_error_vs_fp32']:.1e}"] for g in gemms],
    )
    print(f"\nmeasured ridge point: {peak:.0f} TFLOP/s / {bw:.0f} GB/s = {ridge:.0f} FLOP/byte")

    payload = {
        "provenance": common.provenance("bench/gpu/machine_balance.py", warmup, repeat, {
            "dtype": "bfloat16",
            "method": "copy: dst.copy_(src) on a buffer far beyond the L2, bytes = read + write; "
                      "GEMM: torch.matmul(a, b, out=c) on torch.randn inputs, FLOPs = 2 n^3",
        }),
        "copy": copies,
        "gemm": gemms,
        "result": {
            "hbm_bandwidth_GBps": bw,
            "gemm_peak_tflops": peak,
            "gemm_peak_at_n": max(gemms, key=lambda g: g["tflops"])["n"],
            "ridge_flop_per_byte": ridge,
        },
    }
    common.write_json(args.out, "machine_balance.json", payload)


if __name__ == "__main__":
    main()
