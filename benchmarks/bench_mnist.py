"""Throughput of the MNIST harness, run by hand (not a test): ``python benchmarks/bench_mnist.py``.

1. Training samples/s of `mnist_tasks.train.fit` against a minimal plain-PyTorch loop
   (nn.Linear + tanh, Adam, the same batches), alternating the two `--reps` times; the ratio is
   the harness's overhead (target >= 0.95).
2. Achieved GFLOP/s of the `--wide` (2048) model, one configuration and `--members` batched
   together, against this machine's measured sgemm peak (torch.mm, n = 2048), same thread count.

Training FLOPs are counted as 3x the forward pass's 2 * multiply-adds (forward, backward to
activations, backward to weights). Other processes on the machine lower every number alike;
ratios of interleaved measurements are the robust part.
"""
import argparse
import json
import statistics
import time

import torch
import torch.nn.functional as F

from mnist_tasks.data import build_task, load_mnist
from mnist_tasks.model import BatchedMLP
from mnist_tasks.train import RunConfig, fit_group


def sgemm_gflops(n=2048, seconds=2.0):
    a, b = torch.randn(n, n), torch.randn(n, n)
    a @ b
    runs, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        a @ b
        runs += 1
    return 2 * n ** 3 * runs / (time.perf_counter() - started) / 1e9


def harness_samples_per_s(mnist, configs, cpu=False):
    """Training samples/s: wall time of the training loop, or (cpu=True) this process's CPU time
    for the whole call, set-up and the (tiny) evaluation included, which is robust to other
    processes competing for the cores."""
    cpu_started = time.process_time()
    records = fit_group(configs, mnist, progress=False)
    first = next(iter(records.values()))[0]
    seconds = time.process_time() - cpu_started if cpu else first["train_seconds"]
    return len(configs) * first["train_examples"] / seconds


def plain_samples_per_s(mnist, config, cpu=False):
    """The minimal loop: same data gathering, nn.Sequential, Adam, summed digit costs."""
    cpu_started = time.process_time()
    data = build_task(config.task, mnist, config.seed, {"train": config.train_size})["train"]
    dims = [data.inputs(torch.arange(1)).shape[1]] + [config.width] * config.depth
    layers = []
    for d_in, d_out in zip(dims, dims[1:]):
        layers += [torch.nn.Linear(d_in, d_out), torch.nn.Tanh()]
    model = torch.nn.Sequential(*layers, torch.nn.Linear(config.width, 20))
    optimizer = torch.optim.Adam(model.parameters(), lr=config.lr)
    perm = torch.randperm(len(data))
    started = time.perf_counter()
    for start in range(0, len(data), config.batch_size):
        rows = perm[start:start + config.batch_size]
        logits = model(data.inputs(rows)).view(len(rows), 2, 10)
        cost = F.cross_entropy(logits.flatten(0, 1), data.labels[rows].flatten(), reduction="none")
        cost.view(len(rows), 2).sum(dim=1).mean().backward()
        optimizer.step()
        optimizer.zero_grad()
    seconds = time.process_time() - cpu_started if cpu else time.perf_counter() - started
    return len(data) / seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--width", type=int, default=512, help="model of the overhead comparison")
    parser.add_argument("--wide", type=int, default=2048, help="model of the GFLOP/s measurement")
    parser.add_argument("--train-size", type=int, default=4000)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--members", type=int, default=8)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--parts", nargs="+", default=["overhead", "wide"], choices=["overhead", "wide"])
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    mnist = load_mnist()
    small = dict(task="tdc-same", depth=2, epochs=1, train_size=args.train_size, eval_size=10,
                 eval_train_size=10)

    result = {"threads": args.threads}
    if "overhead" in args.parts:
        result["overhead"] = overhead(mnist, args, small)
    if "wide" in args.parts:
        result["wide_model"] = wide_gflops(mnist, args, small)
    print(json.dumps(result, indent=1))


def overhead(mnist, args, small):
    """Harness vs plain loop, interleaved."""
    config = RunConfig(width=args.width, **small)
    harness_samples_per_s(mnist, [config]), plain_samples_per_s(mnist, config)  # warm-up
    result = {"model": f"tdc-same, width {args.width}, depth 2, batch 32, Adam"}
    for clock in ("wall", "cpu"):
        harness, plain = [], []
        for _ in range(args.reps):
            harness.append(harness_samples_per_s(mnist, [config], cpu=clock == "cpu"))
            plain.append(plain_samples_per_s(mnist, config, cpu=clock == "cpu"))
        ratios = [h / p for h, p in zip(harness, plain)]
        result[clock] = {"harness_samples_per_s": harness, "plain_samples_per_s": plain,
                         "ratio_each_rep": ratios, "ratio_median": statistics.median(ratios)}
    return result


def wide_gflops(mnist, args, small):

    """GFLOP/s of the wide model, alone and batched, against sgemm peak, interleaved."""
    wide = [RunConfig(width=args.wide, seed=s, **dict(small, train_size=args.train_size // 4))
            for s in range(args.members)]
    flops = 3 * BatchedMLP(1, 1568, args.wide, 2, 20).flops_per_example()
    peak, single, batched = [], [], []
    for _ in range(args.reps):
        peak.append(sgemm_gflops())
        single.append(harness_samples_per_s(mnist, wide[:1]) * flops / 1e9)
        batched.append(harness_samples_per_s(mnist, wide) * flops / 1e9)
    return {"model": f"tdc-same, width {args.wide}, depth 2, batch 32, Adam",
            "sgemm_peak_gflops": peak, "one_config_gflops": single,
            f"{args.members}_configs_batched_gflops": batched,
            "one_config_fraction_of_peak": statistics.median(single) / statistics.median(peak),
            "batched_fraction_of_peak": statistics.median(batched) / statistics.median(peak)}


if __name__ == "__main__":
    main()
