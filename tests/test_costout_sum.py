"""The `costout_sum` criterion (fairseq_costout/criterions/costout_sum.py), run through fairseq."""
import math
import re

import pytest
import torch

from fairseq_helpers import build, generate, train


def first_batch(task):
    itr = task.get_batch_iterator(dataset=task.dataset("train"), max_tokens=400, seed=1)
    return next(iter(itr.next_epoch_itr(shuffle=False)))


def loss_and_grads(criterion, model, sample, seed=0):
    model.zero_grad()
    torch.manual_seed(seed)
    loss, sample_size, logging_output = criterion(model, sample)
    loss.backward()
    grads = {n: p.grad.clone() for n, p in model.named_parameters() if p.grad is not None}
    return loss.detach(), sample_size, logging_output, grads


@pytest.fixture(scope="module")
def setup(mt_data_bin, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("build")
    task, model, criterion = build(mt_data_bin, tmp, ["--criterion", "costout_sum"])
    model.train()
    return task, model, criterion, first_batch(task)


def test_mode_none_equals_cross_entropy(mt_data_bin, tmp_path, setup):
    task, model, _, sample = setup
    _, _, reference = build(mt_data_bin, tmp_path, ["--criterion", "cross_entropy"])
    _, _, costout_none = build(mt_data_bin, tmp_path,
                               ["--criterion", "costout_sum", "--costout-mode", "none"])
    ref_loss, ref_size, _, ref_grads = loss_and_grads(reference, model, sample)
    loss, size, log, grads = loss_and_grads(costout_none, model, sample)
    assert size == ref_size == sample["ntokens"]
    torch.testing.assert_close(loss, ref_loss)
    torch.testing.assert_close(log["loss"], ref_loss)
    assert int(log["n_kept"]) == sample["ntokens"]
    assert ref_grads.keys() == grads.keys() and len(grads) > 5
    for name in ref_grads:
        torch.testing.assert_close(grads[name], ref_grads[name], msg=name)


def test_hard_mode_gradient_comes_only_from_kept_words(setup, drawn_keep_masks):
    task, model, criterion, sample = setup
    loss, size, log, grads = loss_and_grads(criterion, model, sample)
    (keep_mask,) = drawn_keep_masks

    target = sample["target"]
    valid = target.ne(task.target_dictionary.pad())
    n_valid = valid.sum(-1)
    assert torch.equal(keep_mask.sum(-1), torch.floor(n_valid * 0.5 + 0.5).long().clamp(min=1))
    assert not (keep_mask & ~valid).any()
    assert size == sample["ntokens"]  # the denominator does not depend on the draw

    # Reference: the gradient of the plain sum of the kept words' costs, computed independently.
    model.zero_grad()
    lprobs = model.get_normalized_probs(model(**sample["net_input"]), log_probs=True)
    kept_nll = -lprobs[keep_mask].gather(-1, target[keep_mask].unsqueeze(-1)).sum()
    kept_nll.backward()
    torch.testing.assert_close(loss, kept_nll.detach())
    for name, p in model.named_parameters():
        torch.testing.assert_close(grads[name], p.grad, msg=name)

    # ... and it is not the full cost's gradient.
    full = -lprobs.detach()[valid].gather(-1, target[valid].unsqueeze(-1)).sum()
    torch.testing.assert_close(log["loss"], full)
    assert log["costout_loss"] < log["loss"]


def test_rescaled_hard_matches_full_cost_scale(setup, mt_data_bin, tmp_path):
    task, model, _, sample = setup
    _, _, rescaled = build(mt_data_bin, tmp_path, ["--criterion", "costout_sum", "--costout-rescale"])
    losses = [loss_and_grads(rescaled, model, sample, seed)[0] for seed in range(30)]
    full = loss_and_grads(rescaled, model.eval(), sample)[0]
    model.train()
    mean = torch.stack(losses).mean()
    sem = torch.stack(losses).std() / math.sqrt(len(losses))
    assert abs(mean - full) < 4 * sem + 1e-4 * full


def test_eval_mode_uses_every_word(setup):
    task, model, criterion, sample = setup
    model.eval()
    try:
        loss, _, log, _ = loss_and_grads(criterion, model, sample)
    finally:
        model.train()
    assert int(log["n_kept"]) == sample["ntokens"]
    torch.testing.assert_close(loss, log["loss"])


def test_soft_mode_keeps_about_one_minus_p(setup, mt_data_bin, tmp_path):
    task, model, _, sample = setup
    _, _, soft = build(mt_data_bin, tmp_path, ["--criterion", "costout_sum", "--costout-mode", "soft",
                                               "--costout-drop-prob", "0.25"])
    kept = sum(int(loss_and_grads(soft, model, sample, seed)[2]["n_kept"]) for seed in range(10))
    total = 10 * sample["ntokens"]
    assert abs(kept / total - 0.75) < 4 * math.sqrt(0.75 * 0.25 / total)


def test_nothing_kept_or_all_padding_gives_finite_zero_loss(setup, mt_data_bin, tmp_path):
    task, model, _, sample = setup
    _, _, drop_all = build(mt_data_bin, tmp_path, ["--criterion", "costout_sum", "--costout-mode", "soft",
                                                   "--costout-drop-prob", "1.0", "--costout-rescale"])
    loss, _, log, grads = loss_and_grads(drop_all, model, sample)
    assert loss.item() == 0.0 and int(log["n_kept"]) == 0
    assert all(torch.isfinite(g).all() for g in grads.values())

    padded = dict(sample, target=torch.full_like(sample["target"], task.target_dictionary.pad()),
                  ntokens=0)
    _, _, hard = build(mt_data_bin, tmp_path, ["--criterion", "costout_sum"])
    loss, size, log, grads = loss_and_grads(hard, model, padded)
    assert torch.isfinite(loss) and loss.item() == 0.0 and size == 0
    assert all(torch.isfinite(g).all() for g in grads.values())


@pytest.mark.parametrize("flags,option", [
    (["--costout-drop-prob", "1.5"], "--costout-drop-prob"),
    (["--costout-drop-prob", "-0.5"], "--costout-drop-prob"),
    (["--costout-keep-fraction", "0"], "--costout-keep-fraction"),
    (["--costout-keep-fraction", "1.01"], "--costout-keep-fraction"),
])
def test_bad_values_name_the_option(mt_data_bin, tmp_path, flags, option):
    with pytest.raises(ValueError, match=option):
        build(mt_data_bin, tmp_path, ["--criterion", "costout_sum", *flags])


def test_unknown_mode_names_the_option(mt_data_bin, tmp_path, capsys):
    with pytest.raises(SystemExit):
        build(mt_data_bin, tmp_path, ["--criterion", "costout_sum", "--costout-mode", "sometimes"])
    assert "--costout-mode" in capsys.readouterr().err


def test_train_resume_and_generate_bleu(mt_data_bin, tmp_path, caplog):
    """fairseq-train with costout_sum, resumed mid-run, ends where an uninterrupted run does;
    fairseq-generate then loads the checkpoint and prints a sacrebleu BLEU line."""
    straight, resumed = tmp_path / "straight", tmp_path / "resumed"
    with caplog.at_level("INFO"):
        train(mt_data_bin, straight, ["--criterion", "costout_sum", "--max-update", "6"])
    assert re.search(r"kept_frac 0\.[56]\d*", caplog.text)  # about half the words, per update
    train(mt_data_bin, resumed, ["--criterion", "costout_sum", "--max-update", "3"])
    train(mt_data_bin, resumed, ["--criterion", "costout_sum", "--max-update", "6"])

    final = [torch.load(d / "checkpoint_last.pt", weights_only=False)["model"] for d in (straight, resumed)]
    assert final[0].keys() == final[1].keys()
    for name in final[0]:
        torch.testing.assert_close(final[0][name], final[1][name], msg=name)

    printed = generate(mt_data_bin, straight / "checkpoint_last.pt")
    assert re.search(r"Generate test with beam=5: BLEU = \d+\.\d+", printed), printed[-2000:]
