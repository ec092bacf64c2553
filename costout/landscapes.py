"""Toy 1-D landscapes and optimiser runs for the paper's Figure 1 and Figure 3 / Table 2.

Woo et al., Electronics 2021, 10, 989, sections 3.3-3.4. Costs are maximised (the paper's
ascent convention): each sub-cost is a sum of Gaussian densities ("bumps") of x.

* Figure 1 (`figure1_landscape`): cost1 = N(x; 0.3, 0.3), cost2 = N(x; -0.3, 0.3). The means
  are one standard deviation from 0, so their sum has a flat top there (its second derivative
  vanishes at 0): a plateau on which the two gradients conflict and cancel. Figure 3 / Table 2
  run on it too: left (-0.3, cost2's optimum), centre (0, the sum's) and right (0.3, cost1's).
* `three_optima_landscape`: the same pair plus a bump shared by both sub-costs on each side
  (at -1.19 and +1.19), so that the sum has three optima, the outer two higher than the
  centre and separated from it by valleys: does Cost-Out also cross a barrier? (It does not.)

`run_optimizer` simulates many independent 1-D runs at once as one parameter vector (every
optimiser here acts elementwise, so each entry is a run of its own): plain SGD, Adam and
AdaDelta on the sum, and SGD with Cost-Out, whose keep-masks are drawn per run and per update by
the shared core (`costout.sample_keep_mask`).
"""
import math

import torch
from tqdm import tqdm

from costout.masks import sample_keep_mask, validate_options
from costout.pressure import escaping_pressure, sequential_two_step, subset_probabilities

OPTIMIZERS = ("sgd", "adam", "adadelta", "costout-hard", "costout-soft")


class Landscape:
    """Sub-costs that are sums of weighted Gaussian densities of a scalar x (maximised).

    Args:
        bumps: one list per sub-cost of (weight, mean, std) triples.
        landmarks: the named points runs are classified by (nearest wins), e.g.
            {"left": -0.3, "centre": 0.0, "right": 0.3}.
    """

    def __init__(self, bumps, landmarks):
        if len(bumps) < 2:
            raise ValueError("bumps: a Cost-Out landscape needs at least two sub-costs")
        for c, subcost in enumerate(bumps):
            for weight, mean, std in subcost:
                if std <= 0:
                    raise ValueError(f"bumps[{c}]: std must be > 0; got {std}")
        self.bumps = [list(map(tuple, subcost)) for subcost in bumps]
        self.landmarks = dict(sorted(landmarks.items(), key=lambda item: item[1]))

    @property
    def n_subcosts(self):
        return len(self.bumps)

    def subcosts(self, x):
        """Sub-cost values, shape x.shape + (n_subcosts,); differentiable in x."""
        columns = []
        for subcost in self.bumps:
            value = torch.zeros_like(x)
            for weight, mean, std in subcost:
                value = value + weight * torch.exp(-0.5 * ((x - mean) / std) ** 2) / (
                    std * math.sqrt(2 * math.pi))
            columns.append(value)
        return torch.stack(columns, dim=-1)

    def total(self, x):
        return self.subcosts(x).sum(-1)

    def derivatives(self, x):
        """First and second derivatives of each sub-cost at the points x: two (len(x), n)."""
        x = x.detach().clone().requires_grad_(True)
        values = self.subcosts(x)
        first, second = [], []
        for c in range(self.n_subcosts):
            (d1,) = torch.autograd.grad(values[..., c].sum(), x, create_graph=True)
            (d2,) = torch.autograd.grad(d1.sum(), x, retain_graph=True)
            first.append(d1.detach())
            second.append(d2.detach())
        return torch.stack(first, -1), torch.stack(second, -1)

    def optima_and_valleys(self, lo=-3.0, hi=3.0, n_points=12001):
        """Local maxima and minima of the total cost on [lo, hi], by sign changes of its slope."""
        x = torch.linspace(lo, hi, n_points, dtype=torch.float64)
        slope = self.derivatives(x)[0].sum(-1)
        sign = torch.sign(slope)
        change = torch.nonzero(sign[:-1] != sign[1:]).flatten()
        optima = [x[i].item() for i in change if sign[i] > 0]
        valleys = [x[i].item() for i in change if sign[i] < 0]
        return optima, valleys


