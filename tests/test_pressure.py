"""Properties of the escaping-pressure estimator (costout/pressure.py, eqs. 8-9)."""
import pytest
import torch

from costout import keep_counts, sample_keep_mask
from costout.pressure import (
    PressureMonitor, escaping_pressure, escaping_pressure_enumerated, hessian_diagonal,
    pair_weight, sequential_two_step, subcost_gradients, subset_probabilities)

SETTINGS = [("soft", 0.5, None), ("soft", 0.2, None), ("hard", 0.5, None), ("hard", 0.5, 0.5)]


def small_model(n_subcosts, seed=0):
    """A tanh MLP with one output per sub-cost and its per-output squared losses, float64."""
    gen = torch.Generator().manual_seed(seed)
    model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Tanh(),
                                torch.nn.Linear(4, n_subcosts)).double()
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(torch.randn(p.shape, generator=gen, dtype=torch.float64))
    inputs = torch.randn(6, 3, generator=gen, dtype=torch.float64)
    targets = torch.randn(6, n_subcosts, generator=gen, dtype=torch.float64)
    outputs = model(inputs)
    subcosts = [((outputs[:, c] - targets[:, c]) ** 2).mean() for c in range(n_subcosts)]
    return model, subcosts


class Quadratic:
    """Sub-costs C^c(theta) = -1/2 (theta - a_c)^T A_c (theta - a_c): constant Hessians -A_c."""

    def __init__(self, n_subcosts, dim, seed=0):
        gen = torch.Generator().manual_seed(seed)
        roots = torch.randn(n_subcosts, dim, dim, generator=gen, dtype=torch.float64)
        # Symmetric, not definite: sub-costs bend different ways, as in a conflict region.
        self.curvatures = (roots + roots.transpose(1, 2)) / 2
        self.centres = torch.randn(n_subcosts, dim, generator=gen, dtype=torch.float64)

    def __call__(self, theta):
        diff = theta.unsqueeze(0) - self.centres
        return -0.5 * torch.einsum("ci,cij,cj->c", diff, self.curvatures, diff)

    def pressure(self, theta, **options):
        leaf = theta.clone().requires_grad_(True)
        return escaping_pressure([leaf], list(self(leaf)), hessian="full", **options)

    def gradient(self, theta):
        leaf = theta.clone().requires_grad_(True)
        return torch.autograd.grad(self(leaf).sum(), leaf)[0]


@pytest.mark.parametrize("n", range(2, 7))
@pytest.mark.parametrize("mode,drop_prob,keep_fraction", SETTINGS)
def test_pair_weight_is_the_enumerated_probability_of_dropped_and_kept(n, mode, drop_prob,
                                                                       keep_fraction):
    subsets = subset_probabilities(n, mode, drop_prob, keep_fraction)
    assert sum(prob for _, prob in subsets) == pytest.approx(1.0)
    if mode == "hard":  # every subset has the size the core keeps
        k = keep_counts(torch.ones(1, n, dtype=torch.bool), keep_fraction).item()
        assert all(mask.sum().item() == k for mask, _ in subsets)
    for c, d in [(0, 1), (n - 1, 0)]:
        p_dropped_kept = sum(prob for mask, prob in subsets if not mask[c] and mask[d])
        assert pair_weight(n, mode, drop_prob, keep_fraction) == pytest.approx(p_dropped_kept)
    if mode == "soft":
        assert pair_weight(n, mode, drop_prob) == pytest.approx(drop_prob * (1 - drop_prob))


def test_pair_weight_of_a_sampled_mask_matches_the_core():
    torch.manual_seed(0)
    keep = sample_keep_mask(torch.ones(200000, 5, dtype=torch.bool), "hard", keep_fraction=0.5)
    empirical = (~keep[:, 0] & keep[:, 1]).double().mean().item()
    # k = round(2.5) = 3 of 5 kept: (3/5) * (2/4) = 0.3; binomial s.e. ~0.001.
    assert empirical == pytest.approx(pair_weight(5, "hard", keep_fraction=0.5), abs=0.005)


def test_exact_hessian_diagonal_matches_autograd_hessian():
    model, subcosts = small_model(2)
    params, grads = subcost_gradients(model.parameters(), subcosts)
    flat = torch.cat([p.detach().reshape(-1) for p in params])
    shapes = [p.shape for p in params]

    def cost_of_flat(vector):
        chunks, start = [], 0
        for shape in shapes:
            size = torch.Size(shape).numel()
            chunks.append(vector[start:start + size].reshape(shape))
            start += size
        weight1, bias1, weight2, bias2 = chunks
        gen = torch.Generator().manual_seed(0)
        for p in model.parameters():  # replay small_model's draws to rebuild its batch
            torch.randn(p.shape, generator=gen, dtype=torch.float64)
        inputs = torch.randn(6, 3, generator=gen, dtype=torch.float64)
        targets = torch.randn(6, 2, generator=gen, dtype=torch.float64)
        outputs = torch.tanh(inputs @ weight1.T + bias1) @ weight2.T + bias2
        return ((outputs[:, 0] - targets[:, 0]) ** 2).mean()

    expected = torch.diagonal(torch.autograd.functional.hessian(cost_of_flat, flat))
    assert torch.allclose(hessian_diagonal(grads[0], params, "exact"), expected, atol=1e-10)


