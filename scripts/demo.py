#!/usr/bin/env python
"""`make demo`: Cost-Out on real translation in a few CPU minutes.

Prepares the bundled LibreOffice-help sample (data/sample/en-fr: Moses tokens, lower case,
fairseq binaries), trains a small LSTM En→Fr without and with hard Cost-Out (half of each
sentence's target words per update, the paper's MT-sum, eq. 13) for 3 epochs each, decodes
valid, test1 and test2, and prints tables shaped like the paper's Tables 7 and 8.

Everything lands in work/demo/; running it again reuses finished runs and only reprints. This is
a smoke-scale run (3000 training pairs, one seed): its δ is noise-sized; see results/mt/ for
six directions and three seeds.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import run_mt_experiments  # noqa: E402


def main():
    repo = os.path.dirname(HERE)
    run_mt_experiments.main([
        "--corpus", os.path.join(repo, "data", "sample"), "--directions", "en-fr", "--seeds", "1",
        "--max-epoch", "3", "--work", os.path.join(repo, "work", "demo"),
    ])


if __name__ == "__main__":
    main()
