"""Training words/s of `costout_sum` (hard) against fairseq's `cross_entropy`, alternating in one run.

Same LSTM, same batches, same initial weights and seed for both criteria; each round trains
--updates updates with one criterion then the other (order alternating by round), so drift in the
machine's load hits both alike. Reports words/s per criterion and the median per-round ratio
costout_sum / cross_entropy (target: >= 0.98).

    python benchmarks/bench_costout_sum.py --data work/demo/data/en-fr/bin
(`make demo` prepares that directory; any fairseq-preprocess'd en-fr directory works.)
"""
import argparse
import copy
import statistics
import time

import torch


def build(data, criterion_flags, hidden):
    from fairseq import options, tasks
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf
    parser = options.get_training_parser()
    args = options.parse_args_and_arch(parser, [
        data, "--user-dir", "fairseq_costout", "--task", "translation", "--source-lang", "en",
        "--target-lang", "fr", "--arch", "lstm", "--encoder-embed-dim", str(hidden),
        "--encoder-hidden-size", str(hidden), "--decoder-embed-dim", str(hidden),
        "--decoder-hidden-size", str(hidden), "--decoder-out-embed-dim", str(hidden),
        "--optimizer", "adam", "--lr", "0.001", "--cpu", *criterion_flags])
    cfg = convert_namespace_to_omegaconf(args)
    task = tasks.setup_task(cfg.task)
    task.load_dataset("train")
    return task, cfg, task.build_criterion(cfg.criterion)


def train_updates(task, model, criterion, batches, seed):
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()
    words, start = 0, time.perf_counter()
    for update, sample in enumerate(batches):
        torch.manual_seed(seed + update)  # as fairseq's trainer seeds each update
        optimizer.zero_grad()
        loss, sample_size, _ = criterion(model, sample)
        (loss / sample_size).backward()
        optimizer.step()
        words += sample["ntokens"]
    return words / (time.perf_counter() - start)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="work/demo/data/en-fr/bin")
    parser.add_argument("--hidden", type=int, default=256, help="embedding and LSTM size")
    parser.add_argument("--max-tokens", type=int, default=2000)
    parser.add_argument("--updates", type=int, default=10, help="updates per criterion per round")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)

    task, cfg, cross_entropy = build(args.data, ["--criterion", "cross_entropy"], args.hidden)
    _, _, costout = build(args.data, ["--criterion", "costout_sum", "--costout-mode", "hard"], args.hidden)
    torch.manual_seed(0)
    initial = task.build_model(cfg.model)
    itr = task.get_batch_iterator(dataset=task.dataset("train"), max_tokens=args.max_tokens, seed=1)
    batches = list(itr.next_epoch_itr(shuffle=True))[: args.updates]

    speeds = {"cross_entropy": [], "costout_sum": []}
    ratios = []
    for round_ in range(args.rounds):
        order = [("cross_entropy", cross_entropy), ("costout_sum", costout)]
        if round_ % 2:
            order.reverse()
        this_round = {}
        for name, criterion in order:
            model = copy.deepcopy(initial)
            this_round[name] = train_updates(task, model, criterion, batches, seed=round_)
            speeds[name].append(this_round[name])
        ratios.append(this_round["costout_sum"] / this_round["cross_entropy"])
        print(f"round {round_}: cross_entropy {this_round['cross_entropy']:.0f} words/s, "
              f"costout_sum {this_round['costout_sum']:.0f} words/s, ratio {ratios[-1]:.3f}", flush=True)
    print(f"median words/s: cross_entropy {statistics.median(speeds['cross_entropy']):.0f}, "
          f"costout_sum {statistics.median(speeds['costout_sum']):.0f}; "
          f"median ratio costout_sum/cross_entropy = {statistics.median(ratios):.3f} "
          f"(min {min(ratios):.3f}, max {max(ratios):.3f}, {args.rounds} rounds of {len(batches)} updates, "
          f"hidden {args.hidden}, {args.threads} thread(s))")


if __name__ == "__main__":
    main()
