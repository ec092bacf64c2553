"""Training and evaluation for the two-digit MNIST tasks, with Cost-Out from the shared core.

The total cost of a two-digit image is the sum of its digits' cross-entropies,
C = C^1 + C^2 (eqs. 10-11). Cost-Out back-propagates only the kept sub-costs:
``costout.sample_keep_mask`` draws a (batch, n_digits) keep mask each step, one row per image;
hard keeps exactly one digit of each image, soft keeps each with probability 1 - p (eq. 4).

`fit` trains one configuration; `fit_group` trains several that share an architecture and an
optimizer as one `BatchedMLP`, one member per configuration (two for an ensemble), each with its
own random streams, so a configuration's result does not depend on what it was batched with.

Random streams of a member (seeded from the configuration's seed and the member's index):
``init`` draws the weights, then each epoch's shuffle; ``noise`` (a global-RNG state swapped in
around the draws, because the core samples from torch's global RNG) draws dropout and Cost-Out
masks. Runs that differ only in Cost-Out mode thus share initialization, data pairing and order,
which makes seed-paired comparisons between modes meaningful.
"""
import dataclasses
import hashlib
import json
import math
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import torch
import torch.nn.functional as F
from tqdm import tqdm

from costout import inverse_keep_rate, sample_keep_mask, validate_options
from costout.files import atomic_path, write_text_atomically
from mnist_tasks.data import IMAGE_PIXELS, build_task, canonical_task, load_mnist, task_digits
from mnist_tasks.model import BatchedMLP

OPTIMIZERS = ("sgd", "adam")
# Fields members of one batched model may differ in; the rest must match (see group_key).
PER_MEMBER_FIELDS = ("seed", "costout", "drop_prob", "rescale", "dropout", "l2")


