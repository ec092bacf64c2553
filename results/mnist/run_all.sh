#!/bin/sh
# The exact commands behind results/mnist, in the order they were run (one thread, low priority).
# Every step is resumable: rerunning skips finished runs. Width, epochs and training-set sizes are
# far below the paper's; results/mnist/README.md says how.
set -e
export OMP_NUM_THREADS=1
cd "$(dirname "$0")/../.."
nice -n 10 .venv/bin/python -m mnist_tasks grid --preset table1 figure5 table4 \
    --width 128 --depth 2 --epochs 4 --eval-train-size 5000 --jobs 1 --out results/mnist/runs
nice -n 10 .venv/bin/python -m mnist_tasks depth --depths 1 2 4 6 8 10 --width 128 --epochs 2 \
    --train-size 10000 --eval-train-size 5000 --jobs 1 --out results/mnist/runs-depth
results/mnist/run_table3_slice.sh
results/mnist/run_table4_long.sh
results/mnist/run_depth_full.sh
.venv/bin/python -m mnist_tasks report --runs results/mnist/runs results/mnist/runs-depth \
    results/mnist/runs-table4-long results/mnist/runs-depth-full --out results/mnist
