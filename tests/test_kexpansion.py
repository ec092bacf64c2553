"""Properties of the k-expansion head (fairseq_costout/kexpansion.py, eq. 12)."""
import itertools

import pytest
import torch

from fairseq_costout.kexpansion import (
    KExpansionHead,
    decode_digits,
    encode_digits,
    flop_ratio,
    num_digits,
)

# (V, k, K): powers of k, one past a power, one short, K above the minimum, the paper's k.
SHAPES = [(1, 2, None), (7, 2, None), (8, 2, None), (9, 2, None), (100, 7, None),
          (1000, 10, None), (1001, 10, None), (50, 4, 4), (3000, 1024, None)]


@pytest.mark.parametrize("vocab_size,k", [(2, 2), (8, 2), (9, 2), (343, 7), (344, 7), (5000, 17)])
def test_digits_round_trip_for_every_index(vocab_size, k):
    digits = num_digits(vocab_size, k)
    words = torch.arange(vocab_size)
    digit_tensor = encode_digits(words, k, digits)
    assert digit_tensor.shape == (vocab_size, digits)
    assert digit_tensor.min() >= 0 and digit_tensor.max() < k
    assert torch.equal(decode_digits(digit_tensor, k), words)
    # Most significant first: lexicographic order of digit rows is numeric order.
    rows = [tuple(r) for r in digit_tensor.tolist()]
    assert rows == sorted(rows)
    assert len(set(rows)) == vocab_size


@pytest.mark.parametrize("vocab_size,k", [(1, 2), (2, 2), (3, 2), (1024, 1024), (1025, 1024),
                                          (2**20, 1024), (2**20 + 1, 1024), (999, 10)])
def test_num_digits_is_the_fewest_that_fit(vocab_size, k):
    digits = num_digits(vocab_size, k)
    assert k**digits >= vocab_size
    assert digits == 1 or k ** (digits - 1) < vocab_size


def test_paper_setting_two_digits_cover_a_million_words():
    assert num_digits(2**20, 1024) == 2
    assert flop_ratio(2**17, 1024) == 64.0


@pytest.mark.parametrize("k", [1, 0, -3, 2.5])
def test_k_below_two_is_an_error_naming_the_option(k):
    with pytest.raises(ValueError, match="--kexpansion-k"):
        num_digits(100, k)
    with pytest.raises(ValueError, match="--kexpansion-k"):
        KExpansionHead(4, 100, k=k)


def test_too_few_digits_is_an_error_naming_the_option():
    with pytest.raises(ValueError, match="--kexpansion-digits"):
        KExpansionHead(4, 1000, k=10, digits=2)


@pytest.mark.parametrize("vocab_size,k,digits", SHAPES)
def test_word_distribution_sums_to_one_over_the_vocabulary(vocab_size, k, digits):
    torch.manual_seed(0)
    head = KExpansionHead(6, vocab_size, k, digits)
    logits = head(torch.randn(3, 5, 6)) * 4  # sharpen: exercise mass far from uniform
    word_lprobs = head.word_log_probs(logits)
    assert word_lprobs.shape == (3, 5, vocab_size)
    torch.testing.assert_close(word_lprobs.logsumexp(-1), torch.zeros(3, 5), atol=1e-5, rtol=0)


@pytest.mark.parametrize("vocab_size,k,digits", SHAPES)
def test_word_log_prob_is_the_sum_of_its_digit_log_probs_minus_log_z(vocab_size, k, digits):
    torch.manual_seed(1)
    head = KExpansionHead(6, vocab_size, k, digits)
    logits = head(torch.randn(4, 6))
    digit_lprobs = head.digit_log_probs(logits)
    words = torch.arange(vocab_size)
    per_digit = digit_lprobs[:, torch.arange(head.digits), head.encode(words)]  # (4, V, K)
    expected = per_digit.sum(-1) - head.log_normalizer(digit_lprobs)[:, None]
    torch.testing.assert_close(head.word_log_probs(logits), expected)


@pytest.mark.parametrize("vocab_size,k,digits", SHAPES)
def test_log_normalizer_matches_brute_force_over_the_whole_grid(vocab_size, k, digits):
    torch.manual_seed(2)
    head = KExpansionHead(6, vocab_size, k, digits)
    digit_lprobs = head.digit_log_probs(head(torch.randn(2, 6)) * 3)
    if k**head.digits > 4096:
        pytest.skip("grid too large to enumerate")
    codes = torch.tensor(list(itertools.product(range(k), repeat=head.digits)))
    code_lprobs = digit_lprobs[:, torch.arange(head.digits), codes].sum(-1)  # (2, k^K)
    # The whole grid is a distribution; Z is the part of it on real words.
    torch.testing.assert_close(code_lprobs.logsumexp(-1), torch.zeros(2), atol=1e-5, rtol=0)
    brute = code_lprobs[:, decode_digits(codes, k) < vocab_size].logsumexp(-1)
    torch.testing.assert_close(head.log_normalizer(digit_lprobs), brute, atol=1e-5, rtol=0)


@pytest.mark.parametrize("vocab_size,k,digits", SHAPES)
def test_argmax_words_matches_argmax_of_the_full_distribution(vocab_size, k, digits):
    torch.manual_seed(3)
    head = KExpansionHead(6, vocab_size, k, digits)
    # Push mass onto codes >= V, so the per-digit argmax is often not a word.
    logits = head(torch.randn(200, 6)) * 5
    expected = head.word_log_probs(logits).argmax(-1)
    assert torch.equal(head.argmax_words(head.digit_log_probs(logits)), expected)


def test_leading_digits_no_word_has_get_no_probability():
    head = KExpansionHead(6, 3000, k=1024)  # leading digit takes 0, 1, 2 only
    digit_lprobs = head.digit_log_probs(head(torch.randn(5, 6)))
    assert torch.isneginf(digit_lprobs[:, 0, 3:]).all()
    assert torch.isfinite(digit_lprobs[:, 0, :3]).all()
    assert torch.isfinite(digit_lprobs[:, 1]).all()


def test_word_log_probs_are_differentiable_and_finite():
    head = KExpansionHead(6, 1001, k=10)
    features = torch.randn(3, 6, requires_grad=True)
    head.word_log_probs(head(features))[:, 17].sum().backward()
    assert torch.isfinite(features.grad).all() and features.grad.abs().sum() > 0
