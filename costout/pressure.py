"""Escaping pressure of Cost-Out (Woo et al., Electronics 2021, 10, 989, section 3.3, eqs. 8-9).

    delta = p (1 - p) * sum_{c != d} H^c grad^d                                        (eq. 9)

H^c is the Hessian of sub-cost c, grad^d the gradient of sub-cost d, p the drop probability.

How this module reads the paper (its derivation is terse; this is the reading implemented and
tested, see docs/escaping_pressure.md):

* Sign convention. The paper writes the update as ascent on a maximised objective,
  theta <- theta + lr * grad C, with C = sum_c C^c. delta is invariant under C -> -C (it is a
  product of a Hessian and a gradient, both of which flip), so the same function serves a
  minimised loss L = -C: `escaping_pressure` returns the *displacement* that Cost-Out adds, per
  lr**2, in both conventions:
      ascent on C:   E[theta_2] = theta_0 + lr * grad C + lr**2 * delta + O(lr**3)
      descent on L:  E[theta_2] = theta_0 - lr * grad L + lr**2 * delta + O(lr**3)
  (whoever folds delta into a "gradient" for a descent optimiser must therefore subtract it).
* Eq. 8, the sequential two-step update behind eq. 9: one update trains the kept sub-costs S
  (theta_1 = theta_0 + lr * grad C^S(theta_0)) and the next trains the ones it dropped,
  evaluated where the first left off (theta_2 = theta_1 + lr * grad C^{~S}(theta_1)). Each
  sub-cost is trained once over the pair, as in one full-cost step; the Taylor expansion of the
  second gradient leaves theta_2 = theta_0 + lr * grad C + lr**2 * H^{~S} grad^S + O(lr**3),
  and the expectation over S of H^{~S} grad^S = sum_{c != d} P(c dropped, d kept) H^c grad^d.
  For soft Cost-Out P(c dropped, d kept) = p (1 - p), which is eq. 9; `pair_weight` gives the
  hard modes' weights (1/n, or k (n - k) / (n (n - 1)) when k of n are kept).
* Finding, stated in the docs and tested: when consecutive updates draw their masks
  independently (as training does), the expected two-step update equals plain gradient steps
  with lr * (1 - p) to second order; the lr**2 * delta drift exists relative to complementary
  pairs only, and independent masks act through their noise instead.
* The Hessian. The paper uses the main diagonal of each H^c (`hessian="diag"`): exact for small
  models (one backward pass per parameter), or Hutchinson's estimate E[z * (H z)] with
  Rademacher z for large ones. `hessian="full"` uses exact Hessian-vector products instead.

Nothing here imports fairseq or mnist_tasks: give it any torch parameters and a list of scalar
sub-cost tensors computed from them.
"""
import itertools
import math

import torch

from costout.masks import keep_counts, validate_options

HESSIANS = ("diag", "full")
DIAG_METHODS = ("auto", "exact", "hutchinson")
# Above this many parameters the exact diagonal (one backward pass per parameter) is too slow
# and "auto" switches to Hutchinson's estimate.
EXACT_DIAG_MAX_PARAMS = 4096


def pair_weight(n_subcosts, mode="soft", drop_prob=0.5, keep_fraction=None):
    """P(sub-cost c dropped and sub-cost d kept) for c != d: the coefficient of eq. 9.

    Soft: p (1 - p) (independent draws). Hard keeping k of n (k = 1, or max(1, round(f n))):
    uniform over k-subsets, so P = (k / n) * (n - k) / (n - 1). None: 0 (nothing is dropped).
    """
    validate_options(mode, drop_prob, keep_fraction)
    n = int(n_subcosts)
    if n < 2 or mode == "none":
        return 0.0
    if mode == "soft":
        return drop_prob * (1.0 - drop_prob)
    k = int(keep_counts(torch.ones(1, n, dtype=torch.bool), keep_fraction).item())
    return (k / n) * (n - k) / (n - 1)


