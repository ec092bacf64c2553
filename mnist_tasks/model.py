"""The paper's tanh MLP, as K independent members evaluated together (one batched matmul a layer).

Member k is an ordinary MLP: h_l = dropout(tanh(bn(h_{l-1} W_l[k] + b_l[k]))), logits = h_L W[k] + b.
Stacking K of them turns each layer into one ``baddbmm`` over (K, batch, width), which keeps a
single CPU core busy where K separate small matmuls would leave it waiting on Python; the members
share no parameter, so summing their losses gives each exactly the gradient it would get alone.
K = 1 is the single-model case.

"Decaying" batch norm (section 4.1.1): a = w * BN(a) + (1 - w) * a, with the interpolation
weight w = decay ** epoch (decay 0.99), so normalization fades out as training goes on. BN has no
affine parameters here; the raw path (1 - w) * a keeps the layer's own scale.
"""
import math

import torch
from torch import nn


class BatchedMLP(nn.Module):
    def __init__(self, n_members, in_dim, width, depth, out_dim, batchnorm=False,
                 bn_momentum=0.1, bn_eps=1e-5):
        super().__init__()
        if depth < 1 or width < 1:
            raise ValueError(f"depth and width must be >= 1; got depth={depth}, width={width}")
        dims = [in_dim] + [width] * depth + [out_dim]
        self.n_members, self.depth, self.width = n_members, depth, width
        self.weights = nn.ParameterList(
            nn.Parameter(torch.empty(n_members, d_in, d_out)) for d_in, d_out in zip(dims, dims[1:]))
        self.biases = nn.ParameterList(
            nn.Parameter(torch.empty(n_members, 1, d_out)) for d_out in dims[1:])
        self.batchnorm, self.bn_momentum, self.bn_eps = batchnorm, bn_momentum, bn_eps
        self.bn_mix = 1.0  # w of the decaying BN; the trainer sets decay ** epoch
        if batchnorm:
            for layer in range(depth):
                self.register_buffer(f"running_mean{layer}", torch.zeros(n_members, 1, width))
                self.register_buffer(f"running_var{layer}", torch.ones(n_members, 1, width))

    def reset_member(self, member, generator):
        """Uniform in +-1/sqrt(fan_in) for weights and biases (the paper's initialization)."""
        with torch.no_grad():
            for weight, bias in zip(self.weights, self.biases):
                bound = 1.0 / math.sqrt(weight.shape[1])
                for param in (weight, bias):
                    shape = param.shape[1:]
                    param[member] = (torch.rand(shape, generator=generator) * 2 - 1) * bound
            if self.batchnorm:
                for layer in range(self.depth):
                    getattr(self, f"running_mean{layer}")[member] = 0.0
                    getattr(self, f"running_var{layer}")[member] = 1.0

    def _decaying_bn(self, layer, a):
        if self.training:
            mean = a.mean(dim=1, keepdim=True)
            var = a.var(dim=1, unbiased=False, keepdim=True)
            with torch.no_grad():
                n = a.shape[1]
                running_mean = getattr(self, f"running_mean{layer}")
                running_var = getattr(self, f"running_var{layer}")
                running_mean.lerp_(mean, self.bn_momentum)
                running_var.lerp_(var * (n / max(n - 1, 1)), self.bn_momentum)
        else:
            mean = getattr(self, f"running_mean{layer}")
            var = getattr(self, f"running_var{layer}")
        normalized = (a - mean) * torch.rsqrt(var + self.bn_eps)
        return self.bn_mix * normalized + (1.0 - self.bn_mix) * a

    def forward(self, x, dropout_masks=None):
        """x: (K, batch, in_dim) -> logits (K, batch, out_dim).

        dropout_masks: None, or one (K, batch, width) tensor per hidden layer, already scaled by
        1 / (1 - p) (inverted dropout), so evaluation needs no rescaling.
        """
        weights, biases = list(self.weights), list(self.biases)  # ParameterList indexing is slow
        if self.n_members == 1:
            # Plain 2-D addmm for one member: a few percent faster than baddbmm, and views
            # (squeeze, view), not [0], whose backward would zero-fill a full-size gradient.
            weights = [w.squeeze(0) for w in weights]
            biases = [b.view(-1) for b in biases]
            x = x.squeeze(0)
            affine = torch.addmm
        else:
            affine = torch.baddbmm
        h = x
        for layer in range(self.depth):
            a = affine(biases[layer], h, weights[layer])
            if self.batchnorm and self.bn_mix > 0:
                a = self._decaying_bn(layer, a if self.n_members > 1 else a.unsqueeze(0))
                a = a if self.n_members > 1 else a.squeeze(0)
            h = torch.tanh(a)
            if dropout_masks is not None and dropout_masks[layer] is not None:
                h = h * (dropout_masks[layer] if self.n_members > 1 else dropout_masks[layer].squeeze(0))
        logits = affine(biases[-1], h, weights[-1])
        return logits if self.n_members > 1 else logits.unsqueeze(0)

    def flops_per_example(self):
        """Multiply-adds x 2 of one forward pass of one member (training is ~3x this)."""
        return sum(2 * w.shape[1] * w.shape[2] for w in self.weights)
