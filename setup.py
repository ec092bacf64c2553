from setuptools import find_packages, setup

setup(
    name="fairseq-costout",
    version="0.1.0",
    description="Cost-Out (Woo et al., Electronics 2021): a fairseq plugin and the two-digit MNIST experiments",
    python_requires=">=3.11",
    packages=find_packages(include=["costout", "costout.*", "fairseq_costout", "fairseq_costout.*",
                                    "mnist_tasks", "mnist_tasks.*", "mt_data", "mt_data.*"]),
    # The exact, measured set (fairseq build, torch, hydra) is pinned in requirements.txt;
    # here only what the core and the MNIST side need, so they install without fairseq.
    install_requires=["torch", "numpy", "tqdm", "matplotlib", "scipy"],
    extras_require={"fairseq": ["ve-fairseq==0.12.3", "sacrebleu", "sacremoses", "subword-nmt"]},
)
