"""A Llama-3-8B-shaped decoder in plain PyTorch with random BF16 weights.

Shapes from Meta's Llama-3-8B config: hidden 4096, 32 layers, 32 query heads, 8 KV heads (GQA),
head dim 128, MLP 14336 (SwiGLU), vocabulary 128256, RMSNorm. Random weights: timing depends on
shapes, not values (no download, no checkpoint). Q/K/V and gate/up are fused into one matrix each,
as serving engines do. RoPE is omitted (element-wise, a negligible share of the bytes and FLOPs).
"""
import torch
import torch.nn.functional as F
from torch.nn.attention import SDPBackend, sdpa_kernel

HIDDEN, LAYERS, HEADS, KV_HEADS, HEAD_DIM, MLP, VOCAB = 4096, 32, 32, 8, 128, 14336, 128256
GROUP = HEADS // KV_HEADS
QKV = (HEADS + 2 * KV_HEADS) * HEAD_DIM
EPS = 1e-5
DT = torch.bfloat16
CONFIG = {"name": "Llama-3-8B shapes (random weights)", "hidden": HIDDEN, "layers": LAYERS,
          "heads": HEADS, "kv_heads": KV_HEADS, "head_dim": HEAD_DIM, "mlp": MLP, "vocab": VOCAB,
          "dtype": "bfloat16", "rope": "omitted"}


def _w(out_f, in_f):
    return torch.randn(out_f, in_f, device="cuda", dtype=DT).mul_(in_f ** -0.5)


class Model:
    def __init__(self):
        self.embed = torch.randn(VOCAB, HIDDEN, device="cuda", dtype=DT)
        self.layers = []
        for _ in range(LAYERS):
            self.layers.append({
                "ln1": torch.ones(HIDDEN, device="cuda", dtype=DT),
                "wqkv": _w(QKV, HIDDEN),
                "wo": _w(HIDDEN, HEADS * HEAD_DIM),
                "ln2": torch.ones(HIDDEN, device="cuda", dtype=DT),
                "wgu": _w(2 * MLP, HIDDEN),
                "wd": _w(HIDDEN, MLP),
            })
        self.norm = torch.ones(HIDDEN, device="cuda", dtype=DT)
        self.lm_head = _w(VOCAB, HIDDEN)

    def layer_params(self):
        return sum(t.numel() for layer in self.layers for t in layer.values())

    def params(self):
        return self.embed.numel() + self.layer_params() + self.norm.numel() + self.lm_head.numel()

    def weight_bytes_per_step(self, tokens):
        """Weight bytes a forward step must read: all layers, the final norm, the LM head, and
        only the embedding rows of the step's tokens."""
        return 2 * (self.layer_params() + self.norm.numel() + self.lm_head.numel() + tokens * HIDDEN)

    def matmul_params(self):
        """Parameters that take part in a matrix product for every token (2 FLOPs each)."""
        return sum(l["wqkv"].numel() + l["wo"].numel() + l["wgu"].numel() + l["wd"].numel()
                   for l in self.layers)

    def _mlp(self, layer, x):
        h = F.rms_norm(x, (HIDDEN,), layer["ln2"], EPS)
        g, u = F.linear(h, layer["wgu"]).chunk(2, dim=-1)
        return x + F.linear(F.silu(g) * u, layer["wd"])

    def decode_step(self, ids, cache, pos):
        """One decode step for a batch: ids [B]; cache [LAYERS, 2, B, KV_HEADS, ctx, HEAD_DIM]
        holds the context; the new token's K and V are written at position pos, then every query
        attends to the whole cache. Returns the greedy next token per sequence."""
        b = ids.shape[0]
        x = self.embed[ids]
        for i, layer in enumerate(self.layers):
            h = F.rms_norm(x, (HIDDEN,), layer["ln1"], EPS)
            qkv = F.linear(h, layer["wqkv"])
            # GQA: query heads 4j..4j+3 share KV head j, so a [B, 8, 4, 128] query block
            # attends to [B, 8, ctx, 128] keys/values like 4 query positions of 8 heads
            q = qkv[:, : HEADS * HEAD_DIM].view(b, KV_HEADS, GROUP, HEAD_DIM)
            k = qkv[:, HEADS * HEAD_DIM: (HEADS + KV_HEADS) * HEAD_DIM].view(b, KV_HEADS, 1, HEAD_DIM)
            v = qkv[:, (HEADS + KV_HEADS) * HEAD_DIM:].view(b, KV_HEADS, 1, HEAD_DIM)
            kc, vc = cache[i, 0], cache[i, 1]
            kc[:, :, pos: pos + 1].copy_(k)
            vc[:, :, pos: pos + 1].copy_(v)
            o = F.scaled_dot_product_attention(q, kc, vc)
            x = x + F.linear(o.reshape(b, HEADS * HEAD_DIM), layer["wo"])
            x = self._mlp(layer, x)
        logits = F.linear(F.rms_norm(x, (HIDDEN,), self.norm, EPS), self.lm_head)
        return logits.argmax(dim=-1)

    def prefill(self, ids, gqa_native):
        """Forward a prompt of one sequence (ids [L]) with causal attention; the LM head runs
        on the last position only (as serving engines do). Returns the next token."""
        n = ids.shape[0]
        x = self.embed[ids]
        for layer in self.layers:
            h = F.rms_norm(x, (HIDDEN,), layer["ln1"], EPS)
            qkv = F.linear(h, layer["wqkv"])
            q = qkv[:, : HEADS * HEAD_DIM].view(n, HEADS, HEAD_DIM).transpose(0, 1).unsqueeze(0)
            k = qkv[:, HEADS * HEAD_DIM: (HEADS + KV_HEADS) * HEAD_DIM].view(n, KV_HEADS, HEAD_DIM).transpose(0, 1).unsqueeze(0)
            v = qkv[:, (HEADS + KV_HEADS) * HEAD_DIM:].view(n, KV_HEADS, HEAD_DIM).transpose(0, 1).unsqueeze(0)
            o = causal_attention(q, k, v, gqa_native)
            x = x + F.linear(o.squeeze(0).transpose(0, 1).reshape(n, HEADS * HEAD_DIM), layer["wo"])
            x = self._mlp(layer, x)
        logits = F.linear(F.rms_norm(x[-1:], (HIDDEN,), self.norm, EPS), self.lm_head)
        return logits.argmax(dim=-1)


