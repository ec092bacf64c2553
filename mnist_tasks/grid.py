"""Sets of runs (the paper's tables and figures) and a resumable, parallel runner for them.

`run_grid` skips configurations whose results file is complete, groups the rest by
architecture/optimizer (`RunConfig.group_key`) into batched models of at most `max_group`
configurations, and trains the groups on `jobs` worker processes (one thread each). A group
checkpoints every epoch, so an interrupted grid resumes where it stopped.
"""
import itertools
import json
import multiprocessing
import os
import time
from pathlib import Path

import torch
from tqdm import tqdm

from mnist_tasks.train import RunConfig, fit_group, is_finished

SEEDS = (0, 1, 2, 3, 4)


def table1(seeds=SEEDS, **common):
    """Table 1: the performance limit of multiple costs; no Cost-Out."""
    return [RunConfig(task=task, seed=seed, **common)
            for task in ("single-single", "dual-single", "tdc-same") for seed in seeds]


def figure5(seeds=SEEDS, **common):
    """Figure 5 / TDC-same: the gradient scale with and without Cost-Out."""
    return [RunConfig(task="tdc-same", costout=mode, seed=seed, **common)
            for mode in ("none", "soft", "hard") for seed in seeds]


def table4(seeds=SEEDS, **common):
    """Table 4 / TDC-disjoint: ensemble upper bound vs one network without / with Cost-Out."""
    runs = [RunConfig(task="ensemble-disjoint", seed=seed, **common) for seed in seeds]
    return runs + [RunConfig(task="tdc-disjoint", costout=mode, seed=seed, **common)
                   for mode in ("none", "hard", "soft") for seed in seeds]


def depth_sweep(seeds=SEEDS, depths=range(1, 11), **common):
    """Figure 6: 1-10 layers, decaying BN, Adam 1e-4, hard Cost-Out vs none (TDC-disjoint)."""
    common = {"task": "tdc-disjoint", "width": 2000, "batchnorm": True, "optimizer": "adam",
              "lr": 1e-4, **common}
    return [RunConfig(depth=depth, costout=mode, seed=seed, **common)
            for depth in depths for mode in ("none", "hard") for seed in seeds]


def table3(seeds=SEEDS, **common):
    """Table 3 / TDC-same: Cost-Out under the regularization settings of section 4.1.1.

    width x optimizer (SGD 1e-2, SGD 1e-3, Adam 1e-4) x dropout x decaying BN x L2 x Cost-Out.
    """
    common = {"task": "tdc-same", **common}
    axes = itertools.product((512, 2048), (("sgd", 1e-2), ("sgd", 1e-3), ("adam", 1e-4)),
                             (0.0, 0.5), (False, True), (0.0, 1e-4), ("none", "soft", "hard"), seeds)
    return [RunConfig(**{**common, "width": width, "optimizer": opt, "lr": lr, "dropout": dropout,
                         "batchnorm": bn, "l2": l2, "costout": mode, "seed": seed})
            for width, (opt, lr), dropout, bn, l2, mode, seed in axes]


PRESETS = {"table1": table1, "figure5": figure5, "table4": table4, "depth": depth_sweep,
           "table3": table3}


def preset_configs(names, seeds=SEEDS, **common):
    """The union of presets' configurations (duplicates once, in order)."""
    configs = {}
    for name in names:
        if name not in PRESETS:
            raise ValueError(f"preset must be among {', '.join(PRESETS)}; got {name!r}")
        for config in PRESETS[name](seeds=seeds, **common):
            configs.setdefault(config.run_id(), config)
    return list(configs.values())


def make_groups(configs, max_group=16):
    """Configurations that can share a batched model, in chunks of at most `max_group`."""
    by_key = {}
    for config in configs:
        by_key.setdefault(config.group_key(), []).append(config)
    return [members[i:i + max_group] for members in by_key.values()
            for i in range(0, len(members), max_group)]


_MNIST = None


def _run_group(args):
    configs, out_dir, threads, progress = args
    global _MNIST
    torch.set_num_threads(threads)
    if _MNIST is None:
        from mnist_tasks.data import load_mnist
        _MNIST = load_mnist()
    started = time.perf_counter()
    fit_group(configs, _MNIST, out_dir=out_dir, checkpoint_dir=Path(out_dir) / "checkpoints",
              progress=progress)
    return [c.run_id() for c in configs], time.perf_counter() - started


def run_grid(configs, out_dir, jobs=None, max_group=16, threads=1, progress=True):
    """Train every unfinished configuration; returns {"ran", "skipped", "seconds"}."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    todo = [c for c in configs if not is_finished(out_dir, c)]
    groups = make_groups(todo, max_group)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(groups) or 1))
    started = time.perf_counter()
    log = out_dir / "grid_log.jsonl"
    tasks = [(g, str(out_dir), threads, progress and jobs == 1) for g in groups]
    # fork (as torch's DataLoader workers) shares the loaded modules; spawn where there is none.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    pool = multiprocessing.get_context(method).Pool(jobs) if jobs > 1 else None
    results = pool.imap_unordered(_run_group, tasks) if pool else map(_run_group, tasks)
    try:
        for run_ids, seconds in tqdm(results, total=len(tasks), desc=f"groups ({jobs} jobs)",
                                     disable=not progress):
            with open(log, "a") as f:
                f.write(json.dumps({"runs": run_ids, "seconds": seconds, "jobs": jobs}) + "\n")
    finally:
        if pool:
            pool.close()
            pool.join()
    return {"ran": len(todo), "skipped": len(configs) - len(todo),
            "groups": len(groups), "seconds": time.perf_counter() - started}
