"""The toy landscapes and optimiser runs of Figures 1 and 3 / Table 2 (costout/landscapes.py)."""
import pytest
import torch

from costout.landscapes import (
    Landscape, convergence_by_region, expected_gradients, figure1_landscape, nearest_landmark,
    pressure_curve, run_optimizer, sign_regions, three_optima_landscape)


def at(*values):
    return torch.tensor(values, dtype=torch.float64)


@pytest.fixture(scope="module")
def figure1():
    return figure1_landscape()


def test_figure1_sum_has_a_flat_top_where_the_gradients_conflict(figure1):
    grads, hessians = figure1.derivatives(at(0.0, 0.1, 0.2))
    total_grad, total_hessian = grads.sum(-1), hessians.sum(-1)
    assert abs(total_hessian[0]) < 1e-9  # means one std from 0: the sum is flat on top
    assert grads[0, 0] > 2 and grads[0, 1] < -2  # ...while each sub-cost is steep there
    assert (grads[:, 0] > 0).all() and (grads[:, 1] < 0).all()
    assert total_grad.abs().max() < grads.abs().min()


def test_three_optima_landscape_has_a_flat_centre_and_higher_outer_optima():
    landscape = three_optima_landscape()
    optima, valleys = landscape.optima_and_valleys()
    assert len(optima) == 3 and len(valleys) == 2
    values = landscape.total(at(*optima))
    assert values[0] > values[1] and values[2] > values[1]
    # Flat on top like Figure 1 (a plainly curved centre, std 0.35, would give -3.2).
    assert abs(landscape.derivatives(at(0.0))[1].sum()) < 0.01


def test_sign_regions_reproduce_the_table2_sign_pattern(figure1):
    regions = sign_regions(figure1, -0.75, 0.75)
    patterns = [(r["subcost_signs"], r["total_sign"], r["conflict"]) for r in regions]
    assert patterns == [(["+", "+"], "+", False), (["+", "-"], "+", True),
                        (["+", "-"], "-", True), (["-", "-"], "-", False)]
    bounds = [(round(r["lo"], 2), round(r["hi"], 2)) for r in regions]
    assert bounds == [(-0.75, -0.3), (-0.3, 0.0), (0.0, 0.3), (0.3, 0.75)]
    # In the conflict region the pressure points away from the centre, against the sum.
    assert [regions[1]["pressure_sign"], regions[2]["pressure_sign"]] == ["-", "+"]


def test_expected_gradients_first_order_is_the_keep_rate_times_the_sum(figure1):
    x = torch.linspace(-0.6, 0.6, 13, dtype=torch.float64)
    soft = expected_gradients(figure1, x, 0.01, drop_prob=0.25, mode="soft")
    assert torch.allclose(soft["first_order"], 0.75 * soft["grad_sum"])
    hard = expected_gradients(figure1, x, 0.01, mode="hard")
    assert torch.allclose(hard["first_order"], 0.5 * hard["grad_sum"])


def test_second_order_curve_matches_the_exact_pair_to_order_lr_squared(figure1):
    x = torch.linspace(-0.5, 0.5, 11, dtype=torch.float64)
    errors = []
    for lr in (0.02, 0.01):
        curves = expected_gradients(figure1, x, lr)
        errors.append((curves["pair_exact"] - curves["second_order"]).abs().max().item())
    # pair / lr = grad + lr * delta + O(lr**2): halving lr divides the error by about 4.
    assert errors[0] / errors[1] > 3.0


def test_pressure_curve_is_odd_on_the_symmetric_landscape(figure1):
    x = torch.linspace(-0.5, 0.5, 21, dtype=torch.float64)
    delta = pressure_curve(figure1, x)
    assert torch.allclose(delta, -delta.flip(0), atol=1e-12)
    assert delta[(x > 0.01) & (x < 0.3)].min() > 0  # in the conflict region: outwards
    assert pressure_curve(figure1, x, mode="hard").allclose(2 * delta)  # weight 1/2 vs 1/4


