#!/bin/sh
# Figure 6's depth sweep on the full TDC-disjoint training set (24,509 pairs), 4 epochs, width 128.
set -e
export OMP_NUM_THREADS=1
cd "$(dirname "$0")/../.."
nice -n 10 .venv/bin/python -m mnist_tasks depth --depths 1 2 4 6 8 10 --width 128 --epochs 4 \
    --eval-train-size 5000 --jobs 1 --out results/mnist/runs-depth-full
