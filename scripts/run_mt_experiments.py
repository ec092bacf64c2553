#!/usr/bin/env python
"""Translation with and without Cost-Out, scored and tabulated like the paper's Tables 7 and 8.

For each direction (e.g. en-fr, fr-en), setting (`without`: full cost; `with`: hard Cost-Out
keeping half of each sentence's target words, eq. 13) and seed:
  1. prepare the direction once (Moses, lower case, <=40 tokens, fairseq binaries), cached;
  2. train with `fairseq-train` (a subprocess, one thread; logs to train.log); a run killed
     midway resumes from its checkpoint_last.pt, a finished one (train.done) is not retrained;
  3. score every epoch's checkpoint on valid, test1 and test2: mean precision (teacher-forced
     token accuracy) and BLEU (tokenized lower-cased, and sacrebleu on detokenized output),
     cached per epoch in eval/epoch<N>.json; epoch checkpoints are deleted once scored;
  4. write tables.md / tables.csv / runs.csv: best per set, the model selected on valid,
     δ = with − without, mean and std of δ across directions; curves_valid.png: valid
     precision and BLEU per epoch, with and without Cost-Out.

Example (the README demo does this on the bundled sample):
  python scripts/run_mt_experiments.py --corpus data/sample --directions en-fr \\
      --seeds 1 --max-epoch 4 --work work/mt/demo --results results/mt/demo
"""
import argparse
import glob
import json
import os
import shlex
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from mt_data import prepare, tables  # noqa: E402
from mt_data.libreoffice import CorpusError  # noqa: E402

ALL_DIRECTIONS = ("en-fr", "fr-en", "en-es", "es-en", "en-de", "de-en")
# The two settings compared; `costout_sum` with mode none is exactly cross-entropy.
SETTINGS = {
    "without": "--criterion costout_sum --costout-mode none",
    "with": "--criterion costout_sum --costout-mode hard --costout-keep-fraction 0.5",
}
# A small attentional LSTM that trains in minutes on a CPU (the paper used a larger one on GPUs).
TINY_ARCH = ("--arch lstm --encoder-embed-dim 64 --encoder-hidden-size 128 --decoder-embed-dim 64 "
             "--decoder-hidden-size 128 --decoder-out-embed-dim 64 --dropout 0.1")
TRAIN_DEFAULTS = ("--optimizer adam --adam-betas (0.9,0.98) --lr 0.003 --clip-norm 1.0 "
                  "--max-tokens 300 --num-workers 0 --required-batch-size-multiple 1")


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def raw_dir_for(corpus, src, tgt):
    for name in (f"{src}-{tgt}", f"{tgt}-{src}"):
        path = os.path.join(corpus, name)
        if os.path.isdir(path):
            return path
    raise CorpusError(f"{corpus}: neither {src}-{tgt}/ nor {tgt}-{src}/ holds raw splits")


def prepared_direction(args, src, tgt):
    """The prepared data dir of a direction, binarizing it the first time."""
    out_dir = os.path.join(args.work, "data", f"{src}-{tgt}")
    done = os.path.join(out_dir, "prepared.json")
    settings = {"corpus": os.path.abspath(raw_dir_for(args.corpus, src, tgt)),
                "max_tokens": args.max_tokens, "bpe": args.bpe, "nwords": args.nwords}
    if os.path.exists(done):
        with open(done, encoding="utf-8") as handle:
            stored = json.load(handle)
        changed = {k: (stored[k], v) for k, v in settings.items() if k in stored and stored[k] != v}
        if changed:
            raise CorpusError(f"{out_dir} was prepared with other settings {changed} (stored, "
                              "asked): use another --work, or delete that directory")
        return out_dir
    log(f"{src}->{tgt}: preparing {settings['corpus']} -> {out_dir}")
    kept = prepare.prepare_direction(settings["corpus"], src, tgt, out_dir, max_tokens=args.max_tokens,
                                     bpe_merges=args.bpe, nwords=args.nwords, log=log)
    tables.write_atomic(done, json.dumps({"kept": kept, **settings}) + "\n")
    return out_dir


def train_command(args, data_dir, src, tgt, setting, seed, run_dir):
    return [
        sys.executable, "-m", "fairseq_cli.train", os.path.join(data_dir, "bin"),
        "--user-dir", os.path.join(REPO, "fairseq_costout"), "--task", "translation",
        "--source-lang", src, "--target-lang", tgt, "--save-dir", run_dir, "--seed", str(seed),
        "--max-epoch", str(args.max_epoch), *([] if args.gpu else ["--cpu"]),
        "--log-format", "json", "--log-interval", "20",
        "--no-progress-bar", "--save-interval", "1",
        *shlex.split(args.arch), *shlex.split(TRAIN_DEFAULTS), *shlex.split(args.setting_args[setting]),
        *shlex.split(args.train_args),
    ]


