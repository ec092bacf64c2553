"""Tables 1 and 4 (mean, std, seed-paired tests) and Figures 4-6 from the runs' JSON lines.

A "setting" is a configuration less its task, Cost-Out options and seed; each table is built
for every setting that has all of its rows. Precision is the test precision (%) at the reported
epoch (each run's last unless --epoch), averaged over the digits the task predicts; "left" is
the left digit alone, "both" the fraction of images with both digits right.

Runs that share a seed share initialization, data pairing and order (see mnist_tasks.train), so
differences between rows are tested pairwise by seed: a paired t-test (scipy.stats.ttest_rel)
and, as a check that does not assume normality, the exact sign-flip permutation test of the mean
difference (2^n flips; with 5 seeds its smallest two-sided p is 1/16 = 0.0625).
"""
import itertools
import json
from pathlib import Path

import numpy as np

from costout.files import atomic_path, write_text_atomically

PAPER_TABLE1 = {"single-single": 97.99, "dual-single": 97.57, "tdc-same": 97.17}
PAPER_TABLE4 = {"ensemble": 97.96, "none": 97.84, "hard": 97.87, "soft": 97.88}
VARIANT_FIELDS = ("task", "costout", "drop_prob", "rescale", "seed")


def load_runs(folders):
    """{run_id: list of epoch records} from every ``*.jsonl`` run file in `folders`."""
    runs = {}
    for folder in folders:
        for path in sorted(Path(folder).glob("*.jsonl")):
            if path.name == "grid_log.jsonl":
                continue
            records = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
            if records and "config" in records[0]:
                runs[records[0]["run_id"]] = records
    return runs


def _setting(config):
    return tuple(sorted((k, v) for k, v in config.items() if k not in VARIANT_FIELDS))


def _final(records, epoch=None):
    """The record of `epoch` (or the last), or None when the run has not reached it."""
    config = records[0]["config"]
    if epoch is None:
        return records[-1] if records[-1]["epoch"] == config["epochs"] else None
    return next((r for r in records if r["epoch"] == epoch), None)


def _cells(runs, epoch=None):
    """{setting: {(task, costout): {seed: final record}}} over finished runs."""
    cells = {}
    for records in runs.values():
        final = _final(records, epoch)
        if final is None:
            continue
        config = records[0]["config"]
        cell = cells.setdefault(_setting(config), {}).setdefault((config["task"], config["costout"]), {})
        cell[config["seed"]] = final
    return cells


def sign_flip_p(differences):
    """Exact two-sided p of the mean paired difference under random sign flips."""
    d = np.asarray(differences, dtype=float)
    if len(d) == 0:
        return float("nan")
    observed = abs(d.mean())
    flips = np.array(list(itertools.product((1.0, -1.0), repeat=len(d))))
    return float(np.mean(np.abs((flips * d).mean(axis=1)) >= observed - 1e-12))


def paired_test(a, b):
    """a, b: {seed: value}; the paired comparison a - b over their common seeds."""
    from scipy import stats
    seeds = sorted(set(a) & set(b))
    d = np.array([a[s] - b[s] for s in seeds])
    if len(d) < 2:
        return {"n": len(d), "mean_diff": float(d.mean()) if len(d) else float("nan"),
                "t_p": float("nan"), "sign_flip_p": float("nan")}
    t_p = float(stats.ttest_rel([a[s] for s in seeds], [b[s] for s in seeds]).pvalue) \
        if np.any(d != d[0]) else (1.0 if d[0] == 0 else 0.0)
    return {"n": len(d), "mean_diff": float(d.mean()), "std_diff": float(d.std(ddof=1)),
            "t_p": t_p, "sign_flip_p": sign_flip_p(d)}


def _stats(values):
    v = np.array(list(values), dtype=float)
    return {"n": len(v), "mean": float(v.mean()), "std": float(v.std(ddof=1)) if len(v) > 1 else 0.0,
            "min": float(v.min()), "max": float(v.max())}


def _describe(setting):
    s = dict(setting)
    text = (f"width {s['width']}, depth {s['depth']}, {s['optimizer']} lr {s['lr']:g}, batch "
            f"{s['batch_size']}, {s['epochs']} epochs")
    if s.get("batchnorm"):
        text += ", decaying BN"
    if s.get("dropout"):
        text += f", dropout {s['dropout']:g}"
    if s.get("l2"):
        text += f", L2 {s['l2']:g}"
    if s.get("train_size"):
        text += f", first {s['train_size']} training examples"
    return text


