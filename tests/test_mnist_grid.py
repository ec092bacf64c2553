"""mnist_tasks.grid: preset contents, grouping, and the resumable parallel runner."""
import json

import pytest

from mnist_tasks.grid import depth_sweep, make_groups, preset_configs, run_grid, table1, table3, table4
from mnist_tasks.train import is_finished, read_run, run_path

TINY = dict(width=8, depth=1, epochs=1, train_size=64, eval_size=50, eval_train_size=50)


def test_presets_cover_the_papers_cells():
    assert {(c.task, c.costout) for c in table1()} == {
        ("single-single", "none"), ("dual-single", "none"), ("tdc-same", "none")}
    assert len(table1()) == 15 and len(table4()) == 20
    sweep = depth_sweep()
    assert sorted({c.depth for c in sweep}) == list(range(1, 11)) and len(sweep) == 100
    assert all(c.width == 2000 and c.batchnorm and c.optimizer == "adam" and c.lr == 1e-4 for c in sweep)
    grid = table3()
    assert len(grid) == len({c.run_id() for c in grid}) == 2 * 3 * 2 * 2 * 2 * 3 * 5
    # Overrides reach every configuration; the union of presets has no duplicates.
    assert all(c.epochs == 3 for c in preset_configs(["table1", "figure5"], epochs=3))
    assert len(preset_configs(["table1", "figure5"])) == 15 + 15 - 5
    with pytest.raises(ValueError, match="preset"):
        preset_configs(["table9"])


@pytest.mark.parametrize("max_group", [1, 4, 16])
def test_groups_share_architecture_and_respect_size(max_group):
    configs = table3(seeds=(0, 1))
    groups = make_groups(configs, max_group)
    assert sorted(c.run_id() for g in groups for c in g) == sorted(c.run_id() for c in configs)
    for group in groups:
        assert 1 <= len(group) <= max_group and len({c.group_key() for c in group}) == 1


def test_run_grid_skips_finished_and_resumes(tmp_path):
    configs = table1(seeds=(0, 1), **TINY)
    summary = run_grid(configs, tmp_path, jobs=1, progress=False)
    assert summary["ran"] == 6 and summary["groups"] == 3
    assert all(is_finished(tmp_path, c) for c in configs)
    again = run_grid(configs, tmp_path, jobs=1, progress=False)
    assert again["ran"] == 0 and again["skipped"] == 6
    run_path(tmp_path, configs[0]).unlink()  # a lost run is redone, alone
    assert run_grid(configs, tmp_path, jobs=1, progress=False)["ran"] == 1
    log = [json.loads(line) for line in (tmp_path / "grid_log.jsonl").read_text().splitlines()]
    assert len(log) == 4 and all(entry["seconds"] > 0 for entry in log)


def test_parallel_workers_give_the_same_results(tmp_path):
    configs = table4(seeds=(0,), **TINY)  # two groups: ensemble and single network
    run_grid(configs, tmp_path / "serial", jobs=1, progress=False)
    summary = run_grid(configs, tmp_path / "parallel", jobs=2, progress=False)
    assert summary["ran"] == 4 and summary["groups"] == 2
    for config in configs:
        serial = read_run(run_path(tmp_path / "serial", config))[-1]
        parallel = read_run(run_path(tmp_path / "parallel", config))[-1]
        assert serial["test"] == parallel["test"]
