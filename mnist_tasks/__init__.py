"""The paper's two-digit MNIST experiments (Woo et al., Electronics 2021, sections 4.1-4.2) in
plain PyTorch, with Cost-Out from the shared `costout` core; imports no fairseq. See docs/mnist.md.
"""
