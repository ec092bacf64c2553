"""Output layer forward+backward: k-expansion head vs full softmax (issue 3, benchmark a).

For each vocabulary size V, both heads train one step on the same N target tokens with hidden size
H, as their criteria do: full softmax = Linear(H, V) + log_softmax + nll + argmax accuracy
(`costout_sum`/`cross_entropy`); k-expansion = Linear(H, K k) + digit log_softmax + digit nll +
log Z + argmax word (`costout_hsoftmax`, mode none, so every digit is back-propagated).

Time: both heads run alternately in this process (full, kexp, full, kexp, ...), median of
--repeats after one warm-up each. Peak memory: torch's CPU allocations during one step, from the
profiler's memory records (`measure_peak`), again alternating. Printed next to the FLOP ratio V / (K k).

    OMP_NUM_THREADS=1 nice -n 10 .venv/bin/python benchmarks/bench_kexpansion.py \
        --vocab 32768 131072 --out results/bench_kexpansion.json
"""
import argparse
import json
import os
import statistics
import sys
import time

import torch
import torch.nn.functional as F

from costout.files import write_text_atomically


def load_kexpansion():
    """fairseq_costout/kexpansion.py without the package __init__ (which imports fairseq)."""
    import importlib.util
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                        "fairseq_costout", "kexpansion.py")
    spec = importlib.util.spec_from_file_location("kexpansion", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


kexpansion = load_kexpansion()
KExpansionHead, flop_ratio = kexpansion.KExpansionHead, kexpansion.flop_ratio


def full_softmax_step(features, projection, target):
    lprobs = F.log_softmax(projection(features).float(), dim=-1)
    loss = F.nll_loss(lprobs, target, reduction="sum")
    with torch.no_grad():
        lprobs.argmax(-1).eq(target).sum()
    loss.backward()


def kexpansion_step(features, head, target):
    digit_lprobs = head.digit_log_probs(head(features))
    digit_nll = -digit_lprobs.gather(-1, head.encode(target).unsqueeze(-1)).squeeze(-1)
    loss = digit_nll.sum()
    with torch.no_grad():
        (digit_nll.sum(-1) + head.log_normalizer(digit_lprobs)).sum()
        head.argmax_words(digit_lprobs).eq(target).sum()
    loss.backward()


def make(head_kind, vocab, hidden, tokens, k, seed=0):
    torch.manual_seed(seed)
    features = torch.randn(tokens, hidden, requires_grad=True)
    target = torch.randint(0, vocab, (tokens,))
    if head_kind == "full":
        module = torch.nn.Linear(hidden, vocab)
        return lambda: full_softmax_step(features, module, target), module
    module = KExpansionHead(hidden, vocab, k)
    return lambda: kexpansion_step(features, module, target), module


def measure_peak(step):
    """Peak bytes held by torch's CPU allocator during one step, beyond what was held before.

    From the profiler's per-op memory records: an op's allocations count from its start, its
    frees from its end, so an op that allocates its output before freeing its input counts both.
    """
    from torch.profiler import ProfilerActivity, profile
    with profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof:
        step()
    changes = []
    for event in prof.events():
        usage = event.self_cpu_memory_usage
        if usage > 0:
            changes.append((event.time_range.start, usage))
        elif usage < 0:
            changes.append((event.time_range.end, usage))
    held = peak = 0
    for _, usage in sorted(changes, key=lambda change: change[0]):
        held += usage
        peak = max(peak, held)
    return peak


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vocab", type=int, nargs="+", default=[32768, 131072, 524288])
    parser.add_argument("--hidden", type=int, default=1000)
    parser.add_argument("--tokens", type=int, default=4096)
    parser.add_argument("--k", type=int, default=1024)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", default="results/bench_kexpansion.json")
    args = parser.parse_args()
    from tqdm import tqdm

    rows = []
    for vocab in args.vocab:
        steps = {kind: make(kind, vocab, args.hidden, args.tokens, args.k)[0]
                 for kind in ("full", "kexp")}
        times = {"full": [], "kexp": []}
        for kind in ("full", "kexp"):
            steps[kind]()  # warm-up
        for _ in tqdm(range(args.repeats), desc=f"V={vocab} time", file=sys.stderr):
            for kind in ("full", "kexp"):  # alternate, so load changes hit both sides
                start = time.perf_counter()
                steps[kind]()
                times[kind].append(time.perf_counter() - start)
        peaks = {"full": [], "kexp": []}
        for _ in tqdm(range(2), desc=f"V={vocab} memory", file=sys.stderr):
            for kind in ("full", "kexp"):
                peaks[kind].append(measure_peak(steps[kind]))
        del steps
        full_t, kexp_t = statistics.median(times["full"]), statistics.median(times["kexp"])
        full_m, kexp_m = max(peaks["full"]), max(peaks["kexp"])
        ratio = flop_ratio(vocab, args.k)
        row = {
            "vocab": vocab, "hidden": args.hidden, "tokens": args.tokens, "k": args.k,
            "flop_ratio": ratio, "full_s": times["full"], "kexp_s": times["kexp"],
            "speedup": full_t / kexp_t, "speedup_over_flop_ratio": full_t / kexp_t / ratio,
            "full_peak_bytes": peaks["full"], "kexp_peak_bytes": peaks["kexp"],
            "memory_ratio": full_m / max(kexp_m, 1),
        }
        rows.append(row)
        print(f"V={vocab:>7}  FLOP ratio {ratio:6.1f}  full {full_t:8.3f}s  kexp {kexp_t:7.4f}s  "
              f"speed-up {row['speedup']:6.1f} ({100 * row['speedup_over_flop_ratio']:.0f}% of "
              f"FLOP ratio)  peak MB full {full_m / 2**20:8.0f}  kexp {kexp_m / 2**20:6.0f}  "
              f"ratio {row['memory_ratio']:5.1f}", flush=True)
    result = {"command": " ".join(sys.argv), "threads": torch.get_num_threads(),
              "torch": torch.__version__, "rows": rows}
    write_text_atomically(args.out, json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
