"""Properties of the Cost-Out keep-mask sampler (costout/masks.py)."""
import itertools

import pytest
import torch
from scipy import stats

from costout import inverse_keep_rate, keep_counts, kept_cost, sample_keep_mask, validate_options


def random_valid_mask(rows, cols, seed):
    """Rows of real sub-costs followed by padding, with lengths 0..cols (0: all padding)."""
    gen = torch.Generator().manual_seed(seed)
    lengths = torch.randint(0, cols + 1, (rows,), generator=gen)
    return torch.arange(cols).unsqueeze(0) < lengths.unsqueeze(1)


@pytest.mark.parametrize("mode,keep_fraction", [
    ("none", None), ("soft", None), ("hard", None), ("hard", 0.5), ("hard", 0.3), ("hard", 1.0)])
@pytest.mark.parametrize("seed", range(5))
def test_padding_is_never_kept(mode, keep_fraction, seed):
    valid = random_valid_mask(64, 17, seed)
    torch.manual_seed(seed)
    keep = sample_keep_mask(valid, mode, 0.5, keep_fraction)
    assert keep.dtype == torch.bool and keep.shape == valid.shape
    assert not (keep & ~valid).any()


@pytest.mark.parametrize("seed", range(5))
def test_hard_keeps_exactly_one_per_row(seed):
    valid = random_valid_mask(200, 9, seed)
    torch.manual_seed(seed)
    kept_per_row = sample_keep_mask(valid, "hard").sum(-1)
    n_valid = valid.sum(-1)
    assert torch.equal(kept_per_row, (n_valid > 0).long())


@pytest.mark.parametrize("keep_fraction", [0.5, 0.25, 0.7, 1.0])
@pytest.mark.parametrize("seed", range(3))
def test_hard_fraction_keeps_round_half_up_at_least_one(keep_fraction, seed):
    valid = random_valid_mask(300, 41, seed)
    torch.manual_seed(seed)
    kept_per_row = sample_keep_mask(valid, "hard", keep_fraction=keep_fraction).sum(-1)
    for n, kept in zip(valid.sum(-1).tolist(), kept_per_row.tolist()):
        expected = 0 if n == 0 else min(n, max(1, int(n * keep_fraction + 0.5)))
        assert kept == expected, (n, kept, expected)


def test_keep_counts_half_of_odd_lengths_rounds_up():
    valid = torch.arange(6).unsqueeze(0) < torch.tensor([[1], [2], [3], [4], [5], [0]])
    assert keep_counts(valid, 0.5).tolist() == [1, 1, 2, 2, 3, 0]
    assert keep_counts(valid).tolist() == [1, 1, 1, 1, 1, 0]


def test_hard_one_is_uniform_over_valid_positions():
    n_valid, draws = 5, 20000
    valid = torch.zeros(draws, 8, dtype=torch.bool)
    valid[:, :n_valid] = True
    torch.manual_seed(0)
    counts = sample_keep_mask(valid, "hard").sum(0)[:n_valid].double()
    assert counts.sum() == draws
    assert stats.chisquare(counts.numpy()).pvalue > 1e-3


def test_hard_fraction_is_uniform_over_subsets():
    # 2 of 4 kept: each of the 6 subsets should come up equally often.
    draws = 24000
    valid = torch.ones(draws, 4, dtype=torch.bool)
    torch.manual_seed(1)
    keep = sample_keep_mask(valid, "hard", keep_fraction=0.5)
    subsets = list(itertools.combinations(range(4), 2))
    index = {s: i for i, s in enumerate(subsets)}
    counts = torch.zeros(len(subsets))
    for row in keep.tolist():
        counts[index[tuple(i for i, k in enumerate(row) if k)]] += 1
    assert counts.sum() == draws
    assert stats.chisquare(counts.numpy()).pvalue > 1e-3


@pytest.mark.parametrize("drop_prob", [0.1, 0.5, 0.8])
def test_soft_keeps_each_with_probability_one_minus_p(drop_prob):
    valid = torch.ones(400, 50, dtype=torch.bool)
    torch.manual_seed(2)
    kept = int(sample_keep_mask(valid, "soft", drop_prob).sum())
    assert stats.binomtest(kept, valid.numel(), 1 - drop_prob).pvalue > 1e-3


