"""Attention: materialised (S = QK^T and P = softmax(S) written to HBM) against fused
(PyTorch SDPA, flash backend), N = 1k..16k, head dim 128, 32 heads, batch 1, BF16, no mask.

    python bench/gpu/attention.py --out DIR [--quick]
"""
import argparse

import torch
import torch.nn.functional as F
from torch.nn.attention import SDPBackend, sdpa_kernel

import common

H, D = 32, 128


def materialised(q, k, v):
    s = torch.matmul(q * (D ** -0.5), k.transpose(-2, -1))  # [B, H, N, N] in HBM
    p = torch.softmax(s, dim=-1)                            # [B, H, N, N] in HBM
    return torch.matmul(p, v)


def fused(q, k, v):
    with sdpa_kernel(SDPBackend.FLASH_ATTENTION):
        return F.scaled_dot_product_attention(q, k, v)


def peak_extra_bytes(fn, q, k, v):
    """Bytes allocated at peak beyond the inputs while fn runs once (output included)."""
    common.free_memory()
    base = torch.cuda.memory_allocated()
    torch.cuda.reset_peak_memory_stats()
    out = fn(q, k, v)
    torch.cuda.synchronize()
    peak = torch.cuda.max_memory_allocated() - base
    del out
    return peak


def rel_err(a, b):
    return ((a.float() - b.float()).norm() / b.float().norm()).item()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    common.require_cuda()
    warmup, repeat = (1, 3) if args.quick else (3, 15)
    lengths = [512, 1024] if args.quick else [1024, 2048, 4096, 8192, 16384]

    # correctness on fresh random inputs: both against an fp32 reference (4 heads, N = 1024)
    qc, kc, vc = (torch.randn(1, 4, 1024, D, device="cuda", dtype=torch.bfloat16) for _ in range(3))
    ref = materialised(qc.float(), kc.float(), vc.float())
    check = {"n": 1024, "heads": 4,
             "materialised_rel_err_vs_fp32": rel_err(materialised(qc, kc, vc), ref),
             "fused_rel_err_vs_fp32": rel_err(fused(qc, kc, vc), ref)}
    del qc, kc, vc, ref

    rows = []
    for n in lengths:
        q, k, v = (torch.randn(1, H, n, D, device="cuda", dtype=torch.bfloat16) for _ in range(3))
        flops = 4 * H * n * n * D  # QK^T and PV, 2 FLOPs per multiply-add
        entry = {"n": n, "flops": flops,
                 # S written, S read, P written, P read (bf16): the traffic fusion removes
                 "materialised_sp_hbm_bytes": 4 * H * n * n * 2,
                 "qkvo_bytes": 4 * H * n * D * 2}
        for name, fn in (("materialised", materialised), ("fused", fused)):
            try:
                peak = peak_extra_bytes(fn, q, k, v)
                samples = common.time_ms(lambda: fn(q, k, v), warmup, repeat)
                med = common.median(samples)
                entry[name] = {"samples_ms": samples, **common.summary(samples),
                               "peak_extra_bytes": peak, "tflops": flops / (med * 1e-3) / 1e12}
            except RuntimeError as e:  # out of memory, or no flash kernel for this GPU
                entry[name] = {"error": str(e).splitlines()[0]}
            common.free_memory()
        if "median_ms" in entry["materialised"]:
            # where the materialised time goes: each stage timed on its own
            try:
                qs = q * (D ** -0.5)
                kt = k.transpose(-2, -1)
                sm = torch.matmul(qs, kt)
                pm = torch.softmax(sm, dim=-1)
                stages = {}
                for stage, fn in (("qk", lambda: torch.matmul(qs, kt)),
                                  ("softmax", lambda: torch.softmax(sm, dim=-1)),
                                  ("pv", lambda: torch.matmul(pm, v))):
                    st = common.time_ms(fn, warmup, repeat)
                    stages[stage] = {"samples_ms": st, "median_ms": common.median(st)}
                # softmax reads S and writes P: its achieved bandwidth
                stages["softmax"]["GBps"] = 2 * sm.numel() * 2 / (stages["softmax"]["median_ms"] * 1e-3) / 1e9
                entry["materialised"]["stages"] = stages
                del qs, kt, sm, pm
            except RuntimeError as e:
                entry["materialised"]["stages"] = {"error": str(e).splitlines()[0]}
            common.free_memory()
        if "median_ms" in entry["materialised"] and "median_ms" in entry["fused"]:
            entry["speedup"] = entry["materialised"]["median_ms"] / entry["fused"]["median_ms"]
        rows.append(entry)
        del q, k, v
        common.free_memory()

    def cell(e, key, fmt):
        return fmt(e[key]) if key in e else e.get("error", "-")[:20]

    common.print_table(
        f"Attention, batch 1, {H} heads, d={D}, bf16: materialised S,P vs SDPA flash",
        ["N", "mat ms", "fused ms", "speed-up", "mat peak MiB", "fused peak MiB", "fused TFLOP/s"],
        [[e["n"],
          cell(e["materialised"], "median_ms", lambda x: f"{x:.3f}"),
          cell(e["fused"], "median_ms", lambda x: f"{x:.3f}"),
          f"{e['speedup']:.2f}x" if "speedup" in e else "-",
          cell(e["materialised"], "peak_extra_bytes", lambda x: f"{x / 2 ** 20:.0f}"),
          cell(e["fused"], "peak_extra_bytes", lambda x: f"{x / 2 ** 20:.0f}"),
          cell(e["fused"], "tflops", lambda x: f"{x:.0f}")] for e in rows],
    )
    common.print_table(
        "Materialised attention by stage (median ms; softmax GB/s = S read + P written)",
        ["N", "QK^T", "softmax", "PV", "softmax GB/s"],
        [[e["n"]] + [f"{e['materialised']['stages'][k]['median_ms']:.3f}" for k in ("qk", "softmax", "pv")]
         + [f"{e['materialised']['stages']['softmax']['GBps']:.0f}"]
         for e in rows if "qk" in e["materialised"].get("stages", {})],
    )
    print(f"rel. error vs fp32 (N=1024): materialised {check['materialised_rel_err_vs_fp32']:.1e}, "
          f"fused {check['fused_rel_err_vs_fp32']:.1e}")

    payload = {
        "provenance": common.provenance("bench/gpu/attention.py", warmup, repeat, {
            "dtype": "bfloat16", "batch": 1, "heads": H, "head_dim": D, "causal": False,
            "method": "materialised: matmul(q*scale, k^T) -> softmax -> matmul(p, v), S and P kept "
                      "in HBM; fused: F.scaled_dot_product_attention under "
                      "sdpa_kernel(SDPBackend.FLASH_ATTENTION) (PyTorch's FlashAttention-2 "
                      "kernel, not FA3); peak = max_memory_allocated beyond q, k, v during one call",
        }),
        "check": check,
        "results": rows,
    }
    common.write_json(args.out, "attention.json", payload)


if __name__ == "__main__":
    main()
