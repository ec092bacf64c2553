"""`costout_hsoftmax`: Cost-Out over the digits of a k-expansion output (the paper's MT-hsoftmax).

Each target word y is written as K base-k digits and predicted by K softmax segments
(fairseq_costout/kexpansion.py). Its cost is a sum of K sub-costs, one per digit (eq. 12):

    C(y) = sum_i -log p_i(d_i(y))

At each training update Cost-Out back-propagates a random subset of each word's digit costs:

* hard (default): exactly one digit per target token, uniformly (eqs. 10-12);
* soft: each digit independently with probability 1 - ``--costout-drop-prob``;
* none: every digit.

Evaluation (model not in training mode) always uses all digits.

Logged: ``loss`` is the full cost over all digits (with label smoothing, if any); ``nll_loss``
the word-level -log P(y) that decoding scores, i.e. the digit costs plus log Z, the
renormalization over the V real words (kexpansion.py), so ``ppl`` is the word perplexity;
``costout_loss`` what was back-propagated; ``kept_frac`` the share of digits kept; ``accuracy``
how often the argmax of the word distribution is the reference (teacher-forced).

Gradient scale as in ``costout_sum``: ``sample_size`` is the number of target tokens (sentences
with ``--sentence-avg``) whatever the draw; ``--costout-rescale`` weights each kept digit by
1 / P(kept) (K in hard mode) so that the expected update equals the full cost's.

Needs a model with a k-expansion head: a decoder with a ``kexpansion`` attribute (a
KExpansionHead) whose output is the K * k digit logits, e.g. ``--arch costout_lstm
--output-head kexpansion``. ``costout_lstm`` refuses to build without it; another --arch is
refused when the criterion is built, right after the model and before any update, unless its
model class sets ``supports_kexpansion_head = True``.
"""
from dataclasses import dataclass, field

import torch
from fairseq.criterions import register_criterion

from fairseq_costout.criterions._base import COSTOUT_MODE_CHOICES, CostOutConfig, CostOutCriterion
from fairseq_costout.kexpansion import KExpansionHead


@dataclass
class CostOutHSoftmaxConfig(CostOutConfig):
    costout_mode: COSTOUT_MODE_CHOICES = field(
        default="hard",
        metadata={"help": "Cost-Out over each word's k-expansion digits: hard keeps one digit per "
                  "target token, soft keeps each digit with probability 1 - --costout-drop-prob, "
                  "none keeps all"},
    )


def kexpansion_head(model):
    """The model's KExpansionHead, or a ValueError saying which arch/option provides one."""
    head = getattr(getattr(model, "decoder", None), "kexpansion", None)
    if not isinstance(head, KExpansionHead):
        raise ValueError(
            "--criterion costout_hsoftmax needs a model with a k-expansion output head: use "
            "--arch costout_lstm (or costout_lstm_paper / costout_lstm_tiny) with --output-head "
            f"kexpansion; got a {type(model).__name__} without one"
        )
    return head


def _configured_arch(criterion_cfg):
    """The --arch of the run whose criterion config this is, or None if it cannot be read."""
    try:
        model_cfg = criterion_cfg._get_root().get("model", None)
    except AttributeError:  # a plain namespace or dict, not a node of fairseq's OmegaConf config
        return None
    return getattr(model_cfg, "_name", None) or getattr(model_cfg, "arch", None)


@register_criterion("costout_hsoftmax", dataclass=CostOutHSoftmaxConfig)
class CostOutHSoftmaxCriterion(CostOutCriterion):
    def __init__(self, task, sentence_avg, costout_mode="hard", costout_drop_prob=0.5,
                 costout_rescale=False, label_smoothing=0.0):
        super().__init__(task, sentence_avg, costout_mode, costout_drop_prob, costout_rescale,
                         label_smoothing)

    @classmethod
    def build_criterion(cls, cfg, task):
        """Refuse, right after fairseq builds the model and before any update, an --arch whose
        model class has no k-expansion head. fairseq hands a criterion no model, so the arch is
        read from the run's config; where it cannot be read, `forward` still checks the model."""
        arch = _configured_arch(cfg)
        if arch is not None:
            from fairseq.models import ARCH_MODEL_REGISTRY
            model_class = ARCH_MODEL_REGISTRY.get(arch)
            if model_class is not None and not getattr(model_class, "supports_kexpansion_head", False):
                raise ValueError(
                    "--criterion costout_hsoftmax needs a model with a k-expansion output head: "
                    f"use --arch costout_lstm (or costout_lstm_paper / costout_lstm_tiny) with "
                    f"--output-head kexpansion instead of --arch {arch}")
        return super().build_criterion(cfg, task)

    def forward(self, model, sample, reduce=True):
        """Returns (loss, sample_size, logging_output); `loss` is the Cost-Out cost to back-propagate."""
        head = kexpansion_head(model)
        net_output = model(**sample["net_input"])
        digit_lprobs = head.digit_log_probs(net_output[0])  # B x T x K x k
        target = model.get_targets(sample, net_output)  # B x T
        token_valid = target.ne(self.padding_idx)
        target_digits = head.encode(target)  # B x T x K

        # eq. 12's sub-costs: one cross-entropy per digit segment (B x T x K).
        digit_nll = -digit_lprobs.gather(-1, target_digits.unsqueeze(-1)).squeeze(-1)
        if self.eps > 0:
            # Smooth over the digit values a word can take (the masked leading values are -inf).
            possible = torch.isfinite(digit_lprobs)
            smooth = -digit_lprobs.masked_fill(~possible, 0.0).sum(-1) / possible.sum(-1)
            digit_loss = (1.0 - self.eps) * digit_nll + self.eps * smooth
        else:
            digit_loss = digit_nll
        digit_valid = token_valid.unsqueeze(-1).expand_as(digit_nll)
        full_loss = digit_loss.masked_fill(~digit_valid, 0.0).sum()

        costout_loss, keep_mask = self.costout(model, digit_loss, digit_valid)  # one row per token

        with torch.no_grad():
            # Word level: -log P(y) = sum of digit costs + log Z (renormalization over V words).
            word_nll = digit_nll.sum(-1) + head.log_normalizer(digit_lprobs)
            full_nll = word_nll.masked_fill(~token_valid, 0.0).sum()
            n_correct = (head.argmax_words(digit_lprobs).eq(target) & token_valid).sum()

        sample_size, logging_output = self.logging_output(
            sample, target, full_loss, full_nll, costout_loss, keep_mask,
            n_subcosts=digit_valid.sum().data, n_correct=n_correct)
        return costout_loss, sample_size, logging_output
