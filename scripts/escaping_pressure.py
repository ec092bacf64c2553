"""Escaping pressure (Woo et al., Electronics 2021, sections 3.3-3.4) as figures and tables.

    python scripts/escaping_pressure.py figure1            # Figure 1: costs and gradients
    python scripts/escaping_pressure.py table2             # Figure 3 + Table 2 on Figure 1's landscape
    python scripts/escaping_pressure.py table2 --landscape three-optima
    python scripts/escaping_pressure.py mnist              # ||delta|| along MNIST training
    python scripts/escaping_pressure.py all                # figure1 + both table2 landscapes

Everything is written under --out (default results/pressure/), atomically, with the exact
command line and seeds recorded next to the numbers. Costs are maximised (the paper's ascent);
see costout/pressure.py for the sign convention and docs/escaping_pressure.md for the reading.
"""
import argparse
import json
import os
import shlex
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import torch  # noqa: E402

from costout.landscapes import (  # noqa: E402
    OPTIMIZERS, convergence_by_region, expected_gradients, figure1_landscape,
    nearest_landmark, run_optimizer, sign_regions, three_optima_landscape)

from costout.files import atomic_path

LANDSCAPES = {"figure1": figure1_landscape, "three-optima": three_optima_landscape}
# Learning rates of the Table 2 runs: each optimiser's usual scale for this landscape
# (gradients up to ~3); Cost-Out uses plain SGD's rate.
DEFAULT_LRS = {"sgd": 0.03, "adam": 0.01, "adadelta": 1.0, "costout-hard": 0.03,
               "costout-soft": 0.03}
COMMAND = " ".join(shlex.quote(a) for a in [os.path.relpath(sys.argv[0])] + sys.argv[1:])


def write_atomic(path, write):
    """Call write(tmp_path), then move the finished file into place."""
    with atomic_path(path) as tmp:
        write(tmp)


def write_text(path, text):
    def write(tmp):
        with open(tmp, "w") as f:
            f.write(text)
    write_atomic(path, write)


def save_figure(fig, path):
    write_atomic(path, lambda tmp: fig.savefig(tmp, format="png", dpi=120, bbox_inches="tight"))
    plt.close(fig)


def figure1(args):
    landscape = figure1_landscape()
    x = torch.linspace(-1.2, 1.2, 481, dtype=torch.float64)
    costs = landscape.subcosts(x)
    grads, _ = landscape.derivatives(x)
    total, top = costs.sum(-1), costs.max(-1).values
    # d max / dx is the gradient of whichever sub-cost is larger.
    grad_max = grads.gather(-1, costs.argmax(-1, keepdim=True)).squeeze(-1)
    curves = expected_gradients(landscape, x, args.lr, args.drop_prob, args.mode)

    fig, (ax_cost, ax_grad, ax_zoom) = plt.subplots(1, 3, figsize=(17, 5))
    ax_cost.plot(x, costs[:, 0], label="cost1 = N(0.3, 0.3)")
    ax_cost.plot(x, costs[:, 1], label="cost2 = N(-0.3, 0.3)")
    ax_cost.plot(x, total, "k", lw=2, label="sum (flat top at 0)")
    ax_cost.plot(x, top, "k--", label="max")
    ax_cost.set(title="Costs (maximised)", xlabel="x", ylabel="cost")
    ax_grad.plot(x, grads[:, 0], alpha=0.6, label="grad cost1")
    ax_grad.plot(x, grads[:, 1], alpha=0.6, label="grad cost2")
    ax_grad.plot(x, grad_max, "k--", label="grad max")
    for ax in (ax_grad, ax_zoom):
        ax.plot(x, curves["grad_sum"], "k", lw=2, label="grad sum")
        ax.plot(x, curves["first_order"], color="tab:gray", label="Cost-Out, one update (eq. 3)")
        ax.plot(x, curves["second_order"], "r", lw=2,
                label=f"Cost-Out pair: grad sum + lr*delta (eq. 9), lr={args.lr}")
        ax.plot(x, curves["pair_exact"], "r:", lw=2, label="Cost-Out pair, exact expectation")
        ax.axhline(0, color="k", lw=0.5)
        ax.set(xlabel="x", ylabel="d cost / dx (ascent direction)")
    ax_grad.set_title(f"Gradients, {args.mode} Cost-Out p={args.drop_prob}")
    ax_zoom.set(title="Conflict region: delta pushes away from 0",
                xlim=(-0.35, 0.35), ylim=(-0.6, 0.6))
    for ax in (ax_cost, ax_grad, ax_zoom):
        ax.axvspan(-0.3, 0.3, color="orange", alpha=0.08)
        ax.legend(fontsize=7, loc="lower left")
    save_figure(fig, os.path.join(args.out, "figure1.png"))

    points = torch.tensor([-0.2, -0.1, -0.05, 0.05, 0.1, 0.2], dtype=torch.float64)
    point_curves = expected_gradients(landscape, points, args.lr, args.drop_prob, args.mode)
    lines = [f"# Figure 1 values\n\nCommand: `{COMMAND}`\n",
             f"{args.mode} Cost-Out, p = {args.drop_prob}, lr = {args.lr}. Positive = towards +x "
             "(ascent). In the conflict region the sum's gradient is nearly zero and points to "
             "the centre; delta points away from it.\n",
             "| x | grad sum | eq. 3 (one update) | delta (eq. 9) | grad sum + lr*delta | "
             "pair, exact |", "|---|---|---|---|---|---|"]
    for i, value in enumerate(points.tolist()):
        lines.append(f"| {value:+.2f} | {point_curves['grad_sum'][i]:+.4f} | "
                     f"{point_curves['first_order'][i]:+.4f} | {point_curves['delta'][i]:+.4f} | "
                     f"{point_curves['second_order'][i]:+.4f} | {point_curves['pair_exact'][i]:+.4f} |")
    write_text(os.path.join(args.out, "figure1.md"), "\n".join(lines) + "\n")


