"""mnist_tasks.__main__: the command line end to end on tiny runs."""
import json

import pytest

from mnist_tasks.__main__ import main

TINY = ["--width", "8", "--depth", "1", "--epochs", "1", "--train-size", "64", "--eval-size", "50",
        "--eval-train-size", "50"]


def test_run_grid_report(tmp_path, capsys):
    runs = str(tmp_path / "runs")
    main(["run", "--task", "dual-single", "--costout", "hard", "--batchnorm", "--out", runs, "--quiet"] + TINY)
    line = json.loads(capsys.readouterr().out)
    assert line["run_id"].startswith("dual-single-w8-d1-adam0.0001-bn-do0-l20-hard-s0")
    assert (tmp_path / "runs" / f"{line['run_id']}.jsonl").is_file()

    main(["grid", "--preset", "table1", "--seeds", "0", "1", "--dry-run", "--out", runs] + TINY)
    listing = capsys.readouterr().out.split("\n")
    assert sum(l.startswith("todo") for l in listing) == 6

    main(["grid", "--preset", "table1", "--seeds", "0", "1", "--jobs", "1", "--quiet", "--out", runs] + TINY)
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["ran"] == 6
    main(["grid", "--preset", "table1", "--seeds", "0", "1", "--dry-run", "--out", runs] + TINY)
    assert all(l.startswith("done") for l in capsys.readouterr().out.split("\n") if l)

    main(["depth", "--depths", "1", "2", "--seeds", "0", "--dry-run", "--out", runs, "--width", "8"] + TINY[4:])
    assert len([l for l in capsys.readouterr().out.split("\n") if l]) == 4

    main(["report", "--runs", runs, "--out", str(tmp_path / "report")])
    assert json.loads(capsys.readouterr().out)["table1"] == 1
    assert "| tdc-same | 2 |" in (tmp_path / "report" / "tables.md").read_text()


def test_depth_flag_is_not_an_abbreviation_of_depths(tmp_path):
    with pytest.raises(SystemExit):
        main(["depth", "--depth", "3", "--dry-run", "--out", str(tmp_path)])


def test_bad_option_is_named(tmp_path):
    with pytest.raises(ValueError, match="mode must be one of"):
        main(["run", "--costout", "sometimes", "--out", str(tmp_path)] + TINY)


def test_no_fairseq_import():
    import subprocess
    import sys
    code = ("import sys, mnist_tasks.__main__, mnist_tasks.train, mnist_tasks.grid, mnist_tasks.report; "
            "sys.exit('fairseq' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
