"""Keep-mask sampling for Cost-Out (Woo et al., Electronics 2021, 10, 989, section 3).

A total cost that is a sum of sub-costs, C = sum_c C^c, is trained at each update on a random
subset of its sub-costs; only the kept ones are back-propagated. Sub-costs are laid out as a
2-D grid: one row per independent draw (an image, a sentence, a target word) and one column per
sub-cost (a digit, a target word, a k-expansion digit). `valid_mask` marks the real sub-costs
(padding is never kept). Modes:

* ``none``: keep every valid sub-cost (the ordinary total cost; also what evaluation uses).
* ``soft``: keep each valid sub-cost independently with probability 1 - p (paper, eq. 4).
* ``hard``: guarantee that not all are kept. With ``keep_fraction=None`` exactly one valid
  sub-cost per row, uniformly (the two-digit MNIST and MT-hsoftmax settings, eqs. 10-12); with a
  fraction f, exactly max(1, round(f * n)) of the n valid sub-costs of each row, uniformly over
  subsets of that size (MT-sum, eq. 13, f = 0.5). Rounding is half-up: floor(f * n + 0.5).

Draws come from torch's global RNG on the mask's device, so fairseq's per-update seeding
(seed + num_updates) makes training reproducible and resume-exact.
"""
import torch

MODES = ("none", "soft", "hard")


def validate_options(mode, drop_prob=0.5, keep_fraction=None, prefix=""):
    """Raise ValueError naming the offending option; `prefix` is e.g. "--costout-" for fairseq."""
    if mode not in MODES:
        raise ValueError(f"{prefix}mode must be one of {', '.join(MODES)}; got {mode!r}")
    if not (isinstance(drop_prob, (int, float)) and 0.0 <= drop_prob <= 1.0):
        raise ValueError(f"{prefix}drop-prob must lie in [0, 1]; got {drop_prob!r}")
    if keep_fraction is not None and not (
        isinstance(keep_fraction, (int, float)) and 0.0 < keep_fraction <= 1.0
    ):
        raise ValueError(f"{prefix}keep-fraction must lie in (0, 1]; got {keep_fraction!r}")


def keep_counts(valid_mask, keep_fraction=None):
    """Number of sub-costs hard Cost-Out keeps in each row: 1, or max(1, round(f * n_valid)).

    Rows with no valid sub-cost keep 0.
    """
    n_valid = valid_mask.sum(dim=-1)
    if keep_fraction is None:
        return n_valid.clamp(max=1)
    # Half-up rounding, computed in float64 so that f * n is exact for the usual f (0.5).
    k = torch.floor(n_valid.double() * keep_fraction + 0.5).long()
    return torch.minimum(k.clamp(min=1), n_valid)


def sample_keep_mask(valid_mask, mode, drop_prob=0.5, keep_fraction=None):
    """Sample which sub-costs to keep this update.

    Args:
        valid_mask: bool tensor (..., n_subcosts); False marks padding.
        mode: "none", "soft" or "hard" (see the module docstring).
        drop_prob: p of soft Cost-Out, the probability of dropping each sub-cost.
        keep_fraction: for hard Cost-Out, the kept fraction f of each row; None keeps one.

    Returns:
        keep_mask: bool tensor shaped like `valid_mask`, a subset of it.
    """
    validate_options(mode, drop_prob, keep_fraction)
    valid_mask = valid_mask.bool()
    if mode == "none":
        return valid_mask.clone()
    if mode == "soft":
        # eq. 4: each sub-cost is kept independently with probability 1 - p.
        return valid_mask & (torch.rand(valid_mask.shape, device=valid_mask.device) >= drop_prob)
    # Hard: give each valid sub-cost a uniform random score and keep the k smallest of its row,
    # which is a uniform draw over the k-subsets. Padding scores 2 so it sorts after every valid
    # one; one sort per call keeps this O(n log n) on whatever device the mask lives on.
    k = keep_counts(valid_mask, keep_fraction)
    scores = torch.rand(valid_mask.shape, device=valid_mask.device).masked_fill(~valid_mask, 2.0)
    sorted_scores = scores.sort(dim=-1).values
    kth_score = sorted_scores.gather(-1, (k - 1).clamp(min=0).unsqueeze(-1))
    return valid_mask & (scores <= kth_score) & (k > 0).unsqueeze(-1)


def inverse_keep_rate(valid_mask, mode, drop_prob=0.5, keep_fraction=None):
    """Per-sub-cost weight 1 / P(kept), so that E[sum_kept w * C^c] = sum_c C^c.

    Used when the kept cost is rescaled to the full cost's expected scale, as inverted dropout
    rescales activations. Zero where the sub-cost is padding, and inf-free for p = 1 (weight 0,
    since nothing is ever kept).
    """
    validate_options(mode, drop_prob, keep_fraction)
    valid = valid_mask.bool()
    if mode == "none":
        return valid.float()
    if mode == "soft":
        rate = 1.0 - drop_prob
        return valid.float() * (1.0 / rate if rate > 0 else 0.0)
    n_valid = valid.sum(dim=-1, keepdim=True).float()
    k = keep_counts(valid, keep_fraction).unsqueeze(-1).float()
    weight = torch.where(k > 0, n_valid / k.clamp(min=1), torch.zeros_like(k))
    return valid.float() * weight



def kept_cost(subcosts, valid_mask, mode, drop_prob=0.5, keep_fraction=None, rescale=False):
    """The Cost-Out cost of one update (eq. 5): sample a keep mask and sum the kept sub-costs.

    Args:
        subcosts: float tensor shaped like `valid_mask`, each sub-cost C^c (with its graph).
        rescale: weight each kept sub-cost by 1 / P(kept) (see `inverse_keep_rate`), so the
            expected cost and gradient equal the full cost's; off is the paper's plain sum.

    Returns:
        (kept_cost, keep_mask): a scalar to back-propagate, and the bool mask that was drawn.
        Sub-costs that are not kept contribute exactly zero, even where they are inf or NaN.
    """
    keep_mask = sample_keep_mask(valid_mask, mode, drop_prob, keep_fraction)
    if rescale:
        weight = inverse_keep_rate(valid_mask, mode, drop_prob, keep_fraction).to(subcosts.dtype)
    else:
        weight = torch.ones((), dtype=subcosts.dtype, device=subcosts.device)
    return (subcosts.masked_fill(~keep_mask, 0.0) * weight).sum(), keep_mask