def causal_attention(q, k, v, gqa_native):
    """Causal SDPA on the flash backend only (never the math fallback, which materialises S)."""
    with sdpa_kernel(SDPBackend.FLASH_ATTENTION):
        if gqa_native:
            return F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)
        k = k.repeat_interleave(GROUP, dim=1)
        v = v.repeat_interleave(GROUP, dim=1)
        return F.scaled_dot_product_attention(q, k, v, is_causal=True)


def probe_gqa_native():
    """Does this PyTorch's SDPA take GQA (8 KV heads for 32 query heads) without copying K/V?"""
    q = torch.randn(1, HEADS, 256, HEAD_DIM, device="cuda", dtype=DT)
    k = torch.randn(1, KV_HEADS, 256, HEAD_DIM, device="cuda", dtype=DT)
    v = torch.randn(1, KV_HEADS, 256, HEAD_DIM, device="cuda", dtype=DT)
    try:
        a = causal_attention(q, k, v, True)
        torch.cuda.synchronize()
    except (RuntimeError, TypeError):
        return False
    b = causal_attention(q, k, v, False)
    return bool(((a.float() - b.float()).norm() / b.float().norm()).item() < 1e-2)


def capture(fn):
    """Warm fn up on a side stream, then capture it in a CUDA graph. Returns (graph, output)."""
    s = torch.cuda.Stream()
    s.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(s):
        for _ in range(3):
            fn()
    torch.cuda.current_stream().wait_stream(s)
    torch.cuda.synchronize()
    g = torch.cuda.CUDAGraph()
    with torch.cuda.graph(g):
        out = fn()
    torch.cuda.synchronize()
    return g, out
