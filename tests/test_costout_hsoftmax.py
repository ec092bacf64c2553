"""The `costout_hsoftmax` criterion (fairseq_costout/criterions/costout_hsoftmax.py), run through
fairseq with the tiny `costout_lstm` and a k-expansion head (k = 8, so K = 4 digits here)."""
import contextlib
import io
import re

import pytest
import torch

import fairseq_helpers
from fairseq_helpers import generate, user_dir

TINY_KEXPANSION = ["--arch", "costout_lstm_tiny", "--output-head", "kexpansion"]


def train_args(data_dir, save_dir, extra=()):
    # The model comes with each test's flags (TINY_KEXPANSION); a higher lr than the LSTM tests'.
    return fairseq_helpers.train_args(data_dir, save_dir, ["--lr", "0.01", *extra], model=())


def build(data_dir, save_dir, flags):
    return fairseq_helpers.build(data_dir, save_dir, ["--lr", "0.01", *flags], model=())


def criterion_flags(*extra):
    return [*TINY_KEXPANSION, "--criterion", "costout_hsoftmax", *extra]


def capture_logits(model):
    """Make the decoder keep its last K*k digit logits, with their gradient."""
    captured = []
    real_output_layer = model.decoder.output_layer

    def output_layer(features):
        logits = real_output_layer(features)
        logits.retain_grad()
        captured.append(logits)
        return logits

    model.decoder.output_layer = output_layer
    return captured