def test_soft_p0_keeps_all_and_p1_keeps_none():
    valid = random_valid_mask(50, 12, 3)
    assert torch.equal(sample_keep_mask(valid, "soft", 0.0), valid)
    assert not sample_keep_mask(valid, "soft", 1.0).any()
    assert torch.equal(sample_keep_mask(valid, "none"), valid)


@pytest.mark.parametrize("mode,keep_fraction", [("soft", None), ("hard", None), ("hard", 0.5)])
def test_same_seed_same_mask_other_seed_other_mask(mode, keep_fraction):
    valid = random_valid_mask(100, 20, 4)
    masks = []
    for seed in (7, 7, 8):
        torch.manual_seed(seed)
        masks.append(sample_keep_mask(valid, mode, 0.5, keep_fraction))
    assert torch.equal(masks[0], masks[1])
    assert not torch.equal(masks[0], masks[2])


def test_hard_rescaled_row_sums_equal_number_of_valid_subcosts():
    # With weights 1/P(kept), every row's kept weight adds up to its full count exactly.
    valid = random_valid_mask(100, 15, 5)
    for keep_fraction in (None, 0.5, 0.3):
        torch.manual_seed(0)
        keep = sample_keep_mask(valid, "hard", keep_fraction=keep_fraction)
        weight = inverse_keep_rate(valid, "hard", keep_fraction=keep_fraction)
        assert torch.allclose((keep * weight).sum(-1), valid.sum(-1).float())
        assert not (weight * ~valid).any()


def test_soft_rescaled_is_unbiased():
    valid = torch.ones(2000, 10, dtype=torch.bool)
    torch.manual_seed(6)
    keep = sample_keep_mask(valid, "soft", 0.3)
    weighted = (keep * inverse_keep_rate(valid, "soft", 0.3)).sum(-1)
    mean, sem = weighted.mean(), weighted.std() / len(weighted) ** 0.5
    assert abs(mean - 10) < 4 * sem
    assert not inverse_keep_rate(valid, "soft", 1.0).any()  # nothing is kept; no inf weights


@pytest.mark.parametrize("kwargs,option", [
    (dict(mode="sometimes"), "--costout-mode"),
    (dict(mode="soft", drop_prob=1.5), "--costout-drop-prob"),
    (dict(mode="soft", drop_prob=-0.1), "--costout-drop-prob"),
    (dict(mode="hard", keep_fraction=0.0), "--costout-keep-fraction"),
    (dict(mode="hard", keep_fraction=1.2), "--costout-keep-fraction"),
])
def test_bad_options_name_the_option(kwargs, option):
    with pytest.raises(ValueError, match=option):
        validate_options(prefix="--costout-", **kwargs)
    with pytest.raises(ValueError):
        sample_keep_mask(torch.ones(2, 3, dtype=torch.bool), kwargs.pop("mode"), **kwargs)


@pytest.mark.parametrize("mode,keep_fraction", [("none", None), ("soft", None), ("hard", None),
                                                ("hard", 0.5)])
def test_kept_cost_is_the_sum_over_the_drawn_mask(mode, keep_fraction):
    valid = random_valid_mask(40, 11, 7)
    subcosts = torch.rand(valid.shape, requires_grad=True)
    torch.manual_seed(3)
    cost, keep = kept_cost(subcosts, valid, mode, 0.5, keep_fraction)
    torch.manual_seed(3)
    assert torch.equal(keep, sample_keep_mask(valid, mode, 0.5, keep_fraction))
    torch.testing.assert_close(cost, subcosts[keep].sum())
    cost.backward()
    assert torch.equal(subcosts.grad, keep.float())  # gradient only through kept sub-costs


def test_kept_cost_ignores_inf_in_dropped_and_padded_subcosts():
    valid = random_valid_mask(30, 8, 8)
    subcosts = torch.rand(valid.shape).masked_fill(~valid, float("inf")).requires_grad_()
    cost, keep = kept_cost(subcosts, valid, "hard", rescale=True)
    cost.backward()
    assert torch.isfinite(cost) and torch.isfinite(subcosts.grad).all()


def test_rescaled_hard_kept_cost_of_unit_subcosts_is_the_full_count():
    valid = random_valid_mask(50, 13, 9)
    for keep_fraction in (None, 0.5):
        cost, _ = kept_cost(torch.ones(valid.shape), valid, "hard", keep_fraction=keep_fraction,
                            rescale=True)
        torch.testing.assert_close(cost, valid.sum().float())