def _fmt_test(test):
    return (f"diff {test['mean_diff']:+.2f} ± {test.get('std_diff', float('nan')):.2f} points "
            f"(n = {test['n']}); p = {test['t_p']:.2g} (paired t), {test['sign_flip_p']:.3g} (sign-flip)")


def table1(cells):
    """Per setting with all three tasks (no Cost-Out): rows and the paired tests between them."""
    tables = []
    for setting, cell in cells.items():
        keys = [(task, "none") for task in PAPER_TABLE1]
        if not all(k in cell for k in keys):
            continue
        rows = {task: {"precision": _stats(r["test"]["mean"] for r in cell[(task, "none")].values()),
                       "left": _stats(r["test"]["digit0"] for r in cell[(task, "none")].values()),
                       "paper": PAPER_TABLE1[task]} for task, _ in keys}
        left = {task: {s: r["test"]["digit0"] for s, r in cell[(task, "none")].items()} for task, _ in keys}
        tests = {"dual-single - single-single (left digit)": paired_test(left["dual-single"], left["single-single"]),
                 "tdc-same - dual-single (left digit)": paired_test(left["tdc-same"], left["dual-single"])}
        tables.append({"setting": dict(setting), "rows": rows, "tests": tests})
    return tables


def table4(cells):
    """Per setting with the ensemble and the three Cost-Out modes on TDC-disjoint."""
    tables = []
    for setting, cell in cells.items():
        keys = {"ensemble": ("ensemble-disjoint", "none"), "none": ("tdc-disjoint", "none"),
                "hard": ("tdc-disjoint", "hard"), "soft": ("tdc-disjoint", "soft")}
        if not all(k in cell for k in keys.values()):
            continue
        mean = {row: {s: r["test"]["mean"] for s, r in cell[key].items()} for row, key in keys.items()}
        rows = {row: {"precision": _stats(mean[row].values()),
                      "both": _stats(r["test"]["both"] for r in cell[key].values()),
                      "paper": PAPER_TABLE4[row]} for row, key in keys.items()}
        tests = {f"{row} - none": paired_test(mean[row], mean["none"]) for row in ("hard", "soft", "ensemble")}
        tables.append({"setting": dict(setting), "rows": rows, "tests": tests})
    return tables


def _markdown(t1, t4, epoch, depth=None):
    at = f"epoch {epoch}" if epoch else "the last epoch"
    lines = [f"Test precision (%) at {at}: mean ± std over seeds (n = seeds); p-values of paired "
             "tests over seeds (t-test; exact sign-flip test).", ""]
    for t in t1:
        lines += [f"## Table 1 ({_describe(t['setting'].items())})", "",
                  "| task | n | precision (its digits) | left digit | paper |", "|---|---|---|---|---|"]
        for task, row in t["rows"].items():
            p, l = row["precision"], row["left"]
            lines.append(f"| {task} | {p['n']} | {p['mean']:.2f} ± {p['std']:.2f} | "
                         f"{l['mean']:.2f} ± {l['std']:.2f} | {row['paper']:.2f} |")
        lines += [""] + [f"- {name}: {_fmt_test(test)}" for name, test in t["tests"].items()] + [""]
    for t in t4:
        lines += [f"## Table 4, TDC-disjoint ({_describe(t['setting'].items())})", "",
                  "| model | n | precision (mean of digits) | both digits | paper |", "|---|---|---|---|---|"]
        for row, values in t["rows"].items():
            p, b = values["precision"], values["both"]
            lines.append(f"| {row} | {p['n']} | {p['mean']:.2f} ± {p['std']:.2f} | "
                         f"{b['mean']:.2f} ± {b['std']:.2f} | {values['paper']:.2f} |")
        lines += [""] + [f"- {name}: {_fmt_test(test)}" for name, test in t["tests"].items()] + [""]
    for sweep in depth or []:
        r = sweep["setting"]
        subset = f", first {r['train_size']} pairs" if r.get("train_size") else ""
        lines += [f"## Figure 6, TDC-disjoint by depth (width {r['width']}, {r['epochs']} epochs{subset}, "
                  f"decaying BN, {r['optimizer']} {r['lr']:g})", "",
                  "| hidden layers | none | hard | n |", "|---|---|---|---|"]
        for d in sweep.get("none", {}):
            none, hard = sweep["none"][d], sweep.get("hard", {}).get(d)
            hard_text = f"{hard['mean']:.2f} ± {hard['std']:.2f}" if hard else "-"
            lines.append(f"| {d} | {none['mean']:.2f} ± {none['std']:.2f} | {hard_text} | {none['n']} |")
        lines.append("")
    return "\n".join(lines)


