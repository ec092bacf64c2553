"""Learning curves with and without Cost-Out: one panel per direction, mean over seeds ± std."""

from costout.files import atomic_path


def plot_curves(records, path, measures=("precision", "bleu_tok"), split="valid"):
    """PNG of `measures` on `split` against epoch; returns `path`."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    from mt_data.tables import WITH, WITHOUT, direction_label

    directions = sorted({r["direction"] for r in records})
    fig, axes = plt.subplots(len(measures), len(directions), squeeze=False,
                             figsize=(2.8 * len(directions), 2.6 * len(measures)), sharex=True)
    for col, direction in enumerate(directions):
        for row, measure in enumerate(measures):
            ax = axes[row][col]
            for setting, color, label in ((WITHOUT, "tab:blue", "without Cost-Out"),
                                          (WITH, "tab:red", "with Cost-Out")):
                by_epoch = {}
                for r in records:
                    if r["direction"] == direction and r["setting"] == setting and r["split"] == split:
                        by_epoch.setdefault(r["epoch"], []).append(r[measure])
                if not by_epoch:
                    continue
                epochs = sorted(by_epoch)
                mean = np.array([np.mean(by_epoch[e]) for e in epochs])
                std = np.array([np.std(by_epoch[e], ddof=1) if len(by_epoch[e]) > 1 else 0.0 for e in epochs])
                ax.plot(epochs, mean, color=color, marker="o", ms=3, label=label)
                ax.fill_between(epochs, mean - std, mean + std, color=color, alpha=0.2)
            if row == 0:
                ax.set_title(direction_label(direction))
            if col == 0:
                ax.set_ylabel({"precision": "mean precision (%)", "bleu_tok": "BLEU (tok)",
                               "bleu_detok": "BLEU (detok)"}[measure] + f", {split}")
            if row == len(measures) - 1:
                ax.set_xlabel("epoch")
    handles = {}
    for ax in axes.flat:
        for handle, label in zip(*ax.get_legend_handles_labels()):
            handles.setdefault(label, handle)
    fig.legend(handles.values(), handles.keys(), loc="upper right", fontsize=8)
    fig.suptitle(f"{split}: mean over seeds, band = ±1 std", fontsize=9)
    fig.tight_layout()
    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=110)
    plt.close(fig)
    return path
