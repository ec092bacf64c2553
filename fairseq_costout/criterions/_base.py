"""What `costout_sum` and `costout_hsoftmax` share: options, the Cost-Out step, and logging.

Both criteria turn a batch into a grid of sub-costs (sentences x words, or tokens x digits), keep
a random subset of them in training (section 3, eq. 5, through the `costout` core) and log the
full cost next to what was back-propagated. Only how the sub-costs are computed differs.
"""
import math
from dataclasses import dataclass, field

from fairseq import utils
from fairseq.criterions import FairseqCriterion
from fairseq.dataclass import ChoiceEnum, FairseqDataclass
from fairseq.logging import metrics
from omegaconf import II

from costout import MODES, kept_cost, validate_options

COSTOUT_MODE_CHOICES = ChoiceEnum(list(MODES))


@dataclass
class CostOutConfig(FairseqDataclass):
    """Options common to the Cost-Out criteria; each criterion restates `costout_mode`'s help."""
    costout_mode: COSTOUT_MODE_CHOICES = field(
        default="hard",
        metadata={"help": "hard keeps a random subset of each row's sub-costs, soft keeps each "
                  "with probability 1 - --costout-drop-prob, none keeps all"},
    )
    costout_drop_prob: float = field(
        default=0.5,
        metadata={"help": "soft mode: probability p of dropping each sub-cost, in [0, 1]"},
    )
    costout_rescale: bool = field(
        default=False,
        metadata={"help": "weight each kept sub-cost by 1 / P(kept) so that the expected gradient "
                  "equals the full cost's (off: the paper's plain sum of kept costs)"},
    )
    label_smoothing: float = field(
        default=0.0,
        metadata={"help": "epsilon for label smoothing of each sub-cost, 0 means none"},
    )
    sentence_avg: bool = II("optimization.sentence_avg")


class CostOutCriterion(FairseqCriterion):
    """Gradient scale: `sample_size` is the number of target tokens (sentences with
    --sentence-avg) whatever the mask keeps, so the update is the Cost-Out objective's gradient
    divided by a constant that does not depend on the random draw (README, "Gradient scale")."""

    def __init__(self, task, sentence_avg, costout_mode, costout_drop_prob, costout_rescale,
                 label_smoothing, keep_fraction=None):
        super().__init__(task)
        validate_options(str(costout_mode), costout_drop_prob, keep_fraction, prefix="--costout-")
        if not 0.0 <= label_smoothing < 1.0:
            raise ValueError(f"--label-smoothing must lie in [0, 1); got {label_smoothing!r}")
        self.sentence_avg = sentence_avg
        self.mode = str(costout_mode)
        self.drop_prob = costout_drop_prob
        self.keep_fraction = keep_fraction
        self.rescale = costout_rescale
        self.eps = label_smoothing

    def costout(self, model, subcosts, valid_mask):
        """(costout_loss, keep_mask): eq. 5 in training; every sub-cost in evaluation."""
        mode = self.mode if model.training else "none"
        return kept_cost(subcosts, valid_mask, mode, self.drop_prob, self.keep_fraction, self.rescale)

    def logging_output(self, sample, target, full_loss, full_nll, costout_loss, keep_mask,
                       n_subcosts, n_correct):
        """(sample_size, logging_output) for `forward` to return."""
        ntokens = sample["ntokens"]
        sample_size = target.size(0) if self.sentence_avg else ntokens
        return sample_size, {
            "loss": full_loss.data,
            "nll_loss": full_nll.data,
            "costout_loss": costout_loss.data,
            "n_kept": keep_mask.sum().data,
            "n_subcosts": n_subcosts,
            "n_correct": n_correct.data,
            "ntokens": ntokens,
            "nsentences": target.size(0),
            "sample_size": sample_size,
        }

    @classmethod
    def reduce_metrics(cls, logging_outputs) -> None:
        """`loss` (the full cost over all sub-costs) and `costout_loss` (what was back-propagated)
        per sample_size, `nll_loss` per target token (comparable to `cross_entropy`), all base 2;
        `ppl`; `kept_frac` the share of sub-costs kept; `accuracy` the paper's mean precision
        (teacher-forced argmax word == reference, %)."""
        def total(key):
            return utils.item(sum(log.get(key, 0) for log in logging_outputs))

        ntokens, sample_size, n_subcosts = total("ntokens"), total("sample_size"), total("n_subcosts")
        if sample_size > 0:
            metrics.log_scalar("loss", total("loss") / sample_size / math.log(2), sample_size, round=3)
            metrics.log_scalar("costout_loss", total("costout_loss") / sample_size / math.log(2),
                               sample_size, round=3)
        if ntokens > 0:
            metrics.log_scalar("nll_loss", total("nll_loss") / ntokens / math.log(2), ntokens, round=3)
            metrics.log_derived("ppl", lambda meters: utils.get_perplexity(meters["nll_loss"].avg))
            metrics.log_scalar("accuracy", 100.0 * total("n_correct") / ntokens, ntokens, round=3)
        if n_subcosts > 0:
            metrics.log_scalar("kept_frac", total("n_kept") / n_subcosts, n_subcosts, round=3)

    @staticmethod
    def logging_outputs_can_be_summed() -> bool:
        return True
