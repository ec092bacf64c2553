#!/bin/sh
# A slice of the Table 3 grid, to show the runner works: 12 of its 1,440 configurations (width 512,
# SGD 1e-2, no dropout/BN, L2 {0, 1e-4} x Cost-Out {none, soft, hard} x seeds {0, 1}) on the
# first 5,000 training pairs for 3 epochs, as 2 batched groups of 6 on 2 worker processes; then
# the same command again, which finds every run finished and skips it.
set -e
export OMP_NUM_THREADS=1
cd "$(dirname "$0")/../.."
for attempt in first again; do
    /usr/bin/time -f "$attempt: %e s wall" nice -n 10 .venv/bin/python -m mnist_tasks grid --preset table3 \
        --seeds 0 1 --limit 12 --epochs 3 --train-size 5000 --eval-train-size 2000 \
        --max-group 6 --jobs 2 --quiet --out results/mnist/runs-table3-slice
done