def test_soft_costout_with_p0_is_plain_sgd(figure1):
    starts = at(-0.4, 0.1, 0.5)
    plain = run_optimizer(figure1, starts, "sgd", 0.03, 50)
    kept_all = run_optimizer(figure1, starts, "costout-soft", 0.03, 50, drop_prob=0.0)
    assert torch.equal(plain, kept_all)


def test_hard_costout_moves_along_exactly_one_sub_cost_per_update(figure1):
    starts = torch.linspace(-0.5, 0.5, 50, dtype=torch.float64)
    step = run_optimizer(figure1, starts, "costout-hard", 0.1, 1)[1] - starts
    grads, _ = figure1.derivatives(starts)
    along = (step.unsqueeze(-1) - 0.1 * grads).abs() < 1e-12
    assert torch.equal(along.sum(-1), torch.ones(50, dtype=torch.long))
    assert along[:, 0].any() and along[:, 1].any()  # both sub-costs get picked


def test_runs_are_seeded_and_optimisers_ascend(figure1):
    starts = at(0.25, -0.6)
    first = run_optimizer(figure1, starts, "costout-soft", 0.03, 30, seed=3)
    assert torch.equal(first, run_optimizer(figure1, starts, "costout-soft", 0.03, 30, seed=3))
    assert not torch.equal(first, run_optimizer(figure1, starts, "costout-soft", 0.03, 30, seed=4))
    for name, lr in [("sgd", 0.03), ("adam", 0.01), ("adadelta", 1.0)]:
        path = run_optimizer(figure1, starts, name, lr, 30)
        assert (figure1.total(path[-1]) > figure1.total(path[0])).all(), name
    with pytest.raises(ValueError, match="optimizer"):
        run_optimizer(figure1, starts, "rmsprop", 0.1, 1)


def test_landscape_rejects_bad_bumps():
    with pytest.raises(ValueError, match="at least two"):
        Landscape([[(1.0, 0.0, 1.0)]], {})
    with pytest.raises(ValueError, match=r"bumps\[1\]: std"):
        Landscape([[(1.0, 0.0, 1.0)], [(1.0, 0.0, 0.0)]], {})


@pytest.fixture(scope="module")
def conflict_runs(figure1):
    """Table 2 in small: 400 runs from inside the conflict region, 1500 updates each (the
    Cost-Out runs' spread is stationary by then; 3000 updates give the same histogram)."""
    starts = torch.linspace(-0.25, 0.25, 40, dtype=torch.float64).repeat(10)
    lrs = {"sgd": 0.03, "adam": 0.01, "adadelta": 1.0, "costout-hard": 0.03,
           "costout-soft": 0.03}
    return starts, {name: run_optimizer(figure1, starts, name, lr, 1500, seed=0,
                                        record_every=1500)[-1] for name, lr in lrs.items()}


def test_table2_pattern_plain_optimisers_converge_to_the_centre(figure1, conflict_runs):
    _, finals = conflict_runs
    for name in ("sgd", "adam", "adadelta"):
        assert (nearest_landmark(figure1, finals[name]) == 1).all(), name
        assert finals[name].abs().max() < 0.1, name


def test_table2_pattern_costout_escapes_the_centre(figure1, conflict_runs):
    starts, finals = conflict_runs
    regions = sign_regions(figure1, -0.75, 0.75)
    for name in ("costout-hard", "costout-soft"):
        counts = torch.tensor(convergence_by_region(figure1, starts, finals[name], regions)).sum(0)
        assert counts.sum() == len(starts)
        assert counts[0] > 0.2 * len(starts) and counts[2] > 0.2 * len(starts), name  # both sides
        spread = finals[name].abs()
        assert spread.mean() > 0.1 and (spread > 0.1).double().mean() > 0.6, name
    # Hard Cost-Out's spread is bimodal: more runs sit near the sub-cost optima than at 0.
    spread = finals["costout-hard"].abs()
    assert ((spread > 0.2) & (spread < 0.3)).sum() > 1.5 * (spread < 0.1).sum()
