#!/bin/sh
# Table 4 (TDC-disjoint) trained 5x longer than run_all.sh's: 20 epochs, width 128, 5 seeds.
set -e
export OMP_NUM_THREADS=1
cd "$(dirname "$0")/../.."
nice -n 10 .venv/bin/python -m mnist_tasks grid --preset table4 --width 128 --depth 2 --epochs 20 \
    --eval-train-size 5000 --jobs 1 --out results/mnist/runs-table4-long
