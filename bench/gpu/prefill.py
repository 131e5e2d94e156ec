"""Prefill: throughput of one prompt through the Llama-3-8B-shaped model (random BF16 weights)
for prompt lengths 128..16k, captured in a CUDA graph; tokens/s and achieved TFLOP/s.

    python bench/gpu/prefill.py --out DIR [--quick]
"""
import argparse

import torch

import common
import llama_shapes as ls


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--lengths", default="128,256,512,1024,2048,4096,8192,16384")
    args = ap.parse_args()
    common.require_cuda()
    warmup, repeat = (1, 3) if args.quick else (3, 10)
    lengths = [128, 256] if args.quick else [int(x) for x in args.lengths.split(",")]

    torch.manual_seed(0)
    model = ls.Model()
    gqa_native = ls.probe_gqa_native()
    gen = torch.Generator(device="cuda").manual_seed(2)

    rows = []
    for n in lengths:
        entry = {"prompt_tokens": n}
        try:
            ids = torch.randint(0, ls.VOCAB, (n,), device="cuda", generator=gen)
            g, _ = ls.capture(lambda: model.prefill(ids, gqa_native))
            samples = common.time_ms(g.replay, warmup, repeat)
            del g
        except RuntimeError as e:
            entry["error"] = str(e).splitlines()[0]
            rows.append(entry)
            common.free_memory()
            continue
        common.free_memory()
        med = common.median(samples)
        # 2 FLOPs per weight per token, LM head on the last token only, causal attention
        flops = 2 * n * model.matmul_params() + 2 * ls.VOCAB * ls.HIDDEN \
            + 2 * ls.LAYERS * ls.HEADS * n * n * ls.HEAD_DIM
        entry.update({"samples_ms": samples, **common.summary(samples),
                      "tokens_per_s": n / (med * 1e-3),
                      "flops": flops, "tflops": flops / (med * 1e-3) / 1e12,
                      "weight_bytes": model.weight_bytes_per_step(n)})
        rows.append(entry)

    common.print_table(
        "Prefill, one prompt, Llama-3-8B shapes, bf16, CUDA graph replay",
        ["tokens", "median ms", "tokens/s", "TFLOP/s"],
        [[e["prompt_tokens"], f"{e['median_ms']:.2f}" if "median_ms" in e else e["error"][:30],
          f"{e['tokens_per_s']:.0f}" if "median_ms" in e else "-",
          f"{e['tflops']:.0f}" if "median_ms" in e else "-"] for e in rows],
    )

    payload = {
        "provenance": common.provenance("bench/gpu/prefill.py", warmup, repeat, {
            "model": ls.CONFIG,
            "params": model.params(),
            "sdpa_gqa_native": gqa_native,
            "method": "one prompt (batch 1): embedding, 32 layers with causal SDPA "
                      "(enable_gqa where supported, else K/V repeated to 32 heads), LM head on the "
                      "last position, argmax; captured in a torch.cuda.CUDAGraph, samples are single "
                      "replays timed with CUDA events; FLOPs = 2 per weight per token + causal "
                      "attention 2·layers·heads·L²·d",
        }),
        "results": rows,
    }
    common.write_json(args.out, "prefill.json", payload)


if __name__ == "__main__":
    main()