def _train_in_child(argv, log_path, threads):
    """Body of the forked training process: fairseq-train's main with output to train.log."""
    import logging

    import torch

    log_fd = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    os.dup2(log_fd, 1)
    os.dup2(log_fd, 2)
    # fairseq-train's own log format (the parent's logging was set up by other imports).
    logging.basicConfig(format="%(asctime)s | %(levelname)s | %(name)s | %(message)s",
                        datefmt="%Y-%m-%d %H:%M:%S", level=logging.INFO, stream=sys.stdout, force=True)
    logging.getLogger("fairseq").setLevel(logging.NOTSET)
    torch.set_num_threads(threads)
    from fairseq import options
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf
    from fairseq.distributed import utils as distributed_utils
    from fairseq_cli import train

    args = options.parse_args_and_arch(options.get_training_parser(), argv)
    distributed_utils.call_main(convert_namespace_to_omegaconf(args), train.main)
    sys.stdout.flush()


def trained_epochs(done_path):
    """The --max-epoch a finished run was trained to (0 if it has not finished)."""
    if not os.path.exists(done_path):
        return 0
    with open(done_path, encoding="utf-8") as handle:
        command = json.load(handle)["command"]
    return int(command[command.index("--max-epoch") + 1])


def train_run(args, data_dir, src, tgt, setting, seed, run_dir):
    """Train unless already trained to --max-epoch; fairseq resumes from checkpoint_last.pt.

    A run killed midway resumes; a finished run asked for more epochs continues from its last
    checkpoint (fixed learning rate, Adam state and per-epoch shuffling are in the checkpoint,
    so this equals training longer from the start); a finished run is never trained again.

    Training runs in a forked child of this process, which has fairseq imported already: the
    same isolation as a `fairseq-train` subprocess (and a crash stays in the child) without
    paying fairseq's start-up (tens of seconds on a loaded machine) for every run.
    """
    import multiprocessing

    done = os.path.join(run_dir, "train.done")
    finished = trained_epochs(done)
    if finished >= args.max_epoch:
        return False
    os.makedirs(run_dir, exist_ok=True)
    command = train_command(args, data_dir, src, tgt, setting, seed, run_dir)
    resumed = os.path.exists(os.path.join(run_dir, "checkpoint_last.pt"))
    state = f"extending {finished} to {args.max_epoch} epochs" if finished else ("resuming" if resumed else "training")
    log_path = os.path.join(run_dir, "train.log")
    log(f"{src}->{tgt} {setting} seed {seed}: {state} (log: {log_path})")
    with open(log_path, "a", encoding="utf-8") as train_log:
        train_log.write(f"\n# {shlex.join(command)}\n")
    started = time.time()
    sys.stdout.flush()
    sys.stderr.flush()
    child = multiprocessing.get_context("fork").Process(
        target=_train_in_child, args=(command[3:], log_path, args.threads))
    child.start()
    child.join()
    if child.exitcode != 0:
        raise RuntimeError(f"fairseq-train failed (exit {child.exitcode}); see {log_path}")
    tables.write_atomic(done, json.dumps({"command": command, "seconds": time.time() - started}) + "\n")
    return True


def references(data_dir, split, tgt):
    return (prepare.read_lines(os.path.join(data_dir, "tok", f"{split}.{tgt}")),
            prepare.read_lines(os.path.join(data_dir, "raw", f"{split}.{tgt}")))


def evaluate_run(args, data_dir, tgt, run_dir, splits):
    """Score each epoch checkpoint not yet scored; delete it once its scores are on disk."""
    from tqdm import tqdm

    from mt_data import evaluate

    os.makedirs(os.path.join(run_dir, "eval"), exist_ok=True)
    checkpoints = sorted(glob.glob(os.path.join(run_dir, "checkpoint[0-9]*.pt")),
                         key=lambda p: int(os.path.basename(p)[10:-3]))
    for checkpoint in tqdm(checkpoints, desc=f"score {os.path.relpath(run_dir, args.work)}",
                           unit="epoch", leave=False):
        epoch = int(os.path.basename(checkpoint)[10:-3])
        out = os.path.join(run_dir, "eval", f"epoch{epoch}.json")
        if not os.path.exists(out):
            scores, hypotheses = evaluate.evaluate_checkpoint(
                checkpoint, os.path.join(data_dir, "bin"), splits, tgt, beam=args.beam,
                bpe="subword_nmt" if args.bpe else None, cuda=args.gpu)
            tables.write_atomic(out, json.dumps({"epoch": epoch, "beam": args.beam, "scores": scores,
                                                 "hypotheses": hypotheses}, ensure_ascii=False) + "\n")
        if not args.keep_checkpoints:
            os.remove(checkpoint)


