"""The Cost-Out core: framework-agnostic pieces shared by `fairseq_costout` and `mnist_tasks`.

Nothing here imports fairseq, so the MNIST experiments run without it.
"""
from costout.masks import (MODES, inverse_keep_rate, keep_counts, kept_cost, sample_keep_mask,
                           validate_options)

__all__ = ["MODES", "inverse_keep_rate", "keep_counts", "kept_cost", "sample_keep_mask", "validate_options"]
