"""k-expansion output layer (Woo et al., Electronics 2021, 10, 989, MT-hsoftmax, eq. 12).

A word index y < V is written in base k as K = ceil(log_k V) digits. The output projection
produces K segments of k logits; segment i is a softmax over digit i, and the word's
log-probability is the sum of its digits' log-probabilities:

    log p(y) = sum_i log p_i(d_i(y)) - log Z                                  (eq. 12)

Digit order is most significant first: d_0(y) = y // k^(K-1), ..., d_{K-1}(y) = y % k, so
y = sum_i d_i * k^(K-1-i). With this order the K x k grid, flattened row-major, *is* the
word index, which lets `word_log_probs` build the full-vocabulary distribution by broadcast sums.

The grid has k^K >= V cells, some of which are no word. Two things keep the returned
distribution a distribution over exactly the V real words:

* The leading digit only takes the n_0 = ceil(V / k^(K-1)) values that some word has; its
  other logits are masked to -inf, so they get no probability in training or decoding.
* The mass left on the codes V .. n_0 * k^(K-1) - 1 (all in the last leading-digit row) is
  renormalized away: Z = P(code < V) under the independent digit softmaxes, computed exactly
  in O(K k) by a digit recursion (`log_normalizer`). Z = 1 when V is a power of k.

Training (the criterion) uses the per-digit cross-entropies, eq. 12's sub-costs; log Z is
only needed to report the word-level nll/perplexity that decoding actually scores.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


def num_digits(vocab_size, k):
    """K = ceil(log_k V): the fewest base-k digits that can write every index < V."""
    if not (isinstance(k, int) and k >= 2):
        raise ValueError(f"--kexpansion-k must be an integer >= 2; got {k!r}")
    if vocab_size < 1:
        raise ValueError(f"vocabulary size must be >= 1; got {vocab_size}")
    digits = 1
    while k**digits < vocab_size:  # integer arithmetic: no float log rounding at k^K == V
        digits += 1
    return digits


def encode_digits(words, k, digits):
    """Word indices (...) -> base-k digits (..., K), most significant first."""
    powers = k ** torch.arange(digits - 1, -1, -1, device=words.device)
    return torch.div(words.unsqueeze(-1), powers, rounding_mode="floor") % k


def decode_digits(digit_tensor, k):
    """Base-k digits (..., K), most significant first -> word indices (...)."""
    digits = digit_tensor.size(-1)
    powers = k ** torch.arange(digits - 1, -1, -1, device=digit_tensor.device)
    return (digit_tensor * powers).sum(-1)


class KExpansionHead(nn.Module):
    """Projection to K segments of k logits, and the word distribution they define.

    `forward` returns the flat logits (..., K * k) so that fairseq code which slices the last
    time step of a decoder's output works unchanged; the other methods take those logits.
    """

    def __init__(self, input_dim, vocab_size, k=1024, digits=None, bias=True):
        super().__init__()
        needed = num_digits(vocab_size, k)
        if digits is None:
            digits = needed
        elif digits < needed:
            raise ValueError(
                f"--kexpansion-digits {digits} cannot write {vocab_size} words in base {k}: "
                f"need at least {needed} (k^K >= V)"
            )
        self.vocab_size, self.k, self.digits = vocab_size, k, digits
        self.proj = nn.Linear(input_dim, digits * k, bias=bias)
        # Leading-digit values no word has (>= n_0) get -inf; every other digit is unrestricted.
        leading_values = -(-vocab_size // k ** (digits - 1))  # ceil
        logit_mask = torch.zeros(digits, k)
        logit_mask[0, leading_values:] = float("-inf")
        self.register_buffer("logit_mask", logit_mask, persistent=False)
        # Digits of V itself, for Z = P(code < V); None when V = k^K (then Z = 1).
        self.vocab_digits = None if k**digits == vocab_size else [
            (vocab_size // k ** (digits - 1 - i)) % k for i in range(digits)
        ]

    def extra_repr(self):
        return f"vocab_size={self.vocab_size}, k={self.k}, digits={self.digits}"

    def forward(self, features):
        return self.proj(features)

    def encode(self, words):
        return encode_digits(words, self.k, self.digits)

    def decode(self, digit_tensor):
        return decode_digits(digit_tensor, self.k)

    def digit_log_probs(self, logits):
        """Flat logits (..., K * k) -> per-digit log-softmax (..., K, k), in float32."""
        logits = logits.float().unflatten(-1, (self.digits, self.k)) + self.logit_mask
        return F.log_softmax(logits, dim=-1)

    def log_normalizer(self, digit_lprobs):
        """log Z = log P(code < V) under the independent digit distributions, shape (...).

        A code is < V iff, at the first digit where it differs from V's digits v, it is smaller:
        Z = sum_i prod_{j<i} p_j(v_j) * P_i(d_i < v_i).
        """
        if self.vocab_digits is None:
            return digit_lprobs.new_zeros(digit_lprobs.shape[:-2])
        v = torch.tensor(self.vocab_digits, device=digit_lprobs.device)
        at_v = digit_lprobs.gather(-1, v.expand(digit_lprobs.shape[:-1]).unsqueeze(-1))
        at_v = at_v.squeeze(-1)  # (..., K): log p_i(v_i)
        # sum_{j<i} log p_j(v_j), exclusive (subtracting at_v would give nan at -inf)
        prefix = F.pad(torch.cumsum(at_v, -1)[..., :-1], (1, 0))
        below = torch.logcumsumexp(digit_lprobs, -1)  # log P_i(d_i <= d)
        below = below.gather(-1, (v - 1).clamp(min=0).expand(below.shape[:-1]).unsqueeze(-1))
        below = below.squeeze(-1).masked_fill(v == 0, float("-inf"))  # log P_i(d_i < v_i)
        return torch.logsumexp(prefix + below, -1)

    def word_log_probs(self, logits):
        """Flat logits (..., K * k) -> log p(y) for every word y < V, shape (..., V).

        Sums to 1 over the vocabulary (see the module docstring). Builds the grid one digit at
        a time, keeping only the prefixes some word < V starts with.
        """
        digit_lprobs = self.digit_log_probs(logits)
        grid = None
        for i in range(self.digits):
            prefixes = -(-self.vocab_size // self.k ** (self.digits - 1 - i))  # ceil
            lp = digit_lprobs[..., i, :]
            if grid is None:
                grid = lp[..., :prefixes]
            else:
                grid = (grid.unsqueeze(-1) + lp.unsqueeze(-2)).flatten(-2)[..., :prefixes]
        return grid - self.log_normalizer(digit_lprobs).unsqueeze(-1)

    def argmax_words(self, digit_lprobs):
        """The most probable word < V, in O(K^2 k) instead of O(V), shape (...).

        With V = k^K the per-digit argmaxes are it. Otherwise the best code < V lies in one of K
        branches: it agrees with V's digits before position i, has d_i < v_i, and is free after.
        """
        best_value, best_digit = digit_lprobs.max(-1)  # (..., K)
        if self.vocab_digits is None:
            return self.decode(best_digit)
        neg_inf = torch.full_like(best_value[..., 0], float("-inf"))
        prefix_score = torch.zeros_like(neg_inf)
        branch_scores, branch_digits = [], []
        for i, v_i in enumerate(self.vocab_digits):
            if v_i > 0:
                below_value, below_digit = digit_lprobs[..., i, :v_i].max(-1)
                score = prefix_score + below_value + best_value[..., i + 1:].sum(-1)
            else:
                below_digit = torch.zeros_like(best_digit[..., 0])
                score = neg_inf
            digits = best_digit.clone()
            digits[..., :i] = torch.tensor(self.vocab_digits[:i], device=digits.device)
            digits[..., i] = below_digit
            branch_scores.append(score)
            branch_digits.append(digits)
            prefix_score = prefix_score + digit_lprobs[..., i, v_i]
        choice = torch.stack(branch_scores, -1).argmax(-1)  # (...)
        stacked = torch.stack(branch_digits, -2)  # (..., branches, K)
        index = choice[..., None, None].expand(*choice.shape, 1, self.digits)
        return self.decode(stacked.gather(-2, index).squeeze(-2))


def flop_ratio(vocab_size, k, digits=None):
    """Output-layer FLOP ratio of a full softmax to a k-expansion head: V / (K k)."""
    digits = digits or num_digits(vocab_size, k)
    return vocab_size / (digits * k)


__all__ = ["KExpansionHead", "decode_digits", "encode_digits", "flop_ratio", "num_digits"]