@pytest.fixture(scope="module")
def setup(mt_data_bin, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hsoftmax")
    task, model, criterion = build(mt_data_bin, tmp, criterion_flags())
    itr = task.get_batch_iterator(dataset=task.dataset("train"), max_tokens=400, seed=1)
    sample = next(iter(itr.next_epoch_itr(shuffle=False)))
    model.train()
    return task, model, criterion, sample


def test_mode_none_nll_is_minus_log_p_of_get_normalized_probs(mt_data_bin, tmp_path, setup):
    task, model, _, sample = setup
    _, _, criterion = build(mt_data_bin, tmp_path, criterion_flags("--costout-mode", "none"))
    loss, sample_size, log = criterion(model, sample)
    target = sample["target"]
    valid = target.ne(task.target_dictionary.pad())
    with torch.no_grad():
        lprobs = model.get_normalized_probs(model(**sample["net_input"]), log_probs=True)
    assert lprobs.shape[-1] == len(task.target_dictionary)
    torch.testing.assert_close(lprobs.logsumexp(-1), torch.zeros(lprobs.shape[:-1]),
                               atol=1e-5, rtol=0)
    word_nll = -lprobs.gather(-1, target.unsqueeze(-1)).squeeze(-1)[valid].sum()
    torch.testing.assert_close(log["nll_loss"], word_nll, rtol=1e-5, atol=1e-4)
    # The full cost is the sum of the digit costs: >= the word nll (log Z <= 0), and all kept.
    assert log["loss"] >= log["nll_loss"] - 1e-4
    torch.testing.assert_close(loss.detach(), log["loss"])
    assert int(log["n_kept"]) == int(log["n_subcosts"]) == 4 * sample["ntokens"]
    assert sample_size == sample["ntokens"]
    expected_correct = (lprobs.argmax(-1).eq(target) & valid).sum()
    assert int(log["n_correct"]) == int(expected_correct)


def test_hard_mode_sends_gradient_through_exactly_one_segment_per_token(setup, drawn_keep_masks):
    task, model, criterion, sample = setup
    drawn = drawn_keep_masks
    captured = capture_logits(model)
    try:
        torch.manual_seed(5)
        loss, sample_size, log = criterion(model, sample)
        loss.backward()
    finally:
        del model.decoder.output_layer
        model.zero_grad()
    (logits,), (keep_mask,) = captured, drawn
    head = model.decoder.kexpansion
    segment_has_grad = logits.grad.unflatten(-1, (head.digits, head.k)).ne(0).any(-1)  # B x T x K
    valid = sample["target"].ne(task.target_dictionary.pad())
    assert torch.equal(segment_has_grad.sum(-1), valid.long())  # one segment per real token
    assert torch.equal(segment_has_grad, keep_mask)  # and it is the drawn one
    assert sample_size == sample["ntokens"]
    assert int(log["n_kept"]) == int(valid.sum())
    # Every digit position gets chosen somewhere (uniform over K): not always the same one.
    assert (keep_mask[valid].sum(0) > 0).all()


def test_soft_mode_keeps_each_digit_with_probability_one_minus_p(mt_data_bin, tmp_path, setup):
    _, model, _, sample = setup
    _, _, criterion = build(mt_data_bin, tmp_path, criterion_flags(
        "--costout-mode", "soft", "--costout-drop-prob", "0.3"))
    torch.manual_seed(0)
    _, _, log = criterion(model, sample)
    n = int(log["n_subcosts"])
    kept = int(log["n_kept"]) / n
    # Binomial(n, 0.7): 5 standard deviations.
    assert abs(kept - 0.7) < 5 * (0.21 / n) ** 0.5, (kept, n)


def test_rescale_weights_the_kept_digit_by_k_in_hard_mode(mt_data_bin, tmp_path, setup):
    _, model, criterion, sample = setup
    _, _, rescaled = build(mt_data_bin, tmp_path, criterion_flags("--costout-rescale"))
    torch.manual_seed(7)
    plain, _, _ = criterion(model, sample)
    torch.manual_seed(7)
    scaled, _, _ = rescaled(model, sample)
    torch.testing.assert_close(scaled, 4 * plain)


def test_evaluation_uses_every_digit(setup):
    _, model, criterion, sample = setup
    model.eval()
    try:
        with torch.no_grad():
            loss, _, log = criterion(model, sample)
    finally:
        model.train()
    assert int(log["n_kept"]) == int(log["n_subcosts"])
    torch.testing.assert_close(loss, log["loss"])


def test_label_smoothing_changes_the_cost_but_not_the_nll(mt_data_bin, tmp_path, setup):
    _, model, _, sample = setup
    _, _, plain = build(mt_data_bin, tmp_path, criterion_flags("--costout-mode", "none"))
    _, _, smoothed = build(mt_data_bin, tmp_path, criterion_flags(
        "--costout-mode", "none", "--label-smoothing", "0.1"))
    with torch.no_grad():
        _, _, log_plain = plain(model, sample)
        _, _, log_smoothed = smoothed(model, sample)
    torch.testing.assert_close(log_smoothed["nll_loss"], log_plain["nll_loss"])
    assert torch.isfinite(log_smoothed["loss"]) and log_smoothed["loss"] != log_plain["loss"]


@pytest.mark.parametrize("flag,value,option", [
    ("--costout-drop-prob", "1.5", "--costout-drop-prob"),
    ("--label-smoothing", "1.0", "--label-smoothing"),
])
def test_bad_options_are_errors_naming_the_option(mt_data_bin, tmp_path, flag, value, option):
    with pytest.raises(ValueError, match=option):
        build(mt_data_bin, tmp_path, criterion_flags(flag, value))


def test_costout_lstm_without_kexpansion_head_fails_when_built(mt_data_bin, tmp_path):
    with pytest.raises(ValueError, match="--output-head kexpansion"):
        build(mt_data_bin, tmp_path,
              ["--arch", "costout_lstm_tiny", "--criterion", "costout_hsoftmax"])


@pytest.mark.parametrize("arch", ["lstm", "transformer"])
def test_other_archs_fail_when_built_naming_the_arch_to_use(mt_data_bin, tmp_path, arch):
    with pytest.raises(ValueError, match=f"--arch costout_lstm.*--output-head kexpansion.*--arch {arch}"):
        build(mt_data_bin, tmp_path, ["--arch", arch, "--criterion", "costout_hsoftmax"])


def test_a_model_without_the_head_fails_before_any_update(mt_data_bin, tmp_path):
    # Where the arch cannot be checked up front (a model handed in directly), forward refuses it.
    task, model, _ = build(mt_data_bin, tmp_path, [
        "--arch", "lstm", "--encoder-embed-dim", "8", "--encoder-hidden-size", "8",
        "--decoder-embed-dim", "8", "--decoder-hidden-size", "8", "--decoder-out-embed-dim", "8",
        "--criterion", "cross_entropy"])
    _, _, criterion = build(mt_data_bin, tmp_path, criterion_flags())
    itr = task.get_batch_iterator(dataset=task.dataset("train"), max_tokens=100, seed=1)
    sample = next(iter(itr.next_epoch_itr(shuffle=False)))
    with pytest.raises(ValueError, match="--arch costout_lstm.*--output-head kexpansion"):
        criterion(model, sample)


def test_train_then_generate_and_interactive_with_beam_5(mt_data_bin, tmp_path, capsys):
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf
    from fairseq.distributed import utils as distributed_utils
    from fairseq_cli import train as train_cli
    args = train_args(mt_data_bin, tmp_path, criterion_flags("--max-update", "6"))
    distributed_utils.call_main(convert_namespace_to_omegaconf(args), train_cli.main)
    checkpoint = tmp_path / "checkpoint_last.pt"
    assert checkpoint.exists()

    out = generate(mt_data_bin, checkpoint)
    assert re.search(r"Generate test with beam=5: BLEU = \d+\.\d+", out), out[-2000:]
    hypotheses = re.findall(r"^H-\d+\t(-?\d+\.\d+)\t", out, flags=re.M)
    assert len(hypotheses) == 40
    # Scores are mean per-token log2-probabilities of a proper distribution: negative, finite.
    assert all(float(score) < 0 for score in hypotheses)

    from fairseq import options
    from fairseq_cli import interactive
    source = tmp_path / "source.en"
    source.write_text("click the button .\nthe help page .\n")
    parser = options.get_interactive_generation_parser()
    iargs = options.parse_args_and_arch(parser, [
        str(mt_data_bin), "--user-dir", user_dir(), "--path", str(checkpoint),
        "--source-lang", "en", "--target-lang", "fr", "--beam", "5", "--cpu",
        "--input", str(source), "--max-len-b", "10"])
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        interactive.main(convert_namespace_to_omegaconf(iargs))
    assert len(re.findall(r"^H-\d+\t", printed.getvalue(), flags=re.M)) == 2