def figure1_landscape():
    """Figure 1: cost1 = N(0.3, 0.3), cost2 = N(-0.3, 0.3).

    Landmarks: cost2's optimum (left, -0.3), the total's flat-topped optimum (centre, 0) and
    cost1's optimum (right, 0.3). Between -0.3 and 0.3 the sub-costs' gradients conflict.
    """
    return Landscape([[(1.0, 0.3, 0.3)], [(1.0, -0.3, 0.3)]],
                     {"left": -0.3, "centre": 0.0, "right": 0.3})


def three_optima_landscape(centre_std=0.3018, side_weight=0.7, side_mean=1.2, side_std=0.3):
    """Figure 3 / Table 2: Figure 1's pair plus a bump both sub-costs share on each side.

    The centre pair is a hair wider than Figure 1's (std 0.3018, not 0.3) so that, with the
    side bumps' tails added, the total's second derivative still vanishes at 0: the same flat
    top as Figure 1 (with 0.3 it would split into two optima at +-0.06). Three basins, left,
    centre and right; the outer optima (+-1.19, total 1.88) are higher than the centre (1.61).
    """
    shared = [(side_weight, -side_mean, side_std), (side_weight, side_mean, side_std)]
    bumps = [[(1.0, 0.3, centre_std)] + shared, [(1.0, -0.3, centre_std)] + shared]
    optima, _ = Landscape(bumps, {}).optima_and_valleys()
    return Landscape(bumps, {"left": optima[0], "centre": 0.0, "right": optima[-1]})


def pressure_curve(landscape, x, drop_prob=0.5, mode="soft", keep_fraction=None):
    """Eq. 9 at every point of x (the 1-D Hessian is its own diagonal): delta(x), shape x."""
    x = x.detach().clone().requires_grad_(True)
    values = landscape.subcosts(x)
    # Points are independent, so summing over them keeps each point's derivatives apart.
    subcosts = [values[..., c].sum() for c in range(landscape.n_subcosts)]
    return escaping_pressure([x], subcosts, drop_prob, mode, keep_fraction, hessian="full")


def expected_gradients(landscape, x, lr, drop_prob=0.5, mode="soft", keep_fraction=None):
    """The gradient panel of Figure 1, as a dict of curves over x.

    first_order (eq. 3 as read here): E over the keep mask of one Cost-Out update / lr, i.e.
        sum_c P(c kept) grad^c = (1 - p) grad C for soft Cost-Out.
    second_order: grad C + lr * delta, the expected pair of complementary updates / lr to
        second order (eq. 9).
    pair_exact: the same expectation without Taylor expansion, by enumerating every keep-subset
        and running `sequential_two_step` (checks the second-order curve).
    """
    grads, _ = landscape.derivatives(x)
    validate_options(mode, drop_prob, keep_fraction)
    subsets = subset_probabilities(landscape.n_subcosts, mode, drop_prob, keep_fraction)
    keep_rate = sum(prob * keep_mask.double() for keep_mask, prob in subsets)
    delta = pressure_curve(landscape, x, drop_prob, mode, keep_fraction)
    pair_exact = torch.zeros_like(x)
    for keep_mask, prob in subsets:
        theta_2 = sequential_two_step(x, lambda t: landscape.subcosts(t).sum(0), keep_mask, lr)
        pair_exact += prob * (theta_2 - x) / lr
    return {
        "grad_sum": grads.sum(-1),
        "first_order": (grads * keep_rate).sum(-1),
        "second_order": grads.sum(-1) + lr * delta,
        "pair_exact": pair_exact,
        "delta": delta,
    }


