"""mnist_tasks.report: paired statistics, table assembly and figures, on synthetic run files."""
import dataclasses
import json

import numpy as np
import pytest

from mnist_tasks.grid import depth_sweep, figure5, table1, table4
from mnist_tasks.report import load_runs, paired_test, sign_flip_p, write_report


@pytest.mark.parametrize("seed", range(5))
def test_sign_flip_p_properties(seed):
    d = np.random.default_rng(seed).normal(size=5)
    assert sign_flip_p(d) == pytest.approx(sign_flip_p(-d))          # symmetric
    assert sign_flip_p(np.abs(d) + 0.1) == pytest.approx(2 / 32)      # all one sign: the minimum
    assert 0 < sign_flip_p(d) <= 1
    assert sign_flip_p(np.zeros(5)) == 1.0


def test_paired_test_sees_a_shift_that_unpaired_noise_hides():
    rng = np.random.default_rng(0)
    base = rng.normal(97, 1.0, size=8)  # seed-to-seed spread much larger than the shift
    a = {s: v + 0.3 + rng.normal(0, 0.02) for s, v in enumerate(base)}
    b = {s: v for s, v in enumerate(base)}
    test = paired_test(a, b)
    assert test["n"] == 8 and test["mean_diff"] == pytest.approx(0.3, abs=0.05)
    assert test["t_p"] < 1e-4 and test["sign_flip_p"] == pytest.approx(2 / 256)
    assert paired_test(b, b)["t_p"] == 1.0


def _precision(value):
    return {"digit0": value, "digit1": value - 0.5, "both": value - 2, "mean": value - 0.25, "cost": 0.1}


def _write_runs(folder, configs, score):
    for config in configs:
        records = []
        for epoch in range(1, config.epochs + 1):
            value = score(config) - (config.epochs - epoch)
            records.append({"run_id": config.run_id(), "epoch": epoch, "train": _precision(value),
                            "valid": _precision(value), "test": _precision(value),
                            "train_cost": 1.0 / epoch, "grad_abs_mean": 1e-3 * epoch,
                            "grad_abs_max": 1e-1 * epoch, "config": dataclasses.asdict(config)})
        (folder / f"{config.run_id()}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))


def test_report_tables_and_figures(tmp_path):
    common = dict(width=8, depth=1, epochs=3)
    bonus = {"none": 0.0, "soft": 0.4, "hard": 0.2}
    score = lambda c: 90 + c.seed * 0.5 + bonus[c.costout] + (1.0 if c.task.startswith("ensemble") else 0)
    configs = table1(**common) + figure5(**common) + table4(**common)
    configs += depth_sweep(width=8, epochs=2, depths=(1, 2, 3))
    runs = tmp_path / "runs"
    runs.mkdir()
    _write_runs(runs, {c.run_id(): c for c in configs}.values(), score)
    (runs / "grid_log.jsonl").write_text('{"runs": [], "seconds": 1}\n')  # ignored
    summary = write_report([runs], tmp_path / "out")
    assert summary["table1"] == 1 and summary["table4"] >= 1
    assert sorted(p.split("/")[-1] for p in summary["figures"]) == ["figure4.png", "figure5.png", "figure6.png"]
    for png in summary["figures"]:
        assert open(png, "rb").read(4) == b"\x89PNG"
    data = json.loads((tmp_path / "out" / "summary.json").read_text())
    t4 = next(t for t in data["table4"] if t["setting"]["width"] == 8 and t["setting"]["depth"] == 1)
    # Mean over seeds 0-4 of 90 + 0.5 s + bonus - 0.25 (the "mean" digit precision).
    assert t4["rows"]["soft"]["precision"]["mean"] == pytest.approx(90 + 1.0 + 0.4 - 0.25)
    assert t4["rows"]["soft"]["precision"]["n"] == 5
    assert t4["tests"]["soft - none"]["mean_diff"] == pytest.approx(0.4)
    assert t4["tests"]["ensemble - none"]["sign_flip_p"] == pytest.approx(1 / 16)
    assert data["depth"][0]["hard"]["3"]["mean"] == pytest.approx(90 + 1.0 + 0.2 - 0.25)
    tables = (tmp_path / "out" / "tables.md").read_text()
    assert "| single-single | 5 |" in tables and "| ensemble | 5 |" in tables
    assert "| 3 | 90.75 ± 0.79 | 90.95 ± 0.79 | 5 |" in tables  # depth 3: none, hard


def test_report_ignores_unfinished_runs_and_rejects_empty(tmp_path):
    config = table1(epochs=3, width=8)[0]
    _write_runs(tmp_path, [dataclasses.replace(config, epochs=3)], lambda c: 90)
    path = next(tmp_path.glob("*.jsonl"))
    lines = path.read_text().splitlines()
    path.write_text("\n".join(lines[:2]) + "\n")  # stopped after epoch 2 of 3
    assert len(load_runs([tmp_path])) == 1
    summary = write_report([tmp_path], tmp_path / "out")
    assert summary["table1"] == 0
    with pytest.raises(FileNotFoundError, match="no run files"):
        write_report([tmp_path / "empty"], tmp_path / "out2")
