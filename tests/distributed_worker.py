"""fairseq-train for one rank that also saves this rank's final parameters.

fairseq writes checkpoints from rank 0 only; test_distributed.py compares what every rank holds.
Usage: python tests/distributed_worker.py <fairseq-train arguments>
"""
import os

import torch
from fairseq import checkpoint_utils
from fairseq_cli import train

real_save_checkpoint = checkpoint_utils.save_checkpoint


def save_checkpoint_and_parameters(cfg, trainer, epoch_itr, val_loss):
    result = real_save_checkpoint(cfg, trainer, epoch_itr, val_loss)
    path = os.path.join(cfg.save_dir, f"parameters_rank{trainer.data_parallel_rank}.pt")
    torch.save(trainer.get_model().state_dict(), path)
    return result


checkpoint_utils.save_checkpoint = save_checkpoint_and_parameters

if __name__ == "__main__":
    train.cli_main()