def table2(args):
    landscape = LANDSCAPES[args.landscape]()
    names = list(landscape.landmarks)
    half_width = 1.5 * max(abs(v) for v in landscape.landmarks.values()) + 0.3
    grid = torch.linspace(-half_width, half_width, args.starts, dtype=torch.float64)
    # Every optimiser acts elementwise, so all starts x seeds run as one vector; the
    # deterministic optimisers simply repeat themselves across the seed copies.
    starts = grid.repeat(args.seeds)
    lrs = dict(DEFAULT_LRS)
    for item in args.lr or []:
        name, _, value = item.partition("=")
        if name not in OPTIMIZERS or not value:
            raise SystemExit(f"--lr expects NAME=VALUE with NAME in {', '.join(OPTIMIZERS)}; "
                             f"got {item!r}")
        lrs[name] = float(value)
    regions = sign_regions(landscape, -half_width, half_width)
    results = {}
    trajectories, all_finals = {}, {}
    for name in OPTIMIZERS:
        trajectory = run_optimizer(landscape, starts, name, lrs[name], args.steps, args.drop_prob,
                                   seed=args.seed, record_every=max(1, args.steps // 200),
                                   progress=True)
        trajectories[name] = trajectory[:, :args.starts]  # seed copy 0, for the plot
        finals = all_finals[name] = trajectory[-1]
        results[name] = {
            "lr": lrs[name],
            "by_region": convergence_by_region(landscape, starts, finals, regions),
            "final_mean_abs": finals.abs().mean().item(),
            "finals_hist": torch.bincount(nearest_landmark(landscape, finals),
                                          minlength=len(names)).tolist(),
        }
        print(f"{name}: ended near {dict(zip(names, results[name]['finals_hist']))}")

    sweep = {}
    for lr in args.sweep_lrs:
        finals = run_optimizer(landscape, torch.full((args.sweep_runs,), 0.01, dtype=torch.float64),
                               "costout-hard", lr, args.steps, args.drop_prob, seed=args.seed,
                               record_every=args.steps)[-1]
        sweep[lr] = torch.bincount(nearest_landmark(landscape, finals), minlength=len(names)).tolist()

    stem = f"table2_{args.landscape}"
    record = {"command": COMMAND, "landscape": args.landscape, "landmarks": landscape.landmarks,
              "steps": args.steps, "seed": args.seed, "seed_copies": args.seeds,
              "drop_prob": args.drop_prob, "regions": regions, "results": results,
              "costout_hard_lr_sweep_from_0.01": {str(k): v for k, v in sweep.items()}}
    write_text(os.path.join(args.out, stem + ".json"), json.dumps(record, indent=1) + "\n")
    write_text(os.path.join(args.out, stem + ".md"), table2_markdown(args, landscape, regions,
                                                                      results, sweep))
    plot_trajectories(args, landscape, grid, trajectories, results, all_finals, sweep)


def table2_markdown(args, landscape, regions, results, sweep):
    names = list(landscape.landmarks)
    marks = ", ".join(f"{k} {v:+.2f}" for k, v in landscape.landmarks.items())
    lines = [f"# Table 2 ({args.landscape} landscape)\n", f"Command: `{COMMAND}`\n",
             f"{args.starts} starting points evenly spaced over the plotted range x "
             f"{args.seeds} mask-sampling copies (seed {args.seed}); {args.steps} updates; "
             f"Cost-Out p = {args.drop_prob}. Learning rates: "
             + ", ".join(f"{k} {v['lr']}" for k, v in results.items())
             + f". A run is counted at the landmark nearest its last iterate ({marks}). Cost-Out "
             "with a constant learning rate does not settle on a point: its last iterate is a "
             "draw from where it keeps moving about.\n",
             "Cells: share of runs started in the region that ended near " + " / ".join(names)
             + " (%).\n"]
    header = ["region", "grad cost1", "grad cost2", "grad sum", "conflict", "delta"] + list(results)
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for i, region in enumerate(regions):
        cells = [f"{region['lo']:+.2f} .. {region['hi']:+.2f}", *region["subcost_signs"],
                 region["total_sign"], "yes" if region["conflict"] else "no",
                 region["pressure_sign"]]
        for name in results:
            counts = results[name]["by_region"][i]
            total = sum(counts)
            cells.append(" / ".join(f"{100 * c / total:.0f}" for c in counts) if total else "-")
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", f"Hard Cost-Out (SGD) from x = 0.01, {args.sweep_runs} runs per learning rate, "
              f"{args.steps} updates: share ending near " + " / ".join(names) + " (%).\n",
              "| lr | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for lr, counts in sweep.items():
        total = sum(counts)
        lines.append(f"| {lr} | " + " | ".join(f"{100 * c / total:.0f}" for c in counts) + " |")
    return "\n".join(lines) + "\n"


def plot_trajectories(args, landscape, grid, trajectories, results, finals, sweep):
    n_records = next(iter(trajectories.values())).shape[0]
    steps = torch.linspace(0, args.steps, n_records)
    shown = torch.linspace(0, len(grid) - 1, 7).round().long()
    fig, axes = plt.subplots(2, 4, figsize=(19, 8), constrained_layout=True)
    for ax in list(axes.flat)[:7]:  # every panel but the lr sweep has x on its vertical axis
        ax.set_ylim(grid[0].item() - 0.05, grid[-1].item() + 0.05)
    for ax, (name, trajectory) in zip(axes.flat, trajectories.items()):
        for i in shown.tolist():
            ax.plot(steps, trajectory[:, i], lw=0.8)
        for mark in landscape.landmarks.values():
            ax.axhline(mark, color="k", lw=0.5, ls=":")
        ax.set(title=f"{name} (lr {results[name]['lr']}), 7 starts", xlabel="update", ylabel="x")
    ax = axes[1, 1]
    x = torch.linspace(grid[0].item(), grid[-1].item(), 400, dtype=torch.float64)
    ax.plot(landscape.total(x), x, "k", label="sum")
    for c in range(landscape.n_subcosts):
        ax.plot(landscape.subcosts(x)[:, c], x, alpha=0.6, label=f"cost{c + 1}")
    ax.set(title="landscape (cost on the x axis)", xlabel="cost")
    ax.legend(fontsize=7)
    ax = axes[1, 2]
    bins = torch.linspace(grid[0].item(), grid[-1].item(), 61)
    for name in ("sgd", "costout-hard", "costout-soft"):
        ax.hist(finals[name].numpy(), bins=bins.numpy(), orientation="horizontal",
                histtype="step", lw=1.5, label=name)
    ax.set(title=f"last iterates of all {len(finals['sgd'])} runs", xlabel="runs", xscale="log")
    ax.legend(fontsize=7)
    ax = axes[1, 3]
    names = list(landscape.landmarks)
    lrs = list(sweep)
    for j, name in enumerate(names):
        shares = [100 * sweep[lr][j] / sum(sweep[lr]) for lr in lrs]
        axes[1, 3].plot(lrs, shares, "o-", label=f"ends near {name}")
    ax.set(title="hard Cost-Out from x=0.01: share by lr", xlabel="lr", ylabel="%",
           xscale="log")
    ax.legend(fontsize=7)
    fig.suptitle(f"Figure 3: trajectories from a grid of starts, {args.landscape} landscape "
                 f"({args.steps} updates)")
    save_figure(fig, os.path.join(args.out, f"figure3_{args.landscape}.png"))


def mnist(args):
    """||delta|| along two-digit MNIST training (tdc-same), with and without Cost-Out."""
    from costout.pressure import PressureMonitor
    from mnist_tasks.data import load_mnist
    from mnist_tasks.train import RunConfig, fit

    data = load_mnist()
    runs = {}
    for mode in args.modes:
        for seed in args.seeds:
            config = RunConfig(task="tdc-same", width=args.width, depth=args.depth,
                               optimizer="adam", lr=args.lr, epochs=args.epochs, costout=mode,
                               drop_prob=0.5, seed=seed, train_size=args.train_size or None,
                               eval_size=args.eval_size, eval_train_size=args.eval_size)
            path = os.path.join(args.out, "mnist", f"{config.run_id()}.json")
            if os.path.isfile(path):  # resumable: finished runs are kept
                with open(path) as f:
                    runs[(mode, seed)] = json.load(f)
                print(f"kept {path}")
                continue
            # One yardstick for every run: the pressure soft Cost-Out at p = 0.5 would exert
            # at the current point, so runs with and without Cost-Out are comparable.
            monitor = PressureMonitor(every=args.every, drop_prob=0.5, mode="soft",
                                      n_samples=args.hutchinson_samples, seed=seed)
            records = fit(config, data, step_hooks=[monitor])
            runs[(mode, seed)] = {"command": COMMAND, "config": config.__dict__,
                                  "history": monitor.history, "epochs": records}
            write_text(path, json.dumps(runs[(mode, seed)]) + "\n")
    plot_mnist(args, runs)


def plot_mnist(args, runs):
    colors = {"none": "k", "hard": "tab:red", "soft": "tab:blue"}
    fig, axes = plt.subplots(1, 4, figsize=(21, 4.5), constrained_layout=True)
    for (mode, seed), run in sorted(runs.items()):
        steps = [h["step"] for h in run["history"]]
        for ax, key in zip(axes, ("pressure_norm", "pressure_diag_sq", "grad_norm", "grad_cosine")):
            values = torch.tensor([h[key] for h in run["history"]])
            # A centred running mean over 9 measurements tames Hutchinson's noise; the diagonal
            # estimate is of the square, so the root is taken after averaging.
            smooth = torch.nn.functional.avg_pool1d(values[None, None], 9, 1, 4,
                                                    count_include_pad=False)[0, 0]
            if key == "pressure_diag_sq":
                smooth = smooth.clamp(min=0).sqrt()
            ax.plot(steps, smooth, color=colors.get(mode), alpha=0.8, lw=1,
                    label=f"{mode}, seed {seed}")
    titles = ("||delta|| (eq. 9, exact Hessian-vector products)",
              "||delta_diag|| (the paper's diagonal, unbiased Hutchinson)", "||grad C||",
              "cosine(grad C^1, grad C^2)")
    for ax, title in zip(axes, titles):
        ax.set(title=title, xlabel="update")
        ax.legend(fontsize=7)
    axes[3].axhline(0, color="k", lw=0.5)
    fig.suptitle("Escaping pressure (soft p=0.5 yardstick) during two-digit MNIST training "
                 f"(tdc-same, {args.width}x{args.depth} tanh MLP, Adam {args.lr})")
    save_figure(fig, os.path.join(args.out, "mnist_pressure.png"))

    lines = ["# Escaping pressure during MNIST training\n", f"Command: `{COMMAND}`\n",
             f"tdc-same, {args.width}x{args.depth} tanh MLP, Adam {args.lr}, batch 32, "
             f"{args.epochs} epochs on {args.train_size or 'all'} training pairs; measured every "
             f"{args.every} updates with soft p = 0.5 as the yardstick for every run (a run "
             "without Cost-Out shows the pressure Cost-Out would exert there). ‖δ‖: exact "
             "Hessian-vector products; ‖δ_diag‖: the paper's main-diagonal version, the root of "
             "the epoch mean of an unbiased estimate of its square (two independent Hutchinson "
             f"estimates, {args.hutchinson_samples} probe(s) each). Per-epoch means, mean ± std "
             "over seeds.\n",
             "| Cost-Out | epoch | ‖δ‖ | ‖δ_diag‖ | ‖∇C‖ | cos(∇C¹, ∇C²) | test both (%) |",
             "|---|---|---|---|---|---|---|"]
    for mode in args.modes:
        seeds = [runs[(mode, s)] for s in args.seeds if (mode, s) in runs]
        for epoch in range(args.epochs):
            def column(key, transform=lambda v: v):
                values = torch.tensor([transform(r["epochs"][epoch][key]) for r in seeds])
                return values.mean(), values.std(unbiased=len(values) > 1)
            cells = [column("pressure_norm"),
                     column("pressure_diag_sq", lambda v: max(v, 0.0) ** 0.5),
                     column("grad_norm"), column("grad_cosine")]
            text = [f"{mean:.3g} ± {std:.2g}" for mean, std in cells]
            both_mean, both_std = column("test", lambda v: v["both"])
            text.append(f"{both_mean:.2f} ± {both_std:.2f}")
            lines.append(f"| {mode} | {epoch + 1} | " + " | ".join(text) + " |")
    write_text(os.path.join(args.out, "mnist_pressure.md"), "\n".join(lines) + "\n")

def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default="results/pressure", help="output folder")
    sub = parser.add_subparsers(dest="command", required=True)
    fig1 = sub.add_parser("figure1", help="Figure 1: costs and (expected) gradients")
    fig1.add_argument("--lr", type=float, default=0.02, help="lambda of the eq. 9 curve")
    fig1.add_argument("--drop-prob", type=float, default=0.5)
    fig1.add_argument("--mode", choices=("soft", "hard"), default="soft")
    tab = sub.add_parser("table2", help="Figure 3 trajectories and Table 2")
    tab.add_argument("--landscape", choices=sorted(LANDSCAPES), default="figure1")
    tab.add_argument("--steps", type=int, default=3000)
    tab.add_argument("--starts", type=int, default=61, help="grid of starting points")
    tab.add_argument("--seeds", type=int, default=20, help="mask-sampling copies per start")
    tab.add_argument("--seed", type=int, default=0)
    tab.add_argument("--drop-prob", type=float, default=0.5)
    tab.add_argument("--lr", action="append", metavar="NAME=VALUE",
                     help=f"override a learning rate; defaults {DEFAULT_LRS}")
    tab.add_argument("--sweep-lrs", type=float, nargs="*", default=[0.001, 0.003, 0.01, 0.03, 0.1])
    tab.add_argument("--sweep-runs", type=int, default=500)
    mn = sub.add_parser("mnist", help="||delta|| during two-digit MNIST training")
    mn.add_argument("--modes", nargs="+", choices=("none", "soft", "hard"),
                    default=["none", "hard", "soft"])
    mn.add_argument("--seeds", type=int, nargs="+", default=[0, 1])
    mn.add_argument("--epochs", type=int, default=3)
    mn.add_argument("--train-size", type=int, default=10000,
                    help="first n training pairs (0: all)")
    mn.add_argument("--eval-size", type=int, default=5000)
    mn.add_argument("--width", type=int, default=512)
    mn.add_argument("--depth", type=int, default=2)
    mn.add_argument("--lr", type=float, default=1e-4, help="Adam learning rate")
    mn.add_argument("--every", type=int, default=20, help="measure every N updates")
    mn.add_argument("--hutchinson-samples", type=int, default=1,
                    help="probes per Hutchinson estimate (two estimates a measurement)")
    sub.add_parser("all", help="figure1 and table2 on both landscapes, default settings")
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    if args.command == "figure1":
        figure1(args)
    elif args.command == "table2":
        table2(args)
    elif args.command == "mnist":
        mnist(args)
    elif args.command == "all":
        figure1(parser.parse_args(["--out", args.out, "figure1"]))
        for name in sorted(LANDSCAPES):
            table2(parser.parse_args(["--out", args.out, "table2", "--landscape", name]))


if __name__ == "__main__":
    main()
