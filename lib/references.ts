/**
 * Every source the deck cites, for the references appendix (slides after the thanks slide).
 * `cite` is the short name slides and notes use for the source ("DistServe", "FA2"); a unit test
 * checks that each entry is cited somewhere in the talk, so the list cannot collect dead entries.
 */
export interface Reference {
  key: string
  /** Chapter the source mainly supports, for grouping on the appendix slides. */
  group: 'sre' | 'gpu' | 'vllm' | 'trtllm' | 'flashattention' | 'pd'
  /** Names under which slides cite it; at least one must appear in the talk. */
  cite: string[]
  text: string
  url: string
}

export const GROUP_TITLES: Record<Reference['group'], string> = {
  sre: 'SRE 与服务指标',
  gpu: 'GPU 硬件与批处理',
  vllm: 'vLLM 与调度',
  trtllm: 'TensorRT-LLM 与 NVIDIA 推理栈',
  flashattention: 'FlashAttention 与 Roofline',
  pd: 'PD 分离与 Mooncake',
}

export const REFERENCES: Reference[] = [
  // SRE and metrics
  { key: 'sre-book', group: 'sre', cite: ['Site Reliability Engineering'], text: 'Beyer, Jones, Petoff, Murphy (eds.). Site Reliability Engineering, O\'Reilly 2016: ch. 3 "Embracing Risk", ch. 4 "Service Level Objectives"', url: 'https://sre.google/sre-book/service-level-objectives/' },

  // GPU
  { key: 'vertex-consumption', group: 'sre', cite: ['Vertex AI 文档'], text: 'Google Cloud. Vertex AI generative AI docs, "Consumption options": Provisioned Throughput (a committed term with guaranteed throughput) is the option for critical workloads that need an SLA', url: 'https://docs.cloud.google.com/vertex-ai/generative-ai/docs/deploy/consumption-options' },
  { key: 'ampere', group: 'gpu', cite: ['Ampere', 'A100 白皮书', 'A100 whitepaper'], text: 'NVIDIA. NVIDIA A100 Tensor Core GPU Architecture (whitepaper) and "NVIDIA Ampere Architecture In-Depth", 2020', url: 'https://developer.nvidia.com/blog/nvidia-ampere-architecture-in-depth/' },
  { key: 'a100-datasheet', group: 'gpu', cite: ['A100 datasheet', 'A100 数据手册'], text: 'NVIDIA. A100 Tensor Core GPU datasheet', url: 'https://www.nvidia.com/en-us/data-center/a100/' },
  { key: 'cuda-guide', group: 'gpu', cite: ['CUDA C++ Programming Guide', 'CUDA Programming Guide', 'CUDA 编程指南'], text: 'NVIDIA. CUDA C++ Programming Guide: compute capabilities; L2 cache set-aside for persisting accesses', url: 'https://docs.nvidia.com/cuda/cuda-programming-guide/04-special-topics/l2-cache-control.html' },
  { key: 'hopper', group: 'gpu', cite: ['H100', 'Hopper'], text: 'NVIDIA. H100 Tensor Core GPU datasheet and "NVIDIA Hopper Architecture In-Depth", 2022', url: 'https://developer.nvidia.com/blog/nvidia-hopper-architecture-in-depth/' },
  { key: 'dgx-a100', group: 'gpu', cite: ['DGX A100 datasheet'], text: 'NVIDIA. DGX A100 system datasheet (8x A100, 1 TB system memory)', url: 'https://www.nvidia.com/en-us/data-center/dgx-a100/' },
  { key: 'baseten', group: 'gpu', cite: ['Baseten'], text: 'Baseten. "Continuous vs dynamic batching for AI inference" (blog)', url: 'https://www.baseten.co/blog/continuous-vs-dynamic-batching-for-ai-inference/' },

  // vLLM
  { key: 'vllm', group: 'vllm', cite: ['PagedAttention', 'SOSP'], text: 'Kwon et al. "Efficient Memory Management for Large Language Model Serving with PagedAttention", SOSP 2023 (arXiv 2309.06180)', url: 'https://arxiv.org/abs/2309.06180' },
  { key: 'vllm-blog', group: 'vllm', cite: ['vLLM 博客', 'vLLM blog', 'launch blog'], text: 'vLLM team. "vLLM: Easy, Fast, and Cheap LLM Serving with PagedAttention" (blog), 2023-06-20', url: 'https://blog.vllm.ai/2023/06/20/vllm.html' },
  { key: 'vllm-v1', group: 'vllm', cite: ['V1 博客', 'V1 alpha', 'v1_guide'], text: 'vLLM team. "vLLM V1: A Major Upgrade to vLLM\'s Core Architecture" (blog), 2025-01-27; docs/usage/v1_guide.md', url: 'https://blog.vllm.ai/2025/01/27/v1-alpha-release.html' },
  { key: 'vllm-repo', group: 'vllm', cite: ['vLLM README', 'vLLM V0 源码', 'vLLM V1 源码', 'PR #6666', 'PR #13726', 'PR #25033', 'PR #47361'], text: 'vllm-project/vllm repository: README and docs; PR #47361 (v0.25.0, 2026-07-11: the original PagedAttention kernel removed); V0 engine vllm/engine/llm_engine.py, vllm/core/scheduler.py, vllm/core/block_manager.py; V1 engine vllm/v1/core/sched/scheduler.py, vllm/v1/worker/gpu_worker.py; PR #6666 (V0 chunked prefill on by default for max_model_len > 32K), PR #13726 (V1 default, v0.8.0), RFC #18571 and PR #25033 (V0 removed)', url: 'https://github.com/vllm-project/vllm' },
  { key: 'vllm-engine-args', group: 'vllm', cite: ['Engine Arguments'], text: 'vLLM docs. "Engine Arguments" (gpu_memory_utilization default 0.9, block_size default 16, --async-scheduling)', url: 'https://docs.vllm.ai/en/latest/configuration/engine_args.html' },
  { key: 'vllm-distributed', group: 'vllm', cite: ['Distributed Inference and Serving'], text: 'vLLM docs. "Distributed Inference and Serving" (tensor and pipeline parallel sizes), v0.5-v0.8', url: 'https://docs.vllm.ai/en/v0.5.1/serving/distributed_serving.html' },
  { key: 'vllm-async', group: 'vllm', cite: ['PR #27614', 'v0.14.0 发布说明'], text: 'vllm-project/vllm PR #27614 "[Core] Enable async scheduling by default" (merged 2025-12-29) and v0.14.0 release notes (January 2026)', url: 'https://github.com/vllm-project/vllm/pull/27614' },
  { key: 'tgi', group: 'vllm', cite: ['TGI launcher'], text: 'Hugging Face text-generation-inference, launcher/src/main.rs (--max-waiting-tokens default 20, --waiting-served-ratio default 0.3 since v2.0.2)', url: 'https://github.com/huggingface/text-generation-inference' },
  { key: 'megatron', group: 'vllm', cite: ['Megatron-LM'], text: 'Shoeybi et al. "Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism", arXiv 1909.08053, 2019, §3', url: 'https://arxiv.org/abs/1909.08053' },
  { key: 'llama3', group: 'vllm', cite: ['Llama 3 model card'], text: 'Meta. Llama 3 model card (8B, 70B)', url: 'https://github.com/meta-llama/llama3/blob/main/MODEL_CARD.md' },
  { key: 'orca', group: 'vllm', cite: ['Orca'], text: 'Yu, Jeong, Kim, Kim, Chun. "Orca: A Distributed Serving System for Transformer-Based Generative Models", OSDI 2022', url: 'https://www.usenix.org/conference/osdi22/presentation/yu' },
  { key: 'anyscale-cb', group: 'vllm', cite: ['Anyscale 博客'], text: 'Daniel, Shen, Liang, Liaw. "How continuous batching enables 23x throughput in LLM inference while reducing p50 latency", Anyscale blog, June 2023 (the 23x is vLLM, continuous batching plus PagedAttention, against naive static batching)', url: 'https://www.anyscale.com/blog/continuous-batching-llm-inference' },
  { key: 'sarathi', group: 'vllm', cite: ['Sarathi'], text: 'Agrawal et al. "SARATHI: Efficient LLM Inference by Piggybacking Decodes with Chunked Prefills", arXiv 2308.16369; "Taming Throughput-Latency Tradeoff in LLM Inference with Sarathi-Serve", OSDI 2024', url: 'https://arxiv.org/abs/2403.02310' },

  // TensorRT-LLM
  { key: 'trtllm', group: 'trtllm', cite: ['TensorRT-LLM README', 'TensorRT-LLM 文档', 'TensorRT-LLM 仓库', 'TensorRT-LLM 1.0 release notes'], text: 'NVIDIA. TensorRT-LLM repository (README, release notes 1.0, docs), Apache-2.0', url: 'https://github.com/NVIDIA/TensorRT-LLM' },
  { key: 'trtllm-removal', group: 'trtllm', cite: ['TensorRT Backend Removed'], text: 'NVIDIA. TensorRT-LLM docs, "Migration Guide: TensorRT Backend Removed" (docs/source/legacy/tensorrt-backend-removal.md): PyTorch is the sole execution backend; trtllm-build, convert_checkpoint.py and LLM(backend="tensorrt") removed', url: 'https://github.com/NVIDIA/TensorRT-LLM/blob/main/docs/source/legacy/tensorrt-backend-removal.md' },
  { key: 'trtllm-rc20', group: 'trtllm', cite: ['1.3.0rc20'], text: 'NVIDIA. TensorRT-LLM release notes, v1.3.0rc20 (2026-06-30: the last release candidate with the TensorRT backend); removal PRs #15763, #15767, #15907, #15918, #16369 (July 2026)', url: 'https://github.com/NVIDIA/TensorRT-LLM/releases' },
  { key: 'trtllm-arch', group: 'trtllm', cite: ['TensorRT-LLM 架构文档'], text: 'NVIDIA. TensorRT-LLM docs, "Architecture Overview" (LLM API, PyExecutor: scheduler, KVCacheManager, ModelEngine, sampler) and torch/arch_overview.md', url: 'https://nvidia.github.io/TensorRT-LLM/architecture/overview.html' },
  { key: 'trtllm-quant', group: 'trtllm', cite: ['TensorRT-LLM 量化文档'], text: 'NVIDIA. TensorRT-LLM docs, "Quantization" (features/quantization.md, 2026): NVFP4, MXFP4, FP8 per-tensor / block / rowwise, FP8 and NVFP4 KV cache, W4A16 / W4A8 AWQ and GPTQ', url: 'https://nvidia.github.io/TensorRT-LLM/features/quantization.html' },
  { key: 'nemo', group: 'trtllm', cite: ['NVIDIA NeMo 文档'], text: 'NVIDIA. NeMo Framework and NeMo microservices documentation (training and customisation: Customizer, Evaluator, Guardrails)', url: 'https://docs.nvidia.com/nemo/microservices/latest/' },
  { key: 'trtllm-blog', group: 'trtllm', cite: ['NVIDIA 开发者博客'], text: 'NVIDIA Technical Blog. "Optimizing Inference on Large Language Models with NVIDIA TensorRT-LLM, Now Publicly Available", 2023-10-19', url: 'https://developer.nvidia.com/blog/optimizing-inference-on-llms-with-tensorrt-llm-now-publicly-available/' },
  { key: 'tensorrt', group: 'trtllm', cite: ['NVIDIA/TensorRT README'], text: 'NVIDIA/TensorRT repository README (open-source components: plugins, ONNX parser, samples; the TensorRT core library is proprietary)', url: 'https://github.com/NVIDIA/TensorRT' },
  { key: 'trt-incubator', group: 'trtllm', cite: ['TensorRT-Incubator'], text: 'NVIDIA/TensorRT-Incubator repository (Tripy, MLIR-TensorRT)', url: 'https://github.com/NVIDIA/TensorRT-Incubator' },
  { key: 'nccl', group: 'trtllm', cite: ['NCCL 文档'], text: 'NVIDIA. NCCL User Guide: collective operations (AllReduce, ...) and point-to-point Send/Recv', url: 'https://docs.nvidia.com/deeplearning/nccl/user-guide/docs/' },
  { key: 'trtllm-backend', group: 'trtllm', cite: ['tensorrtllm_backend'], text: 'triton-inference-server/tensorrtllm_backend repository README (all_models/inflight_batcher_llm ensemble; decoupled streaming)', url: 'https://github.com/triton-inference-server/tensorrtllm_backend' },
  { key: 'nim', group: 'trtllm', cite: ['NIM 文档'], text: 'NVIDIA. NIM for LLMs documentation', url: 'https://docs.nvidia.com/nim/large-language-models/latest/' },
  { key: 'llama2', group: 'trtllm', cite: ['Llama-2-7B 配置', 'Llama 2'], text: 'Touvron et al. "Llama 2: Open Foundation and Fine-Tuned Chat Models", arXiv 2307.09288, 2023 (7B: 32 layers, 32 heads, d_model 4096)', url: 'https://arxiv.org/abs/2307.09288' },
  { key: 'sglang-v04', group: 'trtllm', cite: ['SGLang v0.4'], text: 'LMSYS. "SGLang v0.4: Zero-Overhead Batch Scheduler, Cache-Aware Load Balancer, Faster Structured Outputs" (blog), 2024-12-04', url: 'https://lmsys.org/blog/2024-12-04-sglang-v0-4/' },
  { key: 'xqa', group: 'trtllm', cite: ['XQA'], text: 'NVIDIA. "New XQA-kernel provides 2.4x more Llama-70B throughput within the same latency budget", TensorRT-LLM docs/blogs, 2024', url: 'https://github.com/NVIDIA/TensorRT-LLM/blob/main/docs/source/blogs/XQA-kernel.md' },
  { key: 'fastertransformer', group: 'trtllm', cite: ['FasterTransformer'], text: 'NVIDIA. FasterTransformer repository (development moved to TensorRT-LLM)', url: 'https://github.com/NVIDIA/FasterTransformer' },
  { key: 'dynamo', group: 'trtllm', cite: ['Dynamo'], text: 'NVIDIA. Dynamo: a datacenter-scale distributed inference serving framework, open-sourced at GTC 2025-03-18', url: 'https://developer.nvidia.com/dynamo' },

  // FlashAttention
  { key: 'fa1', group: 'flashattention', cite: ['FlashAttention（NeurIPS', 'FA1', 'FlashAttention 论文'], text: 'Dao, Fu, Ermon, Rudra, Ré. "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness", NeurIPS 2022 (arXiv 2205.14135)', url: 'https://arxiv.org/abs/2205.14135' },
  { key: 'fa2', group: 'flashattention', cite: ['FA2', 'FlashAttention-2'], text: 'Dao. "FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning", ICLR 2024 (arXiv 2307.08691)', url: 'https://arxiv.org/abs/2307.08691' },
  { key: 'fa3', group: 'flashattention', cite: ['FA3', 'FlashAttention-3'], text: 'Shah, Bikshandi, Zhang, Thakkar, Ramani, Dao. "FlashAttention-3: Fast and Accurate Attention with Asynchrony and Low-precision", NeurIPS 2024 (arXiv 2407.08608)', url: 'https://arxiv.org/abs/2407.08608' },
  { key: 'fa-repo', group: 'flashattention', cite: ['flash-attention', 'FlashAttention-4', 'FA4'], text: 'Dao-AILab/flash-attention repository README (FlashAttention-3 beta release; FlashAttention-4 for Hopper and Blackwell)', url: 'https://github.com/Dao-AILab/flash-attention' },
  { key: 'cutlass', group: 'flashattention', cite: ['CUTLASS Hopper'], text: 'NVIDIA/cutlass repository: CUTLASS 3.x and CuTe documentation for Hopper (warp-specialised kernels, TMA, WGMMA)', url: 'https://github.com/NVIDIA/cutlass' },
  { key: 'online-softmax', group: 'flashattention', cite: ['Milakov', 'Online normalizer', 'online softmax'], text: 'Milakov, Gimelshein. "Online normalizer calculation for softmax", arXiv 1805.02867, 2018', url: 'https://arxiv.org/abs/1805.02867' },
  { key: 'flash-decoding', group: 'flashattention', cite: ['Flash-Decoding', 'split-KV'], text: 'Dao, Haziza, Massa, Sizov. "Flash-Decoding for long-context inference" (blog), October 2023: split the KV sequence across thread blocks, merge the partial results by their log-sum-exp', url: 'https://pytorch.org/blog/flash-decoding/' },
  { key: 'fa-kernel-traits', group: 'flashattention', cite: ['Flash_fwd_kernel_traits'], text: 'Dao-AILab/flash-attention: csrc/flash_attn/src/kernel_traits.h and flash_fwd_launch_template.h (A100 forward, head dim 128: Flash_fwd_kernel_traits<128, 128, 64, 4>, 64 KiB shared memory per thread block)', url: 'https://github.com/Dao-AILab/flash-attention/tree/main/csrc/flash_attn/src' },
  { key: 'ada-tuning', group: 'flashattention', cite: ['Ada 调优指南', 'Ada Tuning Guide'], text: 'NVIDIA. Ada Tuning Guide, §1.4.1.2 (fourth-generation Tensor Cores with FP8 on compute capability 8.9)', url: 'https://docs.nvidia.com/cuda/ada-tuning-guide/' },
  { key: 'roofline', group: 'flashattention', cite: ['Roofline'], text: 'Williams, Waterman, Patterson. "Roofline: An Insightful Visual Performance Model for Multicore Architectures", Communications of the ACM 52(4), 2009', url: 'https://doi.org/10.1145/1498765.1498785' },

  // PD disaggregation
  { key: 'distserve', group: 'pd', cite: ['DistServe'], text: 'Zhong et al. "DistServe: Disaggregating Prefill and Decoding for Goodput-optimized Large Language Model Serving", OSDI 2024 (arXiv 2401.09670; v1 reported 4.48x / 10.2x)', url: 'https://www.usenix.org/conference/osdi24/presentation/zhong-yinmin' },
  { key: 'splitwise', group: 'pd', cite: ['Splitwise'], text: 'Patel et al. "Splitwise: Efficient Generative LLM Inference Using Phase Splitting", ISCA 2024 (arXiv 2311.18677)', url: 'https://arxiv.org/abs/2311.18677' },
  { key: 'splitwise-pr', group: 'pd', cite: ['PR #2779'], text: 'vllm-project/vllm PR #2779: Splitwise prototype (closed, not merged)', url: 'https://github.com/vllm-project/vllm/pull/2779' },
  { key: 'tetriinfer', group: 'pd', cite: ['TetriInfer'], text: 'Hu et al. "Inference without Interference: Disaggregate LLM Inference for Mixed Downstream Workloads" (TetriInfer), arXiv 2401.11181', url: 'https://arxiv.org/abs/2401.11181' },
  { key: 'memserve', group: 'pd', cite: ['MemServe'], text: 'Hu et al. "MemServe: Context Caching for Disaggregated LLM Serving with Elastic Memory Pool", arXiv 2406.17565', url: 'https://arxiv.org/abs/2406.17565' },
  { key: 'mooncake', group: 'pd', cite: ["FAST'25", 'FAST 2025', 'Mooncake'], text: 'Qin et al. "Mooncake: Trading More Storage for Less Computation — A KVCache-centric Architecture for Serving LLM Chatbot", FAST 2025 (Best Paper)', url: 'https://www.usenix.org/conference/fast25/presentation/qin' },
  { key: 'mooncake-arxiv', group: 'pd', cite: ['arXiv 2407.00079', 'Mooncake arXiv'], text: 'Qin et al. "Mooncake: A KVCache-centric Disaggregated Architecture for LLM Serving", arXiv 2407.00079 (v1 2024-06, v3 2024-07): §2 SLOs, §7.3-7.4 overload and prediction, §8.2 Table 3', url: 'https://arxiv.org/abs/2407.00079' },
  { key: 'mooncake-repo', group: 'pd', cite: ['kvcache-ai', 'Mooncake 仓库', 'Mooncake README'], text: 'kvcache-ai/Mooncake repository (Transfer Engine, Mooncake Store, integrations timeline)', url: 'https://github.com/kvcache-ai/Mooncake' },
  { key: 'deepseek-v3', group: 'pd', cite: ['DeepSeek-V3'], text: 'DeepSeek-AI. DeepSeek-V3 Technical Report, §3.4 (Dec 2024)', url: 'https://arxiv.org/abs/2412.19437' },
  { key: 'deepseek-inference', group: 'pd', cite: ['推理系统概览', 'Inference System Overview'], text: 'DeepSeek-AI. "DeepSeek-V3/R1 Inference System Overview", Open Source Week day 6 (2025-03-01)', url: 'https://github.com/deepseek-ai/open-infra-index/blob/main/202502OpenSourceWeek/day_6_one_more_thing_deepseekV3R1_inference_system_overview.md' },
  { key: 'sglang-ep', group: 'pd', cite: ['SGLang'], text: 'LMSYS. "Deploying DeepSeek with PD Disaggregation and Large-scale Expert Parallelism on 96 H100 GPUs" (blog, 2025-05-05)', url: 'https://lmsys.org/blog/2025-05-05-large-scale-ep/' },
  { key: 'vllm-disagg', group: 'pd', cite: ['disagg_prefill', 'Disaggregated Prefill', 'disaggregated prefill'], text: 'vLLM docs. "Disaggregated Prefilling (experimental)", docs/features/disagg_prefill.md', url: 'https://docs.vllm.ai/en/latest/features/disagg_prefill.html' },
  { key: 'llm-d', group: 'pd', cite: ['llm-d'], text: 'llm-d project (Red Hat, Google, IBM Research, NVIDIA, CoreWeave), launched May 2025', url: 'https://llm-d.ai/' },
]

/** Chapter order of the appendix; entries are numbered in this order, then in list order. */
export const GROUP_ORDER: Reference['group'][] = ['sre', 'gpu', 'vllm', 'trtllm', 'flashattention', 'pd']

/** The references with their appendix numbers ([1], [2], ...), grouped by chapter. */
export function numberedReferences(list: Reference[] = REFERENCES): (Reference & { n: number })[] {
  const ordered = GROUP_ORDER.flatMap(g => list.filter(r => r.group === g))
  return ordered.map((r, i) => ({ ...r, n: i + 1 }))
}
