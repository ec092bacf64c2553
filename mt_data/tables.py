"""Tables shaped like the paper's Tables 7 (mean precision) and 8 (BLEU), from per-epoch scores.

Input: one record per (direction, setting, seed, epoch, split) with the measures of
`mt_data.evaluate`. For each run (direction, setting, seed):
  * best per set: the highest score over epochs on valid, test1 and test2 separately (the paper's
    "best" columns, an optimistic upper bound since test sets choose their own epoch);
  * selected model: the epoch with the best valid score (earliest on ties), scored on test1 and
    test2 (the honest number).
Across seeds: mean and sample std. δ = with Cost-Out − without, per direction (mean over seeds),
then the mean and std of δ across directions, as the paper's last rows.
"""
import csv
import io
import math
import os

from costout.files import write_text_atomically

MEASURES = {
    "precision": "mean precision (%, teacher-forced token accuracy)",
    "bleu_tok": "BLEU, tokenized lower-cased (the paper's setting)",
    "bleu_detok": "BLEU, sacrebleu 13a on detokenized output vs raw cased reference",
}
COLUMNS = ("best valid", "best test1", "best test2", "selected test1", "selected test2")
WITHOUT, WITH = "without", "with"


def mean_std(values):
    values = [v for v in values if v is not None]
    if not values:
        return None, None
    mean = sum(values) / len(values)
    if len(values) < 2:
        return mean, None
    return mean, math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1))


def run_summary(records, measure):
    """{column: score, "selected epoch": e} for one run's records (all epochs, all splits)."""
    by_epoch = {}
    for record in records:
        by_epoch.setdefault(record["epoch"], {})[record["split"]] = record[measure]
    epochs = sorted(by_epoch)
    summary = {}
    for split in ("valid", "test1", "test2"):
        scores = [by_epoch[e][split] for e in epochs if split in by_epoch[e]]
        summary[f"best {split}"] = max(scores) if scores else None
    valid_epochs = [e for e in epochs if "valid" in by_epoch[e]]
    if valid_epochs:
        selected = max(valid_epochs, key=lambda e: (by_epoch[e]["valid"], -e))
        summary["selected epoch"] = selected
        for split in ("test1", "test2"):
            summary[f"selected {split}"] = by_epoch[selected].get(split)
    return summary


def summarize(records, measure):
    """{direction: {setting: {column: (mean, std, n)}}} plus δ rows; see the module docstring."""
    runs = {}
    for record in records:
        runs.setdefault((record["direction"], record["setting"], record["seed"]), []).append(record)
    per_run = {key: run_summary(rs, measure) for key, rs in runs.items()}
    table = {}
    for (direction, setting, seed), summary in sorted(per_run.items()):
        table.setdefault(direction, {}).setdefault(setting, []).append(summary)
    out = {}
    for direction, settings in table.items():
        out[direction] = {}
        for setting, summaries in settings.items():
            out[direction][setting] = {}
            for column in COLUMNS + ("selected epoch",):
                mean, std = mean_std([s.get(column) for s in summaries])
                out[direction][setting][column] = (mean, std, len(summaries))
        if WITHOUT in settings and WITH in settings:
            delta = {}
            for column in COLUMNS:
                (m1, s1, n1), (m0, s0, n0) = out[direction][WITH][column], out[direction][WITHOUT][column]
                if m1 is None or m0 is None:
                    delta[column] = (None, None, 0)
                    continue
                # Standard error of the difference of two seed means: the seed spread of δ.
                se = (math.sqrt((s1 or 0) ** 2 / n1 + (s0 or 0) ** 2 / n0)
                      if s1 is not None and s0 is not None else None)
                delta[column] = (m1 - m0, se, min(n1, n0))
            out[direction]["delta"] = delta
    return out


def paired_deltas(records, measure, column):
    """[with − without] per (direction, seed): the same seed gives both runs the same
    initialization and batch order, so only the Cost-Out masks differ within a pair."""
    runs = {}
    for record in records:
        runs.setdefault((record["direction"], record["setting"], record["seed"]), []).append(record)
    deltas = []
    for (direction, setting, seed), rs in sorted(runs.items()):
        if setting != WITH or (direction, WITHOUT, seed) not in runs:
            continue
        with_score = run_summary(rs, measure).get(column)
        without_score = run_summary(runs[(direction, WITHOUT, seed)], measure).get(column)
        if with_score is not None and without_score is not None:
            deltas.append(with_score - without_score)
    return deltas


