"""mnist_tasks.train: the step-hook contract, Cost-Out masking, batched == separate, resume."""
import math

import pytest
import torch
import torch.nn.functional as F

from mnist_tasks.data import build_task, load_mnist
from mnist_tasks.train import RunConfig, fit, fit_group, is_finished, read_run, run_path

SMALL = dict(width=32, depth=2, epochs=2, batch_size=32, train_size=256, eval_size=200,
             eval_train_size=200)


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    # Tiny matmuls: a second thread only adds contention on this shared 2-core machine.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="module")
def mnist():
    return load_mnist()


class Recorder:
    """A step hook that keeps what it was given and returns the first sub-cost's value."""

    def __init__(self):
        self.calls = []
        self.model = None

    def __call__(self, step, epoch, model, subcosts):
        self.model = model
        self.calls.append((step, epoch, [s.detach().clone() for s in subcosts],
                           [p.detach().clone() for p in model.parameters()] if step == 0 else None))
        return {"subcost_sum": sum(s.item() for s in subcosts), "first": subcosts[0].item()}


def test_hook_contract(mnist):
    config = RunConfig(costout="hard", **SMALL)
    seen = []

    def grad_hook(step, epoch, model, subcosts):
        # The contract: scalar sub-costs attached to the graph, one per digit, differentiable.
        assert len(subcosts) == 2 and all(s.dim() == 0 and s.requires_grad for s in subcosts)
        assert isinstance(model, torch.nn.Module)
        grads = torch.autograd.grad(subcosts[0], list(model.parameters()), retain_graph=True)
        seen.append((step, epoch))
        return {"grad_norm0": float(sum(g.pow(2).sum() for g in grads).sqrt())}

    recorder = Recorder()
    records = fit(config, mnist, step_hooks=[grad_hook, recorder], progress=False)
    steps_per_epoch = math.ceil(256 / 32)
    assert seen == [(s, s // steps_per_epoch) for s in range(2 * steps_per_epoch)]
    for epoch, record in enumerate(records):
        calls = [c for c in recorder.calls if c[1] == epoch]
        sums = [sum(s.item() for s in c[2]) for c in calls]
        # Dicts are averaged per epoch and merged into the record ...
        assert record["subcost_sum"] == pytest.approx(sum(sums) / len(sums), rel=1e-6)
        assert record["grad_norm0"] > 0
        # ... and the sub-costs are the unmasked per-digit means: they sum to the full cost.
        assert record["train_cost"] == pytest.approx(record["subcost_sum"], rel=1e-5)


def _bias_change(mnist, mode, seed):
    recorder = Recorder()
    config = RunConfig(costout=mode, seed=seed, optimizer="sgd", lr=0.5, batch_size=1, epochs=1, train_size=1,
                       width=16, depth=1, eval_size=10, eval_train_size=1)
    fit(config, mnist, step_hooks=[recorder], progress=False)
    before = recorder.calls[0][3][-1]  # output bias, (1, 1, 20) before the single update
    after = recorder.model.biases[-1].detach()
    return (after - before).view(2, 10).abs().sum(dim=1)


@pytest.mark.parametrize("seed", range(3))
def test_hard_costout_trains_one_digit_per_image(mnist, seed):
    assert (_bias_change(mnist, "hard", seed) > 0).sum().item() == 1
    assert (_bias_change(mnist, "none", seed) > 0).all()


def test_modes_share_init_and_order(mnist):
    hooks = {mode: Recorder() for mode in ("none", "hard")}
    for mode, hook in hooks.items():
        fit(RunConfig(costout=mode, **dict(SMALL, epochs=1)), mnist, step_hooks=[hook], progress=False)
    for a, b in zip(hooks["none"].calls[0][3], hooks["hard"].calls[0][3]):
        assert torch.equal(a, b)
    # Same first batch: identical sub-costs at step 0 (before any update).
    assert torch.equal(torch.stack(hooks["none"].calls[0][2]), torch.stack(hooks["hard"].calls[0][2]))


def test_batched_group_matches_separate_runs(mnist):
    configs = [RunConfig(costout="hard", seed=0, **SMALL),
               RunConfig(costout="soft", seed=1, dropout=0.3, **SMALL),
               RunConfig(costout="none", seed=2, l2=1e-3, **SMALL)]
    together = fit_group(configs, mnist, progress=False)
    for config in configs:
        alone = fit(config, mnist, progress=False)
        for a, b in zip(alone, together[config.run_id()]):
            assert a["train_cost"] == pytest.approx(b["train_cost"], rel=1e-4)
            assert a["grad_abs_mean"] == pytest.approx(b["grad_abs_mean"], rel=1e-4)
            assert a["test"]["cost"] == pytest.approx(b["test"]["cost"], rel=1e-4)


def test_engine_matches_plain_pytorch_loop(mnist):
    """K = 1 engine == nn.Linear + tanh + Adam, fed the same init, order and batches."""
    config = RunConfig(task="tdc-same", costout="none", **dict(SMALL, epochs=1))
    recorder = Recorder()
    fit(config, mnist, step_hooks=[recorder], progress=False)
    init = recorder.calls[0][3]  # weights (1, in, out) and biases (1, 1, out), interleaved below
    n_layers = len(init) // 2
    weights, biases = init[:n_layers], init[n_layers:]
    layers = []
    for w, b in zip(weights, biases):
        linear = torch.nn.Linear(w.shape[1], w.shape[2])
        with torch.no_grad():
            linear.weight.copy_(w[0].T)
            linear.bias.copy_(b[0, 0])
        layers += [linear, torch.nn.Tanh()]
    plain = torch.nn.Sequential(*layers[:-1])
    optimizer = torch.optim.Adam(plain.parameters(), lr=config.lr, betas=(0.9, 0.999))
    data = build_task(config.task, mnist, config.seed, {"train": config.train_size})["train"]
    from mnist_tasks.train import _member_seed  # the member's init stream: weights, then shuffles
    generator = torch.Generator().manual_seed(_member_seed(config.seed, 0, 0))
    for w, b in zip(weights, biases):  # replay the init draws to reach the shuffle
        torch.rand(w.shape[1:], generator=generator), torch.rand(b.shape[1:], generator=generator)
    perm = torch.randperm(len(data), generator=generator)
    for start in range(0, len(data), config.batch_size):
        rows = perm[start:start + config.batch_size]
        logits = plain(data.inputs(rows)).view(len(rows), 2, 10)
        cost = F.cross_entropy(logits.flatten(0, 1), data.labels[rows].flatten(), reduction="none")
        cost.view(len(rows), 2).sum(dim=1).mean().backward()
        optimizer.step()
        optimizer.zero_grad()
    engine_params = list(recorder.model.parameters())
    for k, linear in enumerate(l for l in plain if isinstance(l, torch.nn.Linear)):
        assert torch.allclose(engine_params[k][0], linear.weight.T, atol=1e-6)
        assert torch.allclose(engine_params[n_layers + k][0, 0], linear.bias, atol=1e-6)


def test_ensemble_reports_both_networks(mnist):
    records = fit(RunConfig(task="ensemble-disjoint", **dict(SMALL, epochs=1)), mnist, progress=False)
    test = records[0]["test"]
    assert set(test) >= {"digit0", "digit1", "both", "mean"}
    assert test["both"] <= min(test["digit0"], test["digit1"])
    assert test["mean"] == pytest.approx((test["digit0"] + test["digit1"]) / 2)


def test_resume_from_checkpoint_matches_uninterrupted(mnist, tmp_path):
    config = RunConfig(costout="soft", dropout=0.2, batchnorm=True, **SMALL)

    def crash(step, epoch, model, subcosts):
        if epoch == 1:
            raise KeyboardInterrupt
        return None

    with pytest.raises(KeyboardInterrupt):
        fit(config, mnist, out_dir=tmp_path / "runs", checkpoint_dir=tmp_path / "ckpt",
            step_hooks=[crash], progress=False)
    assert len(read_run(run_path(tmp_path / "runs", config))) == 1
    assert not is_finished(tmp_path / "runs", config)
    resumed = fit(config, mnist, out_dir=tmp_path / "runs", checkpoint_dir=tmp_path / "ckpt", progress=False)
    straight = fit(config, mnist, progress=False)
    assert is_finished(tmp_path / "runs", config)
    assert not list((tmp_path / "ckpt").iterdir())  # checkpoint removed when done
    for a, b in zip(resumed, straight):
        assert a["test"] == b["test"] and a["train_cost"] == pytest.approx(b["train_cost"], rel=1e-6)


@pytest.mark.parametrize("bad, option", [(dict(costout="half"), "mode"),
                                         (dict(drop_prob=1.5), "drop-prob"),
                                         (dict(optimizer="rmsprop"), "optimizer"),
                                         (dict(task="triple"), "task"),
                                         (dict(depth=0), "depth")])
def test_bad_config_names_the_option(bad, option):
    with pytest.raises(ValueError, match=option):
        RunConfig(**bad)


def test_group_rejects_mixed_architectures():
    with pytest.raises(ValueError, match="differ"):
        fit_group([RunConfig(width=8), RunConfig(width=16)], mnist={})
