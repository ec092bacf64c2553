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
from dataclasses import dataclass, field

import torch
from fairseq.criterions import register_criterion
from fairseq.criterions.label_smoothed_cross_entropy import label_smoothed_nll_loss

from fairseq_costout.criterions._base import COSTOUT_MODE_CHOICES, CostOutConfig, CostOutCriterion


@dataclass
class CostOutSumConfig(CostOutConfig):
    costout_mode: COSTOUT_MODE_CHOICES = field(
        default="hard",
        metadata={"help": "Cost-Out over target words: hard keeps a random --costout-keep-fraction "
                  "of each sentence's words, soft keeps each word with probability "
                  "1 - --costout-drop-prob, none keeps all (plain cross-entropy)"},
    )
    costout_keep_fraction: float = field(
        default=0.5,
        metadata={"help": "hard mode: fraction of each sentence's target words kept, in (0, 1]; "
                  "rounded half-up, at least one word"},
    )


@register_criterion("costout_sum", dataclass=CostOutSumConfig)
class CostOutSumCriterion(CostOutCriterion):
    def __init__(self, task, sentence_avg, costout_mode="hard", costout_drop_prob=0.5,
                 costout_keep_fraction=0.5, costout_rescale=False, label_smoothing=0.0):
        super().__init__(task, sentence_avg, costout_mode, costout_drop_prob, costout_rescale,
                         label_smoothing, keep_fraction=costout_keep_fraction)

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

        # eq. 13: the cost back-propagated is the sum of the kept words' costs.
        costout_loss, keep_mask = self.costout(model, token_loss, valid_mask)

        with torch.no_grad():
            n_correct = (lprobs.argmax(-1).eq(target) & valid_mask).sum()
        sample_size, logging_output = self.logging_output(
            sample, target, full_loss, full_nll, costout_loss, keep_mask,
            n_subcosts=sample["ntokens"], n_correct=n_correct)
        return costout_loss, sample_size, logging_output