def load_records(work, directions, settings, seeds, max_epoch):
    """Scores of epochs 1..max_epoch of the given runs (a run may have been extended further)."""
    records = []
    for direction in directions:
        for setting in settings:
            for seed in seeds:
                run_dir = os.path.join(work, "runs", direction, setting, f"seed{seed}")
                for path in glob.glob(os.path.join(run_dir, "eval", "epoch*.json")):
                    with open(path, encoding="utf-8") as handle:
                        result = json.load(handle)
                    if result["epoch"] > max_epoch:
                        continue
                    for split, scores in result["scores"].items():
                        records.append({"direction": direction, "setting": setting, "seed": seed,
                                        "epoch": result["epoch"], "split": split, **scores})
    return records


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=os.path.join(REPO, "data", "sample"),
                        help="raw corpus root holding <l1>-<l2>/<split>.<lang> (default: the bundled sample)")
    parser.add_argument("--directions", nargs="+", default=list(ALL_DIRECTIONS))
    parser.add_argument("--settings", nargs="+", default=list(SETTINGS), choices=list(SETTINGS))
    parser.add_argument("--seeds", nargs="+", type=int, default=[1, 2, 3])
    parser.add_argument("--max-epoch", type=int, default=6, help="epochs per run (each is scored)")
    parser.add_argument("--arch", default=TINY_ARCH, help="fairseq model options")
    parser.add_argument("--train-args", default="", help="more fairseq-train options, for all runs")
    parser.add_argument("--without-args", default=SETTINGS["without"],
                        help="criterion options of the run without Cost-Out")
    parser.add_argument("--with-args", default=SETTINGS["with"],
                        help="criterion options of the run with Cost-Out (e.g. --criterion costout_hsoftmax ...)")
    parser.add_argument("--max-tokens", type=int, default=prepare.MAX_TOKENS,
                        help="drop pairs longer than this (the paper: 40)")
    parser.add_argument("--bpe", type=int, default=0, help="joint BPE merges (0: words, as the paper)")
    parser.add_argument("--nwords", type=int, default=0, help="vocabulary size per side (0: all)")
    parser.add_argument("--beam", type=int, default=5)
    parser.add_argument("--threads", type=int, default=1, help="torch threads per training run")
    parser.add_argument("--gpu", action="store_true", help="train and score on the GPU (default: CPU)")
    parser.add_argument("--work", default=os.path.join(REPO, "work", "mt"),
                        help="prepared data, checkpoints and per-epoch scores (resumable)")
    parser.add_argument("--results", default=None, help="where tables.md/.csv go (default: --work)")
    parser.add_argument("--keep-checkpoints", action="store_true",
                        help="keep every epoch checkpoint (default: delete once scored)")
    parser.add_argument("--table-only", action="store_true", help="only tabulate what is scored")
    args = parser.parse_args(argv)
    args.setting_args = {"without": args.without_args, "with": args.with_args}
    for direction in args.directions:
        if len(direction.split("-")) != 2:
            parser.error(f"--directions: {direction!r} is not src-tgt")

    import logging
    import warnings

    # Scoring runs fairseq in this process: keep its INFO lines and known-harmless warnings
    # (pin_memory without GPU, forced pickle load, torch.jit deprecation) out of the report;
    # the training children restore fairseq's logging into train.log.
    logging.getLogger("fairseq").setLevel(logging.WARNING)
    warnings.filterwarnings("ignore", message=".*pin_memory.*")
    warnings.filterwarnings("ignore", message=".*TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD.*")
    warnings.filterwarnings("ignore", message=".*torch.jit.script.*")

    import torch

    torch.set_num_threads(args.threads)
    import fairseq_cli.train  # noqa: F401  (imported once here; forked training children reuse it)
    import fairseq_costout  # noqa: F401  (registers costout_sum & co. before forking)
    try:
        if not args.table_only:
            for direction in args.directions:
                src, tgt = direction.split("-")
                data_dir = prepared_direction(args, src, tgt)
                splits = {}
                for split in ("valid", "test1", "test2"):
                    if os.path.exists(os.path.join(data_dir, "tok", f"{split}.{tgt}")):
                        splits[split] = (prepare.fairseq_split_name(split), *references(data_dir, split, tgt))
                for seed in args.seeds:
                    for setting in args.settings:
                        run_dir = os.path.join(args.work, "runs", direction, setting, f"seed{seed}")
                        train_run(args, data_dir, src, tgt, setting, seed, run_dir)
                        evaluate_run(args, data_dir, tgt, run_dir, splits)
    except CorpusError as error:
        parser.exit(2, f"error: {error}\n")
    records = load_records(args.work, args.directions, args.settings, args.seeds, args.max_epoch)
    if not records:
        parser.exit(2, f"error: no scored runs under {args.work} for these directions/seeds\n")
    header = ("Command: `python scripts/run_mt_experiments.py " + shlex.join(sys.argv[1:] if argv is None else argv)
              + f"`\n\nSeeds: {args.seeds}. Without Cost-Out: `{args.without_args}`. "
              f"With Cost-Out: `{args.with_args}`. Model: `{args.arch}`; training: `{TRAIN_DEFAULTS}"
              f"{' ' + args.train_args if args.train_args else ''}`; {args.max_epoch} epochs; beam {args.beam}.")
    out_dir = args.results or args.work
    markdown = tables.write_tables(records, out_dir, header=header)
    from mt_data.plots import plot_curves

    plot_curves(records, os.path.join(out_dir, "curves_valid.png"))
    print(markdown)
    print(f"tables.md, tables.csv, runs.csv and curves_valid.png in {out_dir}")


if __name__ == "__main__":
    main()