def test_hutchinson_diagonal_is_unbiased():
    model, subcosts = small_model(2)
    params, grads = subcost_gradients(model.parameters(), subcosts)
    exact = hessian_diagonal(grads[0], params, "exact")
    gen = torch.Generator().manual_seed(1)
    draws = torch.stack([hessian_diagonal(grads[0], params, "hutchinson", 1, gen)
                         for _ in range(3000)])
    stderr = draws.std(0) / draws.shape[0] ** 0.5
    assert ((draws.mean(0) - exact).abs() <= 5 * stderr + 1e-9).all()
    assert not torch.allclose(draws[0], exact)  # one draw alone is noisy: this is an estimate


@pytest.mark.parametrize("n", [2, 3, 4, 6])
@pytest.mark.parametrize("hessian", ["diag", "full"])
@pytest.mark.parametrize("mode,drop_prob,keep_fraction", SETTINGS)
def test_closed_form_equals_exhaustive_enumeration(n, hessian, mode, drop_prob, keep_fraction):
    """Eq. 9 (closed form) == eq. 8 (every keep-subset, differentiated afresh)."""
    model, subcosts = small_model(n, seed=n)
    closed = escaping_pressure(model.parameters(), subcosts, drop_prob, mode, keep_fraction,
                               hessian=hessian, diag_method="exact")
    enumerated = escaping_pressure_enumerated(list(model.parameters()), subcosts, drop_prob, mode,
                                              keep_fraction, hessian=hessian)
    assert closed.norm() > 1e-3  # not trivially zero
    assert torch.allclose(closed, enumerated, rtol=1e-9, atol=1e-12)


def test_diagonal_and_full_hessian_differ_on_a_coupled_model():
    model, subcosts = small_model(3)
    diag = escaping_pressure(model.parameters(), subcosts, hessian="diag")
    full = escaping_pressure(model.parameters(), subcosts, hessian="full")
    assert not torch.allclose(diag, full)  # the diagonal is an approximation (the paper's)


@pytest.mark.parametrize("mode,drop_prob,keep_fraction", SETTINGS)
def test_two_step_expectation_on_a_quadratic_is_exactly_lr_grad_plus_lr2_delta(
        mode, drop_prob, keep_fraction):
    quadratic = Quadratic(4, 5)
    theta = torch.randn(5, generator=torch.Generator().manual_seed(3), dtype=torch.float64)
    lr = 0.1
    expected = sum(prob * sequential_two_step(theta, quadratic, mask, lr)
                   for mask, prob in subset_probabilities(4, mode, drop_prob, keep_fraction))
    delta = quadratic.pressure(theta, drop_prob=drop_prob, mode=mode, keep_fraction=keep_fraction)
    predicted = theta + lr * quadratic.gradient(theta) + lr ** 2 * delta
    assert torch.allclose(expected, predicted, atol=1e-12)  # Taylor is exact on a quadratic


def test_monte_carlo_two_step_update_agrees_within_its_confidence_interval():
    quadratic = Quadratic(3, 4, seed=1)
    theta = torch.randn(4, generator=torch.Generator().manual_seed(4), dtype=torch.float64)
    lr, drop_prob, n_draws = 0.05, 0.3, 4000
    torch.manual_seed(0)
    masks = sample_keep_mask(torch.ones(n_draws, 3, dtype=torch.bool), "soft", drop_prob)
    grad = quadratic.gradient(theta)
    residuals = torch.stack([(sequential_two_step(theta, quadratic, mask, lr) - theta
                              - lr * grad) / lr ** 2 for mask in masks])
    delta = quadratic.pressure(theta, drop_prob=drop_prob)
    stderr = residuals.std(0) / n_draws ** 0.5
    assert (stderr > 0).all()
    assert ((residuals.mean(0) - delta).abs() < 4 * stderr).all()
    # ...and the interval is tight enough to tell delta from no pressure at all.
    assert ((residuals.mean(0)).abs() > 4 * stderr).any()


def test_independent_masks_give_plain_gradient_steps_to_second_order():
    """The finding in the docs: consecutive independent masks carry no lr**2 * delta drift."""
    quadratic = Quadratic(3, 4, seed=2)
    theta = torch.randn(4, generator=torch.Generator().manual_seed(5), dtype=torch.float64)
    lr, drop_prob = 0.1, 0.5
    subsets = subset_probabilities(3, "soft", drop_prob)

    def masked_step(point, mask):
        leaf = point.clone().requires_grad_(True)
        return point + lr * torch.autograd.grad((quadratic(leaf) * mask).sum(), leaf)[0]

    independent = sum(p1 * p2 * masked_step(masked_step(theta, m1), m2)
                      for m1, p1 in subsets for m2, p2 in subsets)
    full = torch.ones(3)
    plain = theta
    for _ in range(2):  # two plain steps at lr * (1 - p)
        leaf = plain.clone().requires_grad_(True)
        plain = plain + lr * (1 - drop_prob) * torch.autograd.grad((quadratic(leaf) * full).sum(),
                                                                   leaf)[0]
    assert torch.allclose(independent, plain, atol=1e-12)
    complementary = sum(prob * sequential_two_step(theta, quadratic, mask, lr) for mask, prob in subsets)
    assert not torch.allclose(complementary, theta + lr * quadratic.gradient(theta))


