"""Decode: one step of a Llama-3-8B-shaped model (random BF16 weights) for batch 1..256 at a
short and a long context, captured in a CUDA graph so launch overhead stays out; latency,
tokens/s, and achieved bytes/s of weights + KV read per step against the measured HBM bandwidth.

    python bench/gpu/decode.py --out DIR [--bandwidth-json DIR/machine_balance.json] [--quick]
"""
import argparse
import json
import os

import torch

import common
import llama_shapes as ls

KV_BYTES_PER_TOKEN = ls.LAYERS * 2 * ls.KV_HEADS * ls.HEAD_DIM * 2  # K and V, all layers, bf16


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--contexts", default="512,4096")
    ap.add_argument("--batches", default="1,2,4,8,16,32,64,128,256")
    ap.add_argument("--kv-budget-gib", type=float, default=None,
                    help="skip a (batch, context) whose KV cache would exceed this "
                         "(default: 72 GiB, or 55%% of the GPU's memory where that is less)")
    ap.add_argument("--bandwidth-json", default=None)
    args = ap.parse_args()
    common.require_cuda()
    if args.kv_budget_gib is None:
        total_gib = torch.cuda.get_device_properties(0).total_memory / 2 ** 30
        args.kv_budget_gib = min(72.0, 0.55 * total_gib)
    warmup, repeat = (2, 3) if args.quick else (5, 25)
    contexts = [int(c) for c in args.contexts.split(",")]
    batches = [int(b) for b in args.batches.split(",")]
    if args.quick:
        contexts, batches = [128], [1, 4]

    hbm = None
    bw_path = args.bandwidth_json or os.path.join(args.out, "machine_balance.json")
    if os.path.exists(bw_path):
        with open(bw_path) as f:
            hbm = json.load(f)["result"]["hbm_bandwidth_GBps"]

    torch.manual_seed(0)
    model = ls.Model()
    gen = torch.Generator(device="cuda").manual_seed(1)

    # graph replay must give what the eager step gives
    ids = torch.randint(0, ls.VOCAB, (4,), device="cuda", generator=gen)
    cache = torch.randn(ls.LAYERS, 2, 4, ls.KV_HEADS, 256, ls.HEAD_DIM, device="cuda", dtype=ls.DT)
    eager = model.decode_step(ids, cache, 255)
    g, out = ls.capture(lambda: model.decode_step(ids, cache, 255))
    g.replay()
    torch.cuda.synchronize()
    check = {"graph_matches_eager": bool(torch.equal(out, eager))}
    del g, out, cache
    common.free_memory()

    rows = []
    for ctx in contexts:
        for b in batches:
            kv_bytes = b * ctx * KV_BYTES_PER_TOKEN
            entry = {"context": ctx, "batch": b, "kv_bytes": kv_bytes,
                     "weight_bytes": model.weight_bytes_per_step(b)}
            if kv_bytes > args.kv_budget_gib * 2 ** 30:
                entry["skipped"] = f"KV cache {kv_bytes / 2 ** 30:.0f} GiB > budget {args.kv_budget_gib:.0f} GiB"
                rows.append(entry)
                continue
            try:
                cache = torch.empty(ls.LAYERS, 2, b, ls.KV_HEADS, ctx, ls.HEAD_DIM, device="cuda", dtype=ls.DT)
                cache.normal_()  # random context, never zeros
                ids = torch.randint(0, ls.VOCAB, (b,), device="cuda", generator=gen)
                g, _ = ls.capture(lambda: model.decode_step(ids, cache, ctx - 1))
                samples = common.time_ms(g.replay, warmup, repeat)
                # attention alone (the 32 layers' SDPA over the cache), to see its share
                qa = torch.randn(b, ls.KV_HEADS, ls.GROUP, ls.HEAD_DIM, device="cuda", dtype=ls.DT)

                def attn_only():
                    for i in range(ls.LAYERS):
                        torch.nn.functional.scaled_dot_product_attention(qa, cache[i, 0], cache[i, 1])

                ga, _ = ls.capture(attn_only)
                attn_samples = common.time_ms(ga.replay, warmup, repeat)
                del ga
                entry["attention_samples_ms"] = attn_samples
                entry["attention_median_ms"] = common.median(attn_samples)
                entry["attention_kv_GBps"] = kv_bytes / (entry["attention_median_ms"] * 1e-3) / 1e9
                if b == 1:
                    eager_samples = common.time_ms(lambda: model.decode_step(ids, cache, ctx - 1), 3, 10)
                    entry["eager_samples_ms"] = eager_samples
                    entry["eager_median_ms"] = common.median(eager_samples)
                del g
            except RuntimeError as e:
                entry["error"] = str(e).splitlines()[0]
                rows.append(entry)
                cache = None
                common.free_memory()
                continue
            del cache
            common.free_memory()
            med = common.median(samples)
            read = entry["weight_bytes"] + kv_bytes
            flops = 2 * b * model.matmul_params() + 2 * b * ls.VOCAB * ls.HIDDEN \
                + 4 * b * ls.LAYERS * ls.HEADS * ctx * ls.HEAD_DIM
            entry.update({
                "samples_ms": samples, **common.summary(samples),
                "tokens_per_s": b / (med * 1e-3),
                "bytes_read": read,
                "achieved_GBps": read / (med * 1e-3) / 1e9,
                "flops": flops,
                "tflops": flops / (med * 1e-3) / 1e12,
                "flop_per_byte": flops / read,
            })
            if hbm:
                entry["fraction_of_measured_hbm"] = entry["achieved_GBps"] / hbm
                entry["bandwidth_floor_ms"] = read / (hbm * 1e9) * 1e3
            rows.append(entry)

    common.print_table(
        "Decode step, Llama-3-8B shapes, bf16, CUDA graph replay",
        ["ctx", "batch", "median ms", "tokens/s", "GB read", "GB/s", "of HBM", "TFLOP/s", "attn ms"],
        [[e["context"], e["batch"],
          f"{e['median_ms']:.3f}" if "median_ms" in e else e.get("skipped", e.get("error", ""))[:28],
          f"{e['tokens_per_s']:.0f}" if "median_ms" in e else "-",
          f"{(e['weight_bytes'] + e['kv_bytes']) / 1e9:.2f}",
          f"{e['achieved_GBps']:.0f}" if "median_ms" in e else "-",
          f"{e['fraction_of_measured_hbm']:.0%}" if "fraction_of_measured_hbm" in e else "-",
          f"{e['tflops']:.0f}" if "median_ms" in e else "-",
          f"{e['attention_median_ms']:.3f}" if "attention_median_ms" in e else "-"] for e in rows],
    )
    for e in rows:
        if "eager_median_ms" in e:
            print(f"ctx {e['context']}, batch 1: eager {e['eager_median_ms']:.3f} ms vs graph {e['median_ms']:.3f} ms")

    payload = {
        "provenance": common.provenance("bench/gpu/decode.py", warmup, repeat, {
            "model": ls.CONFIG,
            "params": model.params(),
            "kv_bytes_per_token": KV_BYTES_PER_TOKEN,
            "measured_hbm_GBps": hbm,
            "method": "one decode step (embedding, 32 layers with the new K/V written into a "
                      "preallocated [layers, 2, batch, 8, ctx, 128] cache and SDPA over it, final "
                      "norm, LM head, argmax) captured in a torch.cuda.CUDAGraph; samples are single "
                      "graph replays timed with CUDA events. Bytes read = weights (embedding rows "
                      "only) + whole KV cache; FLOPs = 2 per weight per token + attention",
        }),
        "check": check,
        "results": rows,
    }
    common.write_json(args.out, "decode.json", payload)


if __name__ == "__main__":
    main()
