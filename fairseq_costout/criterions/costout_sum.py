"""`costout_sum`: Cost-Out over the target words of each sentence (the paper's MT-sum, eq. 13).

The translation cost of a sentence is a sum of sub-costs, one per target word,
C = sum_t -log P(y_t | y_<t, x). At each training update Cost-Out back-propagates only a random
subset of them (section 3, eqs. 4-5):

* hard (default): a uniformly random ``--costout-keep-fraction`` (0.5: half) of the real target
  words of each sentence, rounded half-up and never fewer than one;
* soft: each real target word independently, with probability 1 - ``--costout-drop-prob``;
* none: every word (then this criterion equals fairseq's ``cross_entropy`` exactly).

Evaluation (model not in training mode) always uses the full cost.

Gradient scale. ``sample_size`` is the number of real target tokens (sentences with
``--sentence-avg``) whatever the mask keeps, so the update is the gradient of the Cost-Out
objective, sum_{t kept} C_t, divided by a constant that does not depend on the random draw:
no extra variance from a random denominator, the same normalization as ``cross_entropy`` on
every worker and accumulation step, and a batch that keeps nothing yields a zero update rather
than 0/0. The price is that hard Cost-Out with f = 0.5 halves the expected gradient, as the
paper's formulation does; ``--costout-rescale`` weights each kept word by 1 / P(kept), which makes
the expected update equal to the full cost's (as inverted dropout does).
"""
import math
from dataclasses import dataclass, field

import torch
from fairseq import utils
from fairseq.criterions import FairseqCriterion, register_criterion
from fairseq.criterions.label_smoothed_cross_entropy import label_smoothed_nll_loss
from fairseq.dataclass import ChoiceEnum, FairseqDataclass
from fairseq.logging import metrics
from omegaconf import II

from costout import MODES, kept_cost, validate_options

COSTOUT_MODE_CHOICES = ChoiceEnum(list(MODES))


@dataclass
class CostOutSumConfig(FairseqDataclass):
    costout_mode: COSTOUT_MODE_CHOICES = field(
        default="hard",
        metadata={"help": "Cost-Out over target words: hard keeps a random --costout-keep-fraction "
                  "of each sentence's words, soft keeps each word with probability "
                  "1 - --costout-drop-prob, none keeps all (plain cross-entropy)"},
    )
    costout_drop_prob: float = field(
        default=0.5,
        metadata={"help": "soft mode: probability p of dropping each target word's cost, in [0, 1]"},
    )
    costout_keep_fraction: float = field(
        default=0.5,
        metadata={"help": "hard mode: fraction of each sentence's target words kept, in (0, 1]; "
                  "rounded half-up, at least one word"},
    )
    costout_rescale: bool = field(
        default=False,
        metadata={"help": "weight each kept word by 1 / P(kept) so that the expected gradient "
                  "equals the full cost's (off: the paper's plain sum of kept costs)"},
    )
    label_smoothing: float = field(
        default=0.0,
        metadata={"help": "epsilon for label smoothing of each word's cost, 0 means none"},
    )
    sentence_avg: bool = II("optimization.sentence_avg")


@register_criterion("costout_sum", dataclass=CostOutSumConfig)
class CostOutSumCriterion(FairseqCriterion):
    def __init__(self, task, sentence_avg, costout_mode="hard", costout_drop_prob=0.5,
                 costout_keep_fraction=0.5, costout_rescale=False, label_smoothing=0.0):
        super().__init__(task)
        validate_options(str(costout_mode), costout_drop_prob, costout_keep_fraction,
                         prefix="--costout-")
        if not 0.0 <= label_smoothing < 1.0:
            raise ValueError(f"--label-smoothing must lie in [0, 1); got {label_smoothing!r}")
        self.sentence_avg = sentence_avg
        self.mode = str(costout_mode)
        self.drop_prob = costout_drop_prob
        self.keep_fraction = costout_keep_fraction
        self.rescale = costout_rescale
        self.eps = label_smoothing

    def forward(self, model, sample, reduce=True):
        """Returns (loss, sample_size, logging_output); `loss` is the Cost-Out cost to back-propagate."""
        net_output = model(**sample["net_input"])
        lprobs = model.get_normalized_probs(net_output, log_probs=True)
        target = model.get_targets(sample, net_output)  # B x T
        valid_mask = target.ne(self.padding_idx)

        # Per-word costs (B x T); padding is masked out below rather than dropped, so every word
        # keeps its position for the per-sentence mask.
        if self.eps > 0:
            token_loss, token_nll = label_smoothed_nll_loss(
                lprobs, target, self.eps, ignore_index=None, reduce=False)
        else:  # skip label smoothing's extra pass over the vocabulary
            token_nll = -lprobs.gather(-1, target.unsqueeze(-1)).squeeze(-1)
            token_loss = token_nll
        full_loss = token_loss.masked_fill(~valid_mask, 0.0).sum()
        full_nll = token_nll.masked_fill(~valid_mask, 0.0).sum()

        mode = self.mode if model.training else "none"
        # eq. 13: the cost back-propagated is the sum of the kept words' costs.
        costout_loss, keep_mask = kept_cost(token_loss, valid_mask, mode, self.drop_prob,
                                            self.keep_fraction, self.rescale)

        with torch.no_grad():
            n_correct = (lprobs.argmax(-1).eq(target) & valid_mask).sum()

        ntokens = sample["ntokens"]
        sample_size = target.size(0) if self.sentence_avg else ntokens
        logging_output = {
            "loss": full_loss.data,
            "nll_loss": full_nll.data,
            "costout_loss": costout_loss.data,
            "n_kept": keep_mask.sum().data,
            "n_correct": n_correct.data,
            "ntokens": ntokens,
            "nsentences": target.size(0),
            "sample_size": sample_size,
        }
        return costout_loss, sample_size, logging_output

    @classmethod
    def reduce_metrics(cls, logging_outputs) -> None:
        """`loss`/`nll_loss` are the full cost over all target words (comparable to
        `cross_entropy`); `costout_loss` is what was back-propagated; `kept_frac` the share of
        words kept; `accuracy` the paper's mean precision (teacher-forced argmax == reference)."""
        def total(key):
            return utils.item(sum(log.get(key, 0) for log in logging_outputs))

        ntokens, sample_size = total("ntokens"), total("sample_size")
        if sample_size > 0:
            metrics.log_scalar("loss", total("loss") / sample_size / math.log(2), sample_size, round=3)
            metrics.log_scalar("costout_loss", total("costout_loss") / sample_size / math.log(2),
                               sample_size, round=3)
        if ntokens > 0:
            metrics.log_scalar("nll_loss", total("nll_loss") / ntokens / math.log(2), ntokens, round=3)
            metrics.log_derived("ppl", lambda meters: utils.get_perplexity(meters["nll_loss"].avg))
            metrics.log_scalar("kept_frac", total("n_kept") / ntokens, ntokens, round=3)
            metrics.log_scalar("accuracy", 100.0 * total("n_correct") / ntokens, ntokens, round=3)

    @staticmethod
    def logging_outputs_can_be_summed() -> bool:
        return True