def test_sign_convention_delta_is_the_same_displacement_for_ascent_and_descent():
    quadratic = Quadratic(3, 4, seed=3)
    theta = torch.randn(4, generator=torch.Generator().manual_seed(6), dtype=torch.float64)
    leaf = theta.clone().requires_grad_(True)
    delta_cost = escaping_pressure([leaf], list(quadratic(leaf)), hessian="full")
    delta_loss = escaping_pressure([leaf], list(-quadratic(leaf)), hessian="full")
    assert torch.allclose(delta_cost, delta_loss)  # delta(C) == delta(-C)
    mask = torch.tensor([True, False, True])
    ascent = sequential_two_step(theta, quadratic, mask, 0.1, maximize=True)
    descent = sequential_two_step(theta, lambda t: -quadratic(t), mask, 0.1, maximize=False)
    assert torch.allclose(ascent, descent)


def test_sign_convention_pressure_points_away_from_the_conflict_centre():
    """Figure 1: cost1 = N(0.3, 0.3), cost2 = N(-0.3, 0.3), maximised. Right of 0 the pressure
    pushes right (towards cost1's optimum), left of 0 it pushes left, while the sum's gradient
    points back to 0."""
    normal = torch.distributions.Normal
    for x0, side in [(0.05, 1.0), (-0.05, -1.0), (0.2, 1.0)]:
        x = torch.tensor([x0], dtype=torch.float64, requires_grad=True)
        costs = [normal(0.3, 0.3).log_prob(x).exp().sum(), normal(-0.3, 0.3).log_prob(x).exp().sum()]
        grad_sum = torch.autograd.grad(sum(costs), x, retain_graph=True)[0]
        delta = escaping_pressure([x], costs, hessian="full")
        assert side * delta.item() > 0
        assert side * grad_sum.item() < 0


def test_no_pressure_without_dropping():
    model, subcosts = small_model(3)
    for options in [dict(mode="none"), dict(drop_prob=0.0), dict(drop_prob=1.0)]:
        assert escaping_pressure(model.parameters(), subcosts, **options).abs().max() == 0


def test_bad_input_gets_a_clear_error():
    model, subcosts = small_model(2)
    with pytest.raises(ValueError, match="hessian"):
        escaping_pressure(model.parameters(), subcosts, hessian="kfac")
    with pytest.raises(ValueError, match=r"subcosts\[0\] must be a scalar"):
        escaping_pressure(model.parameters(), [torch.ones(2, requires_grad=True)])
    with pytest.raises(ValueError, match="drop-prob"):
        escaping_pressure(model.parameters(), subcosts, drop_prob=1.5)
    with pytest.raises(ValueError, match="requires grad"):
        escaping_pressure([torch.ones(2)], subcosts)
    with pytest.raises(ValueError, match="every"):
        PressureMonitor(every=0)
    with pytest.raises(ValueError, match="n_samples"):
        PressureMonitor(n_samples=0)


def test_monitor_leaves_training_untouched_and_reports_on_schedule():
    model, subcosts = small_model(2)
    monitor = PressureMonitor(every=3, drop_prob=0.5, seed=7)
    assert monitor(1, 0, model, subcosts) is None
    rng_before = torch.get_rng_state()
    logged = monitor(3, 0, model, subcosts)
    assert torch.equal(torch.get_rng_state(), rng_before)  # Cost-Out masks are not perturbed
    assert all(p.grad is None for p in model.parameters())
    sum(subcosts).backward()  # the graph survived for the training step
    assert all(p.grad is not None for p in model.parameters())
    twin, twin_subcosts = small_model(2)  # same seed: the same weights and batch
    reference = escaping_pressure(twin.parameters(), twin_subcosts, hessian="full")
    assert logged["pressure_norm"] == pytest.approx(reference.norm().item())
    assert logged["grad_norm"] > 0 and -1 <= logged["grad_cosine"] <= 1
    assert monitor.history == [{"step": 3, "epoch": 0, **logged}]


def test_monitor_diagonal_pressure_square_is_unbiased():
    model, subcosts = small_model(3)
    exact = escaping_pressure(model.parameters(), subcosts, hessian="diag", diag_method="exact")
    monitor = PressureMonitor(every=1, seed=0)
    draws = torch.tensor([monitor(0, 0, model, subcosts)["pressure_diag_sq"]
                          for _ in range(500)])
    stderr = draws.std() / len(draws) ** 0.5
    assert abs(draws.mean() - exact.norm() ** 2) < 4 * stderr
    # A single Hutchinson estimate's norm is biased upwards by its noise; the product is not.
    single = escaping_pressure(model.parameters(), subcosts, diag_method="hutchinson",
                               generator=torch.Generator().manual_seed(0))
    assert single.norm() ** 2 > exact.norm() ** 2