def paired_line(records, measure, column):
    """'δ > 0 in a of n pairs, Wilcoxon signed-rank p = ...' for one column."""
    deltas = paired_deltas(records, measure, column)
    if not deltas:
        return ""
    text = (f"{column}: with > without in {sum(d > 0 for d in deltas)} of {len(deltas)} "
            f"seed-paired runs, mean δ {sum(deltas) / len(deltas):+.2f}")
    if len(deltas) >= 6 and any(deltas):
        from scipy.stats import wilcoxon

        text += f", two-sided Wilcoxon signed-rank p = {wilcoxon(deltas).pvalue:.3g}"
    return text


def delta_across_directions(summary):
    """{column: (mean δ, std δ, number of directions)}."""
    result = {}
    for column in COLUMNS:
        deltas = [d["delta"][column][0] for d in summary.values()
                  if "delta" in d and d["delta"][column][0] is not None]
        mean, std = mean_std(deltas)
        result[column] = (mean, std, len(deltas))
    return result


def _fmt(mean, std, signed=False):
    if mean is None:
        return "–"
    text = f"{mean:+.2f}" if signed else f"{mean:.2f}"
    return f"{text} ± {std:.2f}" if std is not None else text


def direction_label(direction):
    return direction.replace("-", "→")


def markdown_table(records, measure):
    """One Markdown table for one measure."""
    summary = summarize(records, measure)
    lines = [f"**{MEASURES[measure]}** (mean ± std over seeds; δ ± standard error of the difference)",
             "", "| direction | model | " + " | ".join(COLUMNS) + " | selected epoch |",
             "|---|---|" + "---:|" * (len(COLUMNS) + 1)]
    names = {WITHOUT: "without Cost-Out", WITH: "with Cost-Out", "delta": "δ"}
    for direction in sorted(summary):
        for setting in (WITHOUT, WITH, "delta"):
            row = summary[direction].get(setting)
            if row is None:
                continue
            cells = [_fmt(*row[c][:2], signed=setting == "delta") for c in COLUMNS]
            epoch = row.get("selected epoch")
            epoch_cell = ""
            if epoch and epoch[0] is not None and setting != "delta":
                epoch_cell = f"{epoch[0]:.1f}".rstrip("0").rstrip(".")
                epoch_cell += f" ± {epoch[1]:.1f}" if epoch[1] is not None else ""
            n = row[COLUMNS[0]][2]
            label = names[setting] + (f" (n={n})" if setting != "delta" else "")
            lines.append(f"| {direction_label(direction)} | {label} | " + " | ".join(cells)
                         + f" | {epoch_cell} |")
    across = delta_across_directions(summary)
    n_dirs = across[COLUMNS[0]][2]
    lines.append(f"| mean δ over {n_dirs} directions | | "
                 + " | ".join(_fmt(across[c][0], None, signed=True) for c in COLUMNS) + " | |")
    lines.append(f"| std of δ over {n_dirs} directions | | "
                 + " | ".join(_fmt(across[c][1], None) for c in COLUMNS) + " | |")
    paired = [paired_line(records, measure, c) for c in ("selected test1", "selected test2")]
    if any(paired):
        lines += [""] + [f"- {line}" for line in paired if line]
    return "\n".join(lines)


def csv_rows(records):
    """Long-format rows: measure, direction, model, column, mean, std, n."""
    rows = [("measure", "direction", "model", "column", "mean", "std", "n")]
    for measure in MEASURES:
        summary = summarize(records, measure)
        for direction in sorted(summary):
            for setting, row in summary[direction].items():
                for column, (mean, std, n) in row.items():
                    rows.append((measure, direction, setting, column, _num(mean), _num(std), n))
        for column, (mean, std, n) in delta_across_directions(summary).items():
            rows.append((measure, "all", "delta across directions", column, _num(mean), _num(std), n))
    return rows


def _num(value):
    return "" if value is None else f"{value:.4f}"


def write_atomic(path, text):
    write_text_atomically(path, text)


def write_tables(records, out_dir, header=""):
    """tables.md (all measures), tables.csv (summary), runs.csv (every record); returns the md."""
    if not records:
        raise ValueError("no evaluated runs to tabulate")
    markdown = (header + "\n\n" if header else "") + "\n\n".join(
        markdown_table(records, measure) for measure in MEASURES) + "\n"
    write_atomic(os.path.join(out_dir, "tables.md"), markdown)
    buffer = io.StringIO()
    csv.writer(buffer).writerows(csv_rows(records))
    write_atomic(os.path.join(out_dir, "tables.csv"), buffer.getvalue())
    fields = ["direction", "setting", "seed", "epoch", "split", *MEASURES, "n_sentences"]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    for record in sorted(records, key=lambda r: (r["direction"], r["setting"], r["seed"], r["epoch"], r["split"])):
        writer.writerow(record)
    write_atomic(os.path.join(out_dir, "runs.csv"), buffer.getvalue())
    return markdown