def subset_probabilities(n_subcosts, mode="soft", drop_prob=0.5, keep_fraction=None):
    """Every keep-subset a mode can draw, with its probability: [(keep_mask (n,), prob), ...].

    The exhaustive enumeration of eq. 8 (2**n subsets for soft, C(n, k) for hard).
    """
    validate_options(mode, drop_prob, keep_fraction)
    n = int(n_subcosts)
    if mode == "none":
        return [(torch.ones(n, dtype=torch.bool), 1.0)]
    if mode == "soft":
        subsets = []
        for bits in itertools.product((False, True), repeat=n):
            n_kept = sum(bits)
            prob = (1.0 - drop_prob) ** n_kept * drop_prob ** (n - n_kept)
            subsets.append((torch.tensor(bits, dtype=torch.bool), prob))
        return subsets
    k = int(keep_counts(torch.ones(1, n, dtype=torch.bool), keep_fraction).item())
    prob = 1.0 / math.comb(n, k)
    subsets = []
    for kept in itertools.combinations(range(n), k):
        keep_mask = torch.zeros(n, dtype=torch.bool)
        keep_mask[list(kept)] = True
        subsets.append((keep_mask, prob))
    return subsets


def _params_list(params):
    params = [p for p in params if p.requires_grad]
    if not params:
        raise ValueError("params: no tensor requires grad, so there is nothing to differentiate")
    return params


def _flat_grad(scalar, params, create_graph):
    grads = torch.autograd.grad(scalar, params, retain_graph=True, create_graph=create_graph,
                                allow_unused=True)
    return torch.cat([(torch.zeros_like(p) if g is None else g).reshape(-1)
                      for g, p in zip(grads, params)])


def _hvp(flat_grad, params, vector):
    """H vector, with H the Hessian of the scalar whose graph-attached gradient is flat_grad."""
    if not flat_grad.requires_grad:  # the sub-cost is linear in params: its Hessian is zero
        return torch.zeros_like(vector)
    return _flat_grad((flat_grad * vector).sum(), params, create_graph=False)


def hessian_diagonal(flat_grad, params, method="auto", n_samples=1, generator=None):
    """Main diagonal of the Hessian whose gradient (attached to the graph) is `flat_grad`.

    method "exact": one backward pass per parameter; "hutchinson": mean of z * (H z) over
    `n_samples` Rademacher vectors z drawn from `generator` (unbiased; a private generator
    leaves the training RNG, and so the Cost-Out masks, untouched); "auto": exact up to
    EXACT_DIAG_MAX_PARAMS parameters, Hutchinson above.
    """
    if method not in DIAG_METHODS:
        raise ValueError(f"method must be one of {', '.join(DIAG_METHODS)}; got {method!r}")
    n_params = flat_grad.numel()
    if method == "auto":
        method = "exact" if n_params <= EXACT_DIAG_MAX_PARAMS else "hutchinson"
    if not flat_grad.requires_grad:
        return torch.zeros_like(flat_grad)
    if method == "exact":
        diagonal = torch.empty_like(flat_grad)
        for i in range(n_params):
            diagonal[i] = _flat_grad(flat_grad[i], params, create_graph=False)[i]
        return diagonal.detach()
    if n_samples < 1:
        raise ValueError(f"n_samples must be >= 1 for Hutchinson's estimate; got {n_samples}")
    total = torch.zeros_like(flat_grad)
    for _ in range(n_samples):
        z = torch.randint(0, 2, flat_grad.shape, generator=generator, device="cpu")
        z = (z.to(device=flat_grad.device, dtype=flat_grad.dtype) * 2 - 1)
        total += z * _hvp(flat_grad, params, z)
    return (total / n_samples).detach()


def subcost_gradients(params, subcosts):
    """Flat gradient of each sub-cost, attached to the graph so Hessians can follow: (n, P)."""
    params = _params_list(params)
    if len(subcosts) == 0:
        raise ValueError("subcosts: need at least one scalar sub-cost tensor")
    for i, cost in enumerate(subcosts):
        if cost.dim() != 0:
            raise ValueError(f"subcosts[{i}] must be a scalar tensor; got shape {tuple(cost.shape)}")
    return params, [_flat_grad(cost, params, create_graph=True) for cost in subcosts]