@dataclass(frozen=True)
class RunConfig:
    """One training run. Defaults: the paper's MLP, Adam 1e-4, batch 32, no Cost-Out."""

    task: str = "tdc-same"
    width: int = 512
    depth: int = 2
    dropout: float = 0.0         # drop probability of hidden units
    batchnorm: bool = False      # the paper's decaying batch norm
    bn_decay: float = 0.99       # interpolation weight w = bn_decay ** epoch
    l2: float = 0.0              # cost += l2 * sum of squared weights
    optimizer: str = "adam"
    lr: float = 1e-4
    batch_size: int = 32
    epochs: int = 10
    costout: str = "none"        # none | soft | hard
    drop_prob: float = 0.5       # p of soft Cost-Out
    rescale: bool = False        # weight kept sub-costs by 1 / P(kept)
    seed: int = 0
    train_size: Optional[int] = None       # first n training examples (None: all)
    eval_size: Optional[int] = None        # first n validation / test examples (None: all)
    eval_train_size: Optional[int] = 10000  # training examples scored each epoch (None: all)
    grad_stats_every: int = 10   # gradient scale sampled every n steps (a full pass over grads)

    def __post_init__(self):
        object.__setattr__(self, "task", canonical_task(self.task))
        validate_options(self.costout, self.drop_prob, None, prefix="costout ")
        if self.optimizer not in OPTIMIZERS:
            raise ValueError(f"optimizer must be one of {', '.join(OPTIMIZERS)}; got {self.optimizer!r}")
        if not 0.0 <= self.dropout < 1.0:
            raise ValueError(f"dropout must lie in [0, 1); got {self.dropout!r}")
        for name in ("width", "depth", "batch_size", "epochs", "grad_stats_every"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1; got {getattr(self, name)!r}")
        if self.lr <= 0 or self.l2 < 0:
            raise ValueError(f"lr must be > 0 and l2 >= 0; got lr={self.lr!r}, l2={self.l2!r}")

    @property
    def ensemble(self):
        return self.task.startswith("ensemble")

    def group_key(self):
        """Configurations with equal keys can train together in one BatchedMLP."""
        fields = dataclasses.asdict(self)
        return tuple((k, v) for k, v in fields.items() if k not in PER_MEMBER_FIELDS)

    def run_id(self):
        """Readable and unique: the main settings, then a hash of every field."""
        fields = json.dumps(dataclasses.asdict(self), sort_keys=True)
        digest = hashlib.sha1(fields.encode()).hexdigest()[:8]
        bn = "-bn" if self.batchnorm else ""
        return (f"{self.task}-w{self.width}-d{self.depth}-{self.optimizer}{self.lr:g}{bn}"
                f"-do{self.dropout:g}-l2{self.l2:g}-{self.costout}-s{self.seed}-{digest}")


@contextmanager
def global_rng(state):
    """Run a block on the global CPU RNG set to `state[0]`; store the advanced state back."""
    outer = torch.get_rng_state()
    torch.set_rng_state(state[0])
    try:
        yield
    finally:
        state[0] = torch.get_rng_state()
        torch.set_rng_state(outer)


def _member_seed(seed, index, stream):
    return (seed * 1_000_003 + index * 7919 + stream) % (2**63)


class _Member:
    """One network of a group: the configuration it belongs to and the digits it predicts."""

    def __init__(self, config_index, config, columns, index_in_config, data):
        self.config_index, self.config, self.columns, self.data = config_index, config, columns, data
        self.column_slice = slice(columns[0], columns[-1] + 1)  # columns are consecutive
        self.init = torch.Generator().manual_seed(_member_seed(config.seed, index_in_config, 0))
        self.noise = [torch.Generator().manual_seed(_member_seed(config.seed, index_in_config, 1)).get_state()]


def _stack(tensors):
    return tensors[0].unsqueeze(0) if len(tensors) == 1 else torch.stack(tensors)


def _atomic_write(path, text_or_obj, binary=False):
    if not binary:
        return write_text_atomically(path, text_or_obj)
    with atomic_path(path) as tmp:
        torch.save(text_or_obj, tmp)


def run_path(out_dir, config):
    return Path(out_dir) / f"{config.run_id()}.jsonl"


def read_run(path):
    path = Path(path)
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def is_finished(out_dir, config):
    records = read_run(run_path(out_dir, config))
    return len(records) >= config.epochs and records[-1].get("epoch") == config.epochs


def _precision(correct):
    """correct: (n, n_digits) bool -> precision of each digit, of both, and their mean (in %)."""
    result = {f"digit{j}": 100.0 * correct[:, j].float().mean().item() for j in range(correct.shape[1])}
    result["both"] = 100.0 * correct.all(dim=1).float().mean().item()
    result["mean"] = 100.0 * correct.float().mean().item()
    return result


@torch.no_grad()
def evaluate(model, members, n_configs, split, size=None, chunk=2000):
    """Per configuration: precision (%) of each digit, both, mean, and the mean total cost."""
    model.eval()
    n = len(members[0].data[split]) if size is None else min(size, len(members[0].data[split]))
    correct = [[] for _ in members]
    cost = torch.zeros(len(members))
    for start in range(0, n, chunk):
        rows = torch.arange(start, min(start + chunk, n))
        x = torch.stack([m.data[split].inputs(rows) for m in members])
        targets = torch.stack([m.data[split].labels[rows][:, m.columns] for m in members])
        logits = model(x).view(len(members), len(rows), -1, 10)
        digit_cost = F.cross_entropy(logits.flatten(0, 2), targets.flatten(), reduction="none")
        cost += digit_cost.view(len(members), -1).sum(dim=1)
        for i, member_correct in enumerate(logits.argmax(dim=-1) == targets):
            correct[i].append(member_correct)
    per_config = [[] for _ in range(n_configs)]
    cost_per_config = [0.0] * n_configs
    for i, m in enumerate(members):  # an ensemble's two members each contribute one digit column
        per_config[m.config_index].append(torch.cat(correct[i]))
        cost_per_config[m.config_index] += cost[i].item() / n
    model.train()
    return [dict(_precision(torch.cat(cols, dim=1)), cost=cost_per_config[i])
            for i, cols in enumerate(per_config)]


def fit_group(configs, mnist=None, out_dir=None, checkpoint_dir=None, step_hooks=(), progress=True):
    """Train `configs` (all with one group_key) as one batched model; return their epoch records.

    Records (one dict per configuration per epoch) hold the precision of each digit, of both and
    their mean on train / valid / test, the training cost, and the gradient scale of Figure 5:
    the mean and the max absolute entry of the gradient back-propagated at a step (the kept cost
    plus the L2 term), averaged over every `grad_stats_every`-th step of the epoch. With `out_dir`, each configuration's
    records go to ``<out_dir>/<run_id>.jsonl`` (rewritten atomically each epoch); with
    `checkpoint_dir`, the group is checkpointed each epoch and resumes from there.

    step_hooks: callables ``hook(step, epoch, model, subcosts) -> dict | None``, called at every
    step after the forward pass with `subcosts`, the per-digit mean costs (scalar tensors attached
    to the graph, before Cost-Out masking; an ensemble gives one per network). A hook that
    differentiates them must pass ``retain_graph=True``. The dicts' values are averaged over the
    epoch and merged into its record. Hooks need a group of one configuration.
    """
    configs = list(configs)
    if not configs:
        return {}
    keys = {c.group_key() for c in configs}
    if len(keys) > 1:
        raise ValueError("fit_group: configurations differ in more than " + ", ".join(PER_MEMBER_FIELDS))
    if step_hooks and len(configs) > 1:
        raise ValueError("step_hooks need a group of one configuration (use fit)")
    ids = [c.run_id() for c in configs]
    if len(set(ids)) != len(ids):
        raise ValueError("fit_group: duplicate configurations")
    first = configs[0]
    mnist = mnist if mnist is not None else load_mnist()
    sizes = {"train": first.train_size, "valid": first.eval_size, "test": first.eval_size}
    n_images, n_digits = task_digits(first.task)

    members = []
    for i, config in enumerate(configs):
        data = build_task(config.task, mnist, config.seed, sizes)
        column_sets = [[0], [1]] if config.ensemble else [list(range(n_digits))]
        members += [_Member(i, config, cols, j, data) for j, cols in enumerate(column_sets)]
    n_cols = len(members[0].columns)
    n_train = len(members[0].data["train"])
    model = BatchedMLP(len(members), IMAGE_PIXELS * n_images, first.width, first.depth, 10 * n_cols,
                       batchnorm=first.batchnorm)
    for k, m in enumerate(members):
        model.reset_member(k, m.init)
    if first.optimizer == "adam":
        optimizer = torch.optim.Adam(model.parameters(), lr=first.lr, betas=(0.9, 0.999))
    else:
        optimizer = torch.optim.SGD(model.parameters(), lr=first.lr)
    dropout = [m.config.dropout for m in members]
    l2 = torch.tensor([m.config.l2 for m in members])
    valid_cols = torch.ones(first.batch_size, n_cols, dtype=torch.bool)
    ones_hidden, ones_cols = torch.ones(first.batch_size, first.width), torch.ones(first.batch_size, n_cols)
    use_dropout = any(p > 0 for p in dropout)
    all_kept = all(m.config.costout == "none" and not m.config.rescale for m in members)

    records = [[] for _ in configs]
    start_epoch = 0
    checkpoint = Path(checkpoint_dir) / f"group-{hashlib.sha1('|'.join(ids).encode()).hexdigest()[:12]}.pt" \
        if checkpoint_dir else None
    if checkpoint is not None and checkpoint.is_file():
        state = torch.load(checkpoint, weights_only=False)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        for m, init_state, noise_state in zip(members, state["init"], state["noise"]):
            m.init.set_state(init_state)
            m.noise[0] = noise_state
        records, start_epoch = state["records"], state["epoch"]

    for epoch in range(start_epoch, first.epochs):
        started = time.perf_counter()
        model.train()
        model.bn_mix = first.bn_decay ** epoch
        perms = [torch.randperm(n_train, generator=m.init) for m in members]
        n_steps = math.ceil(n_train / first.batch_size)
        grad_mean = torch.zeros(len(members))
        grad_max = torch.zeros(len(members))
        grad_samples = 0
        train_cost = torch.zeros(len(members))
        hook_sums, hook_counts = {}, {}
        for step in tqdm(range(n_steps), desc=f"{len(configs)} run(s) epoch {epoch + 1}/{first.epochs}",
                         disable=not progress, mininterval=2.0, leave=False):
            batch_rows = [p[step * first.batch_size:(step + 1) * first.batch_size] for p in perms]
            b = len(batch_rows[0])
            x = _stack([m.data["train"].inputs(r) for m, r in zip(members, batch_rows)])
            targets = _stack([m.data["train"].labels[r, m.column_slice] for m, r in zip(members, batch_rows)])
            # Masks: dropout's (scaled by 1 / (1 - p)) and Cost-Out's times the optional
            # 1 / P(kept) weight. A member that draws nothing (no dropout, Cost-Out none) gets
            # plain ones without touching its stream, which leaves every draw unchanged.
            masks, cost_weight = [[] for _ in range(first.depth)], []
            for m, p in zip(members, dropout):
                c = m.config
                if p == 0 and c.costout == "none" and not c.rescale:
                    for layer in range(first.depth):
                        masks[layer].append(ones_hidden[:b])
                    cost_weight.append(ones_cols[:b])
                    continue
                with global_rng(m.noise):
                    for layer in range(first.depth):
                        masks[layer].append((torch.rand(b, first.width) >= p) / (1.0 - p) if p > 0
                                            else ones_hidden[:b])
                    keep = sample_keep_mask(valid_cols[:b], c.costout, c.drop_prob)
                    cost_weight.append(keep * inverse_keep_rate(valid_cols[:b], c.costout, c.drop_prob)
                                       if c.rescale else keep.float())
            logits = model(x, [torch.stack(ms) for ms in masks] if use_dropout else None)
            digit_cost = F.cross_entropy(logits.view(-1, 10), targets.flatten(), reduction="none")
            digit_cost = digit_cost.view(len(members), b, n_cols)
            if step_hooks:
                subcosts = [digit_cost[k, :, j].mean() for k in range(len(members)) for j in range(n_cols)]
                for hook in step_hooks:
                    out = hook(epoch * n_steps + step, epoch, model, subcosts)
                    for key, value in (out or {}).items():
                        hook_sums[key] = hook_sums.get(key, 0.0) + float(value)
                        hook_counts[key] = hook_counts.get(key, 0) + 1
            kept = digit_cost if all_kept else digit_cost * torch.stack(cost_weight)
            member_cost = kept.sum(dim=2).mean(dim=1)  # C = sum of the kept digits' costs, batch mean
            if l2.any():
                member_cost = member_cost + l2 * sum(w.pow(2).sum(dim=(1, 2)) for w in model.weights)
            member_cost.sum().backward()
            with torch.no_grad():
                train_cost += digit_cost.detach().sum(dim=2).mean(dim=1)
                if step % first.grad_stats_every == 0:
                    # A pass over every gradient costs as much as a few percent of a step, so it
                    # is sampled; abs() then sum/amax is ~10x faster than linalg.vector_norm here.
                    abs_sum, abs_max, count = 0.0, torch.zeros(len(members)), 0
                    for param in model.parameters():
                        g = param.grad.view(len(members), -1).abs()
                        abs_sum = abs_sum + g.sum(dim=1)
                        abs_max = torch.maximum(abs_max, g.amax(dim=1))
                        count += g.shape[1]
                    grad_mean += abs_sum / count
                    grad_max += abs_max
                    grad_samples += 1
            optimizer.step()
            optimizer.zero_grad(set_to_none=True)
        train_seconds = time.perf_counter() - started

        scores = {split: evaluate(model, members, len(configs), split,
                                  first.eval_train_size if split == "train" else None)
                  for split in ("train", "valid", "test")}
        for i, config in enumerate(configs):
            ks = [k for k, m in enumerate(members) if m.config_index == i]
            record = {
                "run_id": config.run_id(), "epoch": epoch + 1,
                "train": scores["train"][i], "valid": scores["valid"][i], "test": scores["test"][i],
                "train_cost": sum(train_cost[k].item() for k in ks) / n_steps,
                "grad_abs_mean": sum(grad_mean[k].item() for k in ks) / len(ks) / grad_samples,
                "grad_abs_max": max(grad_max[k].item() for k in ks) / grad_samples,
                "bn_mix": model.bn_mix if first.batchnorm else None,
                "train_seconds": train_seconds, "group_size": len(configs),
                "train_examples": n_train, "config": dataclasses.asdict(config),
            }
            record.update({key: hook_sums[key] / hook_counts[key] for key in hook_sums})
            records[i].append(record)
            if out_dir is not None:
                _atomic_write(run_path(out_dir, config), "".join(json.dumps(r) + "\n" for r in records[i]))
        if checkpoint is not None:
            _atomic_write(checkpoint, {"model": model.state_dict(), "optimizer": optimizer.state_dict(),
                                       "init": [m.init.get_state() for m in members],
                                       "noise": [m.noise[0] for m in members],
                                       "records": records, "epoch": epoch + 1}, binary=True)
    if checkpoint is not None and checkpoint.is_file():
        checkpoint.unlink()
    return {config.run_id(): recs for config, recs in zip(configs, records)}


def fit(config, mnist=None, out_dir=None, checkpoint_dir=None, step_hooks=(), progress=True):
    """Train one configuration; returns its list of per-epoch records (see fit_group)."""
    return fit_group([config], mnist, out_dir, checkpoint_dir, step_hooks, progress)[config.run_id()]