def _plot_band(ax, runs_records, metric, label, color=None):
    """Mean over seeds per epoch, with a +-1 std band."""
    from matplotlib.ticker import MaxNLocator
    length = min(len(r) for r in runs_records)
    values = np.array([[metric(rec) for rec in r[:length]] for r in runs_records])
    epochs = np.arange(1, length + 1)
    mean, std = values.mean(axis=0), values.std(axis=0)
    ax.plot(epochs, mean, marker="o", color=color, label=f"{label} (n={len(values)})")
    ax.fill_between(epochs, mean - std, mean + std, alpha=0.2, color=color)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))


def _histories(runs):
    """{setting: {(task, costout): [records of each seed]}} of finished runs."""
    out = {}
    for records in runs.values():
        if _final(records) is None:
            continue
        config = records[0]["config"]
        out.setdefault(_setting(config), {}).setdefault((config["task"], config["costout"]), []).append(records)
    return out


def plot_figures(runs, cells, out_dir):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    written = []
    histories = _histories(runs)
    modes = ("none", "soft", "hard")
    colors = {"none": "tab:blue", "soft": "tab:orange", "hard": "tab:green"}

    # Figure 4: Cost-Out vs none; left, TDC-same learning curves; right, one point per setting.
    tdc_same = [(s, h) for s, h in histories.items() if all(("tdc-same", m) in h for m in modes)]
    pairs = []
    for setting, cell in cells.items():
        for task in ("tdc-same", "tdc-disjoint"):
            if (task, "none") not in cell:
                continue
            for mode in ("soft", "hard"):
                if (task, mode) in cell:
                    test = paired_test({s: r["test"]["mean"] for s, r in cell[(task, mode)].items()},
                                       {s: r["test"]["mean"] for s, r in cell[(task, "none")].items()})
                    base = np.mean([r["test"]["mean"] for r in cell[(task, "none")].values()])
                    pairs.append((task, mode, base, base + test["mean_diff"]))
    disjoint = [(s, h) for s, h in histories.items() if all(("tdc-disjoint", m) in h for m in modes)]
    if tdc_same or pairs:
        fig, axes = plt.subplots(1, 3, figsize=(16, 4.4))
        if disjoint:  # the longest-trained TDC-disjoint setting, with its ensemble if there is one
            setting, cell = max(disjoint, key=lambda item: dict(item[0])["epochs"])
            for mode in modes:
                _plot_band(axes[2], cell[("tdc-disjoint", mode)], lambda r: r["test"]["mean"], mode, colors[mode])
            if ("ensemble-disjoint", "none") in cell:
                _plot_band(axes[2], cell[("ensemble-disjoint", "none")], lambda r: r["test"]["mean"],
                           "ensemble", "tab:gray")
            axes[2].set(title=f"TDC-disjoint test precision\n{_describe(setting)}", xlabel="epoch",
                        ylabel="test precision (%)")
            axes[2].legend()
        if tdc_same:
            setting, cell = tdc_same[0]
            for mode in modes:
                _plot_band(axes[0], cell[("tdc-same", mode)], lambda r: r["test"]["mean"], mode, colors[mode])
            axes[0].set(title=f"TDC-same test precision\n{_describe(setting)}", xlabel="epoch",
                        ylabel="test precision (%)")
            axes[0].legend()
        markers = {"tdc-same": "o", "tdc-disjoint": "s"}
        for task, mode, base, value in pairs:
            axes[1].scatter(base, value, marker=markers[task], color=colors[mode], label=f"{task}, {mode}")
        if pairs:
            lo = min(min(p[2], p[3]) for p in pairs) - 0.2
            hi = max(max(p[2], p[3]) for p in pairs) + 0.2
            axes[1].plot([lo, hi], [lo, hi], "k--", lw=0.8)
            handles, labels = axes[1].get_legend_handles_labels()
            unique = dict(zip(labels, handles))
            axes[1].legend(unique.values(), unique.keys())
        axes[1].set(title="Each setting: mean test precision over seeds", xlabel="without Cost-Out (%)",
                    ylabel="with Cost-Out (%)")
        fig.tight_layout()
        written.append(_save(fig, Path(out_dir) / "figure4.png"))

    # Figure 5: gradient scale of the back-propagated cost per epoch, TDC-same.
    if tdc_same:
        setting, cell = tdc_same[0]
        fig, axes = plt.subplots(1, 2, figsize=(11, 4.2))
        for mode in modes:
            _plot_band(axes[0], cell[("tdc-same", mode)], lambda r: r["grad_abs_mean"], mode, colors[mode])
            _plot_band(axes[1], cell[("tdc-same", mode)], lambda r: r["grad_abs_max"], mode, colors[mode])
        axes[0].set(title="mean |gradient| (epoch average of steps)", xlabel="epoch", yscale="log")
        axes[1].set(title="max |gradient| (epoch average of steps)", xlabel="epoch", yscale="log")
        for ax in axes:
            ax.legend()
        fig.suptitle(f"TDC-same gradient scale; {_describe(setting)}", fontsize=9)
        fig.tight_layout()
        written.append(_save(fig, Path(out_dir) / "figure5.png"))

    # Figure 6: depth sweep (TDC-disjoint, decaying BN), hard vs none.
    by_rest = {}
    for setting, cell in cells.items():
        s = dict(setting)
        if not s.get("batchnorm"):
            continue
        rest = tuple((k, v) for k, v in setting if k != "depth")
        for mode in ("none", "hard"):
            if ("tdc-disjoint", mode) in cell:
                values = [r["test"]["mean"] for r in cell[("tdc-disjoint", mode)].values()]
                by_rest.setdefault(rest, {}).setdefault(mode, {})[s["depth"]] = values
    sweeps = [(rest, v) for rest, v in by_rest.items() if len(v.get("none", {})) >= 3]
    if not sweeps:
        return written, None
    # One panel per sweep (settings that differ in more than depth), all on one y scale.
    fig, axes = plt.subplots(1, len(sweeps), figsize=(6 * len(sweeps), 4.4), squeeze=False, sharey=True)
    depth_stats = []
    for ax, (rest, sweep) in zip(axes[0], sweeps):
        for mode, points in sweep.items():
            depths = sorted(points)
            means = [np.mean(points[d]) for d in depths]
            stds = [np.std(points[d], ddof=1) if len(points[d]) > 1 else 0 for d in depths]
            ax.errorbar(depths, means, yerr=stds, marker="o", capsize=3, color=colors[mode],
                        label=f"{mode} (n={min(len(points[d]) for d in depths)} per depth)")
        r = dict(rest)
        subset = f", first {r['train_size']} pairs" if r.get("train_size") else ""
        ax.set(title=f"TDC-disjoint by depth: width {r['width']}, {r['epochs']} epochs{subset},\n"
                     f"decaying BN, {r['optimizer']} {r['lr']:g}",
               xlabel="hidden layers", ylabel="test precision (%)")
        ax.legend()
        depth_stats.append({"setting": r, **{mode: {d: _stats(v) for d, v in sorted(points.items())}
                                             for mode, points in sweep.items()}})
    fig.tight_layout()
    written.append(_save(fig, Path(out_dir) / "figure6.png"))
    return written, depth_stats


def _save(fig, path):
    import matplotlib.pyplot as plt
    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=120)
    plt.close(fig)
    return str(path)




def write_report(folders, out_dir, epoch=None):
    """Write tables.md, summary.json and figure{4,5,6}.png to `out_dir`; returns what it wrote."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    runs = load_runs(folders)
    if not runs:
        raise FileNotFoundError(f"no run files (*.jsonl) in {', '.join(map(str, folders))}")
    cells = _cells(runs, epoch)
    t1, t4 = table1(cells), table4(cells)
    figures, depth = plot_figures(runs, cells, out_dir)
    summary = {"runs": len(runs), "table1": t1, "table4": t4, "depth": depth, "figures": figures}
    write_text_atomically(out_dir / "summary.json", json.dumps(summary, indent=1, default=str))
    write_text_atomically(out_dir / "tables.md", _markdown(t1, t4, epoch, depth))
    return {"runs": len(runs), "table1": len(t1), "table4": len(t4), "figures": figures,
            "tables": str(out_dir / "tables.md")}