def escaping_pressure(params, subcosts, drop_prob=0.5, mode="soft", keep_fraction=None,
                      hessian="diag", diag_method="auto", n_samples=1, generator=None):
    """Escaping pressure delta of eq. 9 as one flat vector over `params` (in their order).

    Args:
        params: the model's parameters (those not requiring grad are skipped).
        subcosts: list of scalar sub-cost tensors computed from params, graph attached.
        drop_prob, mode, keep_fraction: the Cost-Out setting; the weight of eq. 9 is
            `pair_weight(...)`, p (1 - p) for soft.
        hessian: "diag" (the paper's main-diagonal approximation) or "full" (exact
            Hessian-vector products).
        diag_method, n_samples, generator: how the diagonal is computed (`hessian_diagonal`).

    Returns:
        delta: detached flat tensor; theta_2 gains lr**2 * delta over a full-cost step (see the
        module docstring for the sign convention).
    """
    params, grads = subcost_gradients(params, subcosts)
    return _pressure(params, grads, drop_prob, mode, keep_fraction, hessian, diag_method,
                     n_samples, generator)


def _pressure(params, grads, drop_prob, mode, keep_fraction, hessian, diag_method, n_samples,
              generator):
    """Eq. 9 from the sub-costs' graph-attached flat gradients (see `escaping_pressure`)."""
    if hessian not in HESSIANS:
        raise ValueError(f"hessian must be one of {', '.join(HESSIANS)}; got {hessian!r}")
    weight = pair_weight(len(grads), mode, drop_prob, keep_fraction)
    total_grad = torch.stack(grads).sum(0).detach()
    delta = torch.zeros_like(total_grad)
    if weight == 0.0:
        return delta
    for grad_c in grads:
        # sum_{d != c} grad^d, the gradients that H^c acts on.
        other_grads = total_grad - grad_c.detach()
        if hessian == "diag":
            delta += hessian_diagonal(grad_c, params, diag_method, n_samples, generator) * other_grads
        else:
            delta += _hvp(grad_c, params, other_grads)
    return weight * delta


def escaping_pressure_enumerated(params, subcosts, drop_prob=0.5, mode="soft",
                                 keep_fraction=None, hessian="diag"):
    """Eq. 8 by brute force: E_S[H^{~S} grad^S] over every keep-subset S a mode can draw.

    Each subset's kept and dropped costs are summed and differentiated afresh, so this shares
    no algebra with `escaping_pressure`; it costs 2**n Hessian evaluations (exact diagonal or
    Hessian-vector product) and exists to check eq. 9 on small models.
    """
    params = _params_list(params)
    delta = torch.zeros(sum(p.numel() for p in params), dtype=params[0].dtype,
                        device=params[0].device)
    for keep_mask, prob in subset_probabilities(len(subcosts), mode, drop_prob, keep_fraction):
        kept_cost = sum(c for c, k in zip(subcosts, keep_mask.tolist()) if k)
        dropped_cost = sum(c for c, k in zip(subcosts, keep_mask.tolist()) if not k)
        if not torch.is_tensor(kept_cost) or not torch.is_tensor(dropped_cost):
            contribution = None  # nothing kept or nothing dropped: no cross term
        else:
            kept_grad = _flat_grad(kept_cost, params, create_graph=False)
            dropped_grad = _flat_grad(dropped_cost, params, create_graph=True)
            if hessian == "diag":
                contribution = hessian_diagonal(dropped_grad, params, "exact") * kept_grad
            elif hessian == "full":
                contribution = _hvp(dropped_grad, params, kept_grad)
            else:
                raise ValueError(f"hessian must be one of {', '.join(HESSIANS)}; got {hessian!r}")
        if contribution is not None:
            delta += prob * contribution
    return delta


