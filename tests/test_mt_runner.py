"""The translation runner: tables like the paper's Tables 7-8, scoring, and resumable runs."""
import csv
import json
import os
import pathlib
import re
import subprocess
import sys

import pytest

from mt_data import tables

REPO = pathlib.Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample" / "en-fr"
RUNNER = [sys.executable, str(REPO / "scripts" / "run_mt_experiments.py")]
TINY = ("--arch lstm --encoder-embed-dim 16 --encoder-hidden-size 16 --decoder-embed-dim 16 "
        "--decoder-hidden-size 16 --decoder-out-embed-dim 16 --dropout 0.0")


# --- tables ---------------------------------------------------------------------------------

def record(direction, setting, seed, epoch, split, score):
    return {"direction": direction, "setting": setting, "seed": seed, "epoch": epoch, "split": split,
            "precision": score, "bleu_tok": score / 2, "bleu_detok": score / 4, "n_sentences": 10}


def run_records(direction, setting, seed, by_epoch):
    """by_epoch: {epoch: (valid, test1, test2)}."""
    return [record(direction, setting, seed, epoch, split, score)
            for epoch, scores in by_epoch.items() for split, score in zip(("valid", "test1", "test2"), scores)]


def test_best_per_set_and_selected_model_on_valid_with_earliest_tie():
    records = run_records("en-fr", "without", 1, {1: (10, 30, 5), 2: (20, 10, 9), 3: (20, 11, 7)})
    summary = tables.run_summary(records, "precision")
    assert summary == {"best valid": 20, "best test1": 30, "best test2": 9, "selected epoch": 2,
                       "selected test1": 10, "selected test2": 9}


def test_delta_is_with_minus_without_averaged_over_seeds_then_across_directions():
    records = []
    for direction, base, gain in (("en-fr", 10, 2), ("fr-en", 20, -1)):
        for seed, noise in ((1, 0), (2, 2)):
            records += run_records(direction, "without", seed, {1: (base + noise,) * 3})
            records += run_records(direction, "with", seed, {1: (base + gain + noise,) * 3})
    summary = tables.summarize(records, "precision")
    mean, se, n = summary["en-fr"]["delta"]["selected test1"]
    assert (mean, n) == (2, 2)
    assert se == pytest.approx(2 ** 0.5)  # sqrt(2/2 + 2/2): std sqrt(2) per setting, n=2
    assert summary["fr-en"]["without"]["best valid"][:2] == (21, pytest.approx(2 ** 0.5))
    across = tables.delta_across_directions(summary)
    assert across["best test2"][0] == pytest.approx(0.5)
    assert across["best test2"][1] == pytest.approx((2 * 1.5 ** 2) ** 0.5)


def test_written_tables_have_every_direction_both_models_delta_and_the_across_direction_rows(tmp_path):
    records = []
    for direction in ("en-fr", "de-en"):
        for setting in ("without", "with"):
            records += run_records(direction, setting, 1, {1: (1, 2, 3), 2: (4, 5, 6)})
    markdown = tables.write_tables(records, tmp_path, header="Command: `x`")
    for needed in ("en→fr", "de→en", "without Cost-Out (n=1)", "with Cost-Out (n=1)", "| δ |",
                   "mean δ over 2 directions", "std of δ over 2 directions", "tokenized lower-cased",
                   "detokenized", "mean precision"):
        assert needed in markdown
    assert (tmp_path / "tables.md").read_text(encoding="utf-8") == markdown
    with open(tmp_path / "tables.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    selected = [r for r in rows if r["measure"] == "bleu_tok" and r["direction"] == "en-fr"
                and r["model"] == "with" and r["column"] == "selected test2"]
    assert float(selected[0]["mean"]) == 3.0
    assert len(list(csv.DictReader(open(tmp_path / "runs.csv", encoding="utf-8")))) == len(records)
    assert not list(tmp_path.glob("*.tmp"))
    with pytest.raises(ValueError, match="no evaluated runs"):
        tables.write_tables([], tmp_path)


def test_learning_curves_are_written_as_a_png(tmp_path):
    from mt_data.plots import plot_curves

    records = []
    for seed in (1, 2):
        for setting in ("without", "with"):
            records += run_records("en-fr", setting, seed, {1: (1 + seed, 2, 3), 2: (4, 5, 6)})
    path = plot_curves(records, str(tmp_path / "curves.png"))
    assert pathlib.Path(path).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not list(tmp_path.glob("*.tmp*"))


# --- BLEU -----------------------------------------------------------------------------------

def test_bleu_tokenized_and_detokenized_are_labelled_and_differ_as_expected():
    from mt_data.evaluate import bleu_scores

    refs_raw = ["L'objet est sélectionné, puis copié.", "Ouvrez la boîte de dialogue Options."]
    refs_tok = ["l' objet est sélectionné , puis copié .", "ouvrez la boîte de dialogue options ."]
    perfect = bleu_scores(refs_tok, refs_tok, refs_raw, "fr")
    assert perfect["bleu_tok"] == pytest.approx(100.0)
    # The lower-cased output loses the cased words against the raw reference, and only there.
    assert perfect["bleu_detok"] < 100.0
    cased = bleu_scores(["L' objet est sélectionné , puis copié .", "Ouvrez la boîte de dialogue Options ."],
                        refs_tok, refs_raw, "fr")
    assert cased["bleu_detok"] == pytest.approx(100.0)
    with pytest.raises(ValueError, match="hypotheses"):
        bleu_scores(refs_tok[:1], refs_tok, refs_raw, "fr")


# --- end to end -----------------------------------------------------------------------------