def run_optimizer(landscape, starts, optimizer, lr, steps, drop_prob=0.5, seed=0,
                  record_every=1, progress=False):
    """Run `optimizer` from every start at once; returns the trajectory (n_records, len(starts)).

    "sgd", "adam", "adadelta": torch.optim on the total cost (maximize=True: the paper's
    ascent). "costout-hard" / "costout-soft": SGD on the kept sub-costs only, with keep-masks
    drawn per run and per update by `sample_keep_mask` (hard keeps one of the sub-costs, soft
    drops each with probability drop_prob). Seeded with `seed`; `progress` shows a tqdm bar.
    """
    if optimizer not in OPTIMIZERS:
        raise ValueError(f"optimizer must be one of {', '.join(OPTIMIZERS)}; got {optimizer!r}")
    if steps < 1 or record_every < 1:
        raise ValueError("steps and record_every must be >= 1")
    torch.manual_seed(seed)
    x = torch.nn.Parameter(torch.as_tensor(starts, dtype=torch.float64).clone())
    if optimizer == "adam":
        opt = torch.optim.Adam([x], lr=lr, maximize=True)
    elif optimizer == "adadelta":
        opt = torch.optim.Adadelta([x], lr=lr, maximize=True)
    else:
        opt = torch.optim.SGD([x], lr=lr, maximize=True)
    mode = optimizer.split("-")[1] if optimizer.startswith("costout") else "none"
    valid_mask = torch.ones(len(x), landscape.n_subcosts, dtype=torch.bool)
    records = [x.detach().clone()]
    for step in tqdm(range(1, steps + 1), desc=optimizer, disable=not progress, leave=False):
        keep_mask = sample_keep_mask(valid_mask, mode, drop_prob)
        opt.zero_grad()
        (landscape.subcosts(x) * keep_mask).sum().backward()
        opt.step()
        if step % record_every == 0 or step == steps:
            records.append(x.detach().clone())
    return torch.stack(records)


def nearest_landmark(landscape, x):
    """Index into landscape.landmarks (sorted by position) of the landmark nearest each x."""
    positions = torch.tensor(list(landscape.landmarks.values()), dtype=torch.float64)
    midpoints = (positions[1:] + positions[:-1]) / 2
    return torch.bucketize(torch.as_tensor(x, dtype=torch.float64), midpoints)


def sign_regions(landscape, lo=-1.0, hi=1.0, n_points=20001):
    """Split [lo, hi] where any sub-cost's gradient or the total's changes sign (Table 2 rows).

    Returns a list of dicts: lo, hi, the signs ("+", "-") of each sub-cost's gradient and of
    the total's, whether the sub-costs conflict (their signs differ), and the sign of delta
    (eq. 9, soft, p = 0.5) over the region ("+-" where it changes inside).
    """
    x = torch.linspace(lo, hi, n_points, dtype=torch.float64)
    grads, _ = landscape.derivatives(x)
    signs = torch.sign(torch.cat([grads, grads.sum(-1, keepdim=True)], dim=-1)).long()
    pressure_signs = torch.sign(pressure_curve(landscape, x)).long()
    boundaries = [0] + (torch.nonzero((signs[1:] != signs[:-1]).any(-1)).flatten() + 1).tolist()
    boundaries.append(n_points)
    symbol = {1: "+", -1: "-", 0: "0"}
    n = landscape.n_subcosts
    regions = []
    for start, stop in zip(boundaries[:-1], boundaries[1:]):
        row = signs[(start + stop) // 2].tolist()
        if stop - start < 2 or 0 in row:  # a zero landing exactly on a grid point
            continue
        seen = sorted(set(pressure_signs[start:stop].tolist()) - {0}, reverse=True)
        regions.append({
            "lo": x[start].item(), "hi": x[stop - 1].item(),
            "subcost_signs": [symbol[s] for s in row[:n]],
            "total_sign": symbol[row[n]],
            "pressure_sign": "".join(symbol[s] for s in seen) or "0",
            "conflict": len(set(row[:n])) > 1,
        })
    return regions


def convergence_by_region(landscape, starts, finals, regions):
    """Count where the runs started in each region ended, by nearest landmark.

    Args:
        starts: (n_runs,) starting points; finals: (n_runs,) last iterates.
        regions: from `sign_regions`.

    Returns:
        one list per region of counts, one per landmark (in landscape.landmarks order), over
        the runs that started strictly inside that region.
    """
    ends = nearest_landmark(landscape, finals)
    starts = torch.as_tensor(starts, dtype=torch.float64)
    counts = []
    for region in regions:
        inside = (starts > region["lo"]) & (starts < region["hi"])
        counts.append(torch.bincount(ends[inside], minlength=len(landscape.landmarks)).tolist())
    return counts