def sequential_two_step(theta, subcost_fn, keep_mask, lr, maximize=True):
    """The pair of updates eq. 8 expands: kept sub-costs first, then the dropped ones.

    Args:
        theta: flat parameter vector (not modified).
        subcost_fn: theta -> tensor (n,) of sub-costs.
        keep_mask: bool (n,), the subset S the first update trains.
        lr: learning rate lambda.
        maximize: True for the paper's ascent (theta + lr * grad); False for descent.

    Returns:
        theta_2 after the pair of updates (detached).
    """
    sign = 1.0 if maximize else -1.0
    keep_weight = keep_mask.to(theta.dtype)
    theta_0 = theta.detach().clone().requires_grad_(True)
    step_1 = torch.autograd.grad((subcost_fn(theta_0) * keep_weight).sum(), theta_0,
                                 allow_unused=True)[0]
    theta_1 = (theta_0 + sign * lr * (0 if step_1 is None else step_1)).detach().requires_grad_(True)
    step_2 = torch.autograd.grad((subcost_fn(theta_1) * (1 - keep_weight)).sum(), theta_1,
                                 allow_unused=True)[0]
    return (theta_1 + sign * lr * (0 if step_2 is None else step_2)).detach()


class PressureMonitor:
    """A training step hook that logs the size of the escaping pressure every `every` steps.

    Called as hook(step, epoch, model, subcosts) with the per-sub-cost mean losses (scalar
    tensors attached to the graph, before Cost-Out masking); returns a dict for the steps it
    measures and None otherwise. It never touches .grad, keeps the graph for the training
    backward pass, and draws its Hutchinson vectors from a private generator, so the training
    run (masks included) is identical with and without it.

    Logged (eq. 9 at this drop_prob / mode, so a run without Cost-Out shows the pressure
    Cost-Out would exert at the same point):

    * `pressure_norm`: ||delta|| with exact Hessian-vector products (one per sub-cost).
    * `pressure_diag_sq`: an unbiased estimate of ||delta_diag||^2, the paper's main-diagonal
      version, as the inner product of two independent Hutchinson estimates (each with
      `n_samples` probes). One estimate's own norm would mostly measure its noise on a large
      model (it falls as 1/sqrt(probes)); the inner product does not, but it can come out
      negative on a single step: average it over steps before taking a square root.
    * `grad_norm` = ||grad C|| and `grad_cosine` = mean cosine between the sub-costs' gradients
      (negative means conflict, paper section 3.1.2).

    Every measurement is also appended, with its step and epoch, to `history`, for plots finer
    than the per-epoch means a trainer keeps.
    """

    def __init__(self, every=50, drop_prob=0.5, mode="soft", keep_fraction=None, n_samples=1,
                 seed=0):
        validate_options(mode, drop_prob, keep_fraction)
        if every < 1:
            raise ValueError(f"every must be >= 1; got {every}")
        if n_samples < 1:
            raise ValueError(f"n_samples must be >= 1; got {n_samples}")
        self.every = int(every)
        self.options = dict(drop_prob=drop_prob, mode=mode, keep_fraction=keep_fraction,
                            n_samples=n_samples)
        self.generator = torch.Generator().manual_seed(seed)
        self.history = []

    def __call__(self, step, epoch, model, subcosts):
        if step % self.every != 0:
            return None
        params, grads = subcost_gradients(model.parameters(), list(subcosts))
        full = _pressure(params, grads, hessian="full", diag_method="exact", generator=None,
                         **self.options)
        diag_a, diag_b = (_pressure(params, grads, hessian="diag", diag_method="hutchinson",
                                    generator=self.generator, **self.options) for _ in range(2))
        grads = [g.detach() for g in grads]
        cosines = [torch.nn.functional.cosine_similarity(a, b, dim=0).item()
                   for a, b in itertools.combinations(grads, 2)]
        logged = {
            "pressure_norm": full.norm().item(),
            "pressure_diag_sq": torch.dot(diag_a, diag_b).item(),
            "grad_norm": torch.stack(grads).sum(0).norm().item(),
            "grad_cosine": sum(cosines) / len(cosines) if cosines else float("nan"),
        }
        self.history.append({"step": step, "epoch": epoch, **logged})
        return logged
