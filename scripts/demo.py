"""`make demo`: train `costout_sum` (hard Cost-Out) on the bundled En->Fr sample, decode, print BLEU.

Every step is the plain command a user would type, printed before it runs. Takes a few minutes on
two CPU cores; outputs go under work/demo/.
"""
import os
import shlex
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(REPO, "work", "demo")
BIN = os.path.dirname(sys.executable)


def run(*command):
    print("+", " ".join(shlex.quote(c) for c in command), flush=True)
    subprocess.run(command, check=True, cwd=REPO)


def main():
    prepared = os.path.join(WORK, "en-fr")
    data = os.path.join(prepared, "bin")
    if not os.path.exists(os.path.join(data, "dict.fr.txt")):
        run(sys.executable, "scripts/prepare_corpus.py", "binarize", "--raw", "data/sample/en-fr",
            "--src", "en", "--tgt", "fr", "--out", prepared)
    save_dir = os.path.join(WORK, "checkpoints")
    run(os.path.join(BIN, "fairseq-train"), data, "--user-dir", "fairseq_costout", "--cpu",
        "--task", "translation", "--source-lang", "en", "--target-lang", "fr",
        "--arch", "lstm", "--encoder-embed-dim", "64", "--encoder-hidden-size", "128",
        "--decoder-embed-dim", "64", "--decoder-hidden-size", "128", "--decoder-out-embed-dim", "64",
        "--criterion", "costout_sum", "--costout-mode", "hard", "--costout-keep-fraction", "0.5",
        "--optimizer", "adam", "--lr", "0.005", "--max-tokens", "2000", "--max-epoch", "20",
        "--save-dir", save_dir, "--no-epoch-checkpoints", "--seed", "1", "--log-format", "simple",
        "--log-interval", "20", "--num-workers", "0")
    run(os.path.join(BIN, "fairseq-generate"), data, "--user-dir", "fairseq_costout", "--cpu",
        "--source-lang", "en", "--target-lang", "fr", "--path",
        os.path.join(save_dir, "checkpoint_best.pt"), "--gen-subset", "test", "--beam", "5",
        "--batch-size", "64", "--scoring", "sacrebleu", "--quiet")


if __name__ == "__main__":
    main()
