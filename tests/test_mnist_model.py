"""mnist_tasks.model: members are independent MLPs; init range; decaying batch norm."""
import math

import pytest
import torch

from mnist_tasks.model import BatchedMLP


def _model(n_members=3, batchnorm=False, depth=2):
    model = BatchedMLP(n_members, in_dim=12, width=16, depth=depth, out_dim=20, batchnorm=batchnorm)
    for k in range(n_members):
        model.reset_member(k, torch.Generator().manual_seed(k))
    return model


def test_init_is_uniform_within_fan_in_bound():
    model = _model()
    for weight, bias in zip(model.weights, model.biases):
        bound = 1 / math.sqrt(weight.shape[1])
        for p in (weight, bias):
            assert p.abs().max() <= bound and p.abs().max() > 0.8 * bound
    # Each member's draw depends only on its own generator.
    other = BatchedMLP(1, 12, 16, 2, 20)
    other.reset_member(0, torch.Generator().manual_seed(2))
    assert torch.equal(other.weights[0][0], model.weights[0][2])


@pytest.mark.parametrize("batchnorm", [False, True])
def test_members_do_not_interact(batchnorm):
    model = _model(batchnorm=batchnorm)
    x = torch.randn(3, 8, 12)
    out = model(x)
    x2 = x.clone()
    x2[1] += 5.0  # change only member 1's input
    out2 = model(x2)
    assert torch.equal(out[0], out2[0]) and torch.equal(out[2], out2[2])
    assert not torch.equal(out[1], out2[1])
    # Gradient of member 0's output reaches member 0's parameters only.
    out[0].sum().backward()
    for p in model.parameters():
        assert p.grad[1:].abs().sum() == 0 and p.grad[0].abs().sum() > 0


def test_member_equals_a_plain_tanh_mlp():
    model = _model(depth=3)
    x = torch.randn(3, 5, 12)
    h = x[1]
    for layer in range(3):
        h = torch.tanh(h @ model.weights[layer][1] + model.biases[layer][1, 0])
    logits = h @ model.weights[3][1] + model.biases[3][1, 0]
    assert torch.allclose(model(x)[1], logits, atol=1e-6)


def test_decaying_bn_interpolates_between_normalized_and_raw():
    model = _model(batchnorm=True, depth=1)
    x = torch.randn(3, 64, 12) * 3 + 1
    a = torch.baddbmm(model.biases[0], x, model.weights[0])
    normalized = (a - a.mean(1, keepdim=True)) / torch.sqrt(a.var(1, unbiased=False, keepdim=True) + 1e-5)
    for mix in (1.0, 0.99 ** 10, 0.0):
        model.bn_mix = mix
        expected = torch.tanh(mix * normalized + (1 - mix) * a)
        logits = model(x)
        assert torch.allclose(logits, torch.baddbmm(model.biases[1], expected, model.weights[1]), atol=1e-5)


def test_bn_uses_running_statistics_in_eval():
    model = _model(batchnorm=True, depth=1)
    model.bn_momentum = 0.5
    x = torch.randn(3, 2000, 12) + 2  # large batch: unbiased and biased variance agree to 0.05%
    for _ in range(30):  # running stats converge to the (fixed) batch's statistics
        model(x)
    model.eval()
    single = model(x[:, :1])  # one example: batch statistics would be degenerate
    model.train()
    assert torch.allclose(single, model(x)[:, :1], atol=1e-3)


def test_dropout_masks_apply_per_member():
    model = _model()
    x = torch.randn(3, 4, 12)
    zero_member1 = [torch.ones(3, 4, 16) for _ in range(2)]
    zero_member1[1][1] = 0.0  # last hidden layer of member 1 fully dropped
    out = model(x, zero_member1)
    assert torch.equal(out[0], model(x)[0])
    assert torch.allclose(out[1], model.biases[-1][1].expand(4, 20))
    with pytest.raises(ValueError, match="depth"):
        BatchedMLP(1, 4, 4, 0, 2)