def write_corpus(root):
    pair = root / "en-fr"
    pair.mkdir(parents=True)
    for split, size in (("train", 150), ("valid", 21), ("test1", 19), ("test2", 17)):
        for lang in ("en", "fr"):
            lines = (SAMPLE / f"{split}.{lang}").read_text(encoding="utf-8").split("\n")[:size]
            (pair / f"{split}.{lang}").write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(corpus, work, *extra):
    result = subprocess.run([*RUNNER, "--corpus", str(corpus), "--directions", "en-fr",
                             "--seeds", "1", "--work", str(work), "--arch", TINY, "--beam", "2",
                             *extra], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    return result.stdout


@pytest.fixture(scope="module")
def finished(tmp_path_factory):
    corpus, work = tmp_path_factory.mktemp("corpus"), tmp_path_factory.mktemp("work")
    write_corpus(corpus)
    stdout = run(corpus, work, "--max-epoch", "2")
    return corpus, work, stdout


def test_runner_trains_both_models_scores_every_epoch_on_every_sentence_and_prints_the_table(finished):
    _, work, stdout = finished
    assert "| en→fr | without Cost-Out (n=1) |" in stdout and "| en→fr | δ |" in stdout
    for setting, mode in (("without", "none"), ("with", "hard")):
        run_dir = work / "runs" / "en-fr" / setting / "seed1"
        assert f"--costout-mode {mode}" in (run_dir / "train.log").read_text(encoding="utf-8")
        for epoch in (1, 2):
            scores = json.loads((run_dir / "eval" / f"epoch{epoch}.json").read_text(encoding="utf-8"))
            assert {split: s["n_sentences"] for split, s in scores["scores"].items()} == \
                {"valid": 21, "test1": 19, "test2": 17}  # not a multiple of 8: nothing dropped
            assert all(isinstance(h, str) for h in scores["hypotheses"]["test2"])
        assert not list(run_dir.glob("checkpoint[0-9]*.pt")), "scored epoch checkpoints are deleted"
    assert (work / "tables.md").exists() and (work / "tables.csv").exists()


def test_mean_precision_equals_the_criterion_accuracy_fairseq_logged_on_valid(finished):
    _, work, _ = finished
    run_dir = work / "runs" / "en-fr" / "with" / "seed1"
    logged = [json.loads(line.split("| valid | ")[1]) for line in
              (run_dir / "train.log").read_text(encoding="utf-8").splitlines() if "| valid | " in line]
    for entry in logged:
        scores = json.loads((run_dir / "eval" / f"epoch{entry['epoch']}.json").read_text(encoding="utf-8"))
        assert scores["scores"]["valid"]["precision"] == pytest.approx(float(entry["valid_accuracy"]), abs=1e-3)


def load_runner():
    import importlib.util

    spec = importlib.util.spec_from_file_location("run_mt_experiments", REPO / "scripts" / "run_mt_experiments.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_finished_run_is_not_trained_again(finished):
    _, work, _ = finished
    runner = load_runner()
    run_dir = work / "runs" / "en-fr" / "without" / "seed1"
    assert runner.trained_epochs(run_dir / "train.done") == 2
    args = runner.argparse.Namespace(max_epoch=2)  # anything else would be needed to train
    assert runner.train_run(args, None, "en", "fr", "without", 1, str(run_dir)) is False
    assert runner.trained_epochs(work / "runs" / "nothing" / "train.done") == 0


def test_a_killed_run_resumes_and_a_finished_run_extends_without_retraining(finished):
    corpus, work, _ = finished
    extended = work / "runs" / "en-fr" / "without" / "seed1"
    # Simulate a run killed after its first epochs: no train.done, checkpoint_last.pt present.
    resumed = work / "runs" / "en-fr" / "with" / "seed1"
    os.remove(resumed / "train.done")
    stdout = run(corpus, work, "--max-epoch", "3")
    assert "en->fr with seed 1: resuming" in stdout
    assert "en->fr without seed 1: extending 2 to 3 epochs" in stdout
    for run_dir in (resumed, extended):
        text = (run_dir / "train.log").read_text(encoding="utf-8")
        assert "Loaded checkpoint" in text
        valid_epochs = re.findall(r'\| valid \| \{"epoch": (\d+)', text)
        assert valid_epochs == ["1", "2", "3"], "epochs 1-2 must not be trained again"
        assert (run_dir / "eval" / "epoch3.json").exists()


def test_prepared_data_made_with_other_settings_is_refused(finished):
    corpus, work, _ = finished
    runner = load_runner()
    args = runner.argparse.Namespace(work=str(work), corpus=str(corpus), max_tokens=40, bpe=0, nwords=0)
    assert runner.prepared_direction(args, "en", "fr") == str(work / "data" / "en-fr")  # cached
    args.max_tokens = 25
    with pytest.raises(runner.CorpusError, match="max_tokens"):
        runner.prepared_direction(args, "en", "fr")


def test_paired_deltas_match_seeds_within_a_direction():
    records = []
    for seed, (without, with_) in enumerate(((10, 12), (20, 19), (30, 33)), start=1):
        records += run_records("en-fr", "without", seed, {1: (without,) * 3})
        records += run_records("en-fr", "with", seed, {1: (with_,) * 3})
    records += run_records("fr-en", "with", 1, {1: (5,) * 3})  # no partner: left out
    assert tables.paired_deltas(records, "precision", "selected test1") == [2, -1, 3]
    assert "with > without in 2 of 3 seed-paired runs, mean δ +1.33" in \
        tables.paired_line(records, "precision", "selected test1")
