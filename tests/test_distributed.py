"""`costout_sum` under fairseq's distributed training on CPU: one process per rank, gloo."""
import os
import socket
import subprocess
import sys

import torch

from fairseq_helpers import TINY_LSTM, user_dir

HERE = os.path.dirname(os.path.abspath(__file__))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_two_ranks_end_with_identical_parameters(mt_data_bin, tmp_path):
    port = free_port()
    common = [
        sys.executable, os.path.join(HERE, "distributed_worker.py"), str(mt_data_bin),
        "--user-dir", user_dir(), "--task", "translation", "--source-lang", "en",
        "--target-lang", "fr", "--criterion", "costout_sum", "--optimizer", "adam", "--lr", "0.005",
        "--max-tokens", "300", "--max-update", "4", "--save-dir", str(tmp_path), "--seed", "5",
        "--no-progress-bar", "--num-workers", "0", "--no-epoch-checkpoints", *TINY_LSTM,
        "--distributed-world-size", "2", "--distributed-init-method", f"tcp://127.0.0.1:{port}",
        "--distributed-no-spawn", "--distributed-backend", "gloo", "--ddp-backend", "legacy_ddp",
    ]
    env = dict(os.environ, OMP_NUM_THREADS="1")
    ranks = [subprocess.Popen(common + ["--distributed-rank", str(rank)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
             for rank in (0, 1)]
    outputs = [rank.communicate(timeout=300)[0] for rank in ranks]
    for rank, output in zip(ranks, outputs):
        assert rank.returncode == 0, output[-3000:]
    assert "distributed init (rank 1)" in outputs[1]
    assert "kept_frac" in outputs[0]  # the criterion's metrics were all-reduced and logged
    assert "num_updates 4" in outputs[0]

    params = [torch.load(tmp_path / f"parameters_rank{r}.pt") for r in (0, 1)]
    checkpoint = torch.load(tmp_path / "checkpoint_last.pt", weights_only=False)["model"]
    assert params[0].keys() == params[1].keys()
    for name in params[0]:
        assert torch.equal(params[0][name], params[1][name]), name
        torch.testing.assert_close(params[0][name], checkpoint[name])
