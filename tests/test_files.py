"""Atomic writes (costout/files.py)."""
import os

import pytest

from costout.files import atomic_path, write_text_atomically


def test_write_creates_directories_and_replaces_whole(tmp_path):
    target = tmp_path / "a" / "b" / "table.md"
    write_text_atomically(target, "old\n")
    write_text_atomically(target, "new\n")
    assert target.read_text() == "new\n"
    assert os.listdir(target.parent) == ["table.md"]  # no temporary file left behind


def test_failure_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "results.json"
    write_text_atomically(target, "complete\n")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            with open(tmp, "w") as half:
                half.write("half")
            raise RuntimeError("killed midway")
    assert target.read_text() == "complete\n"
    assert os.listdir(tmp_path) == ["results.json"]


def test_temporary_path_keeps_the_suffix(tmp_path):
    with atomic_path(tmp_path / "figure.png") as tmp:
        assert tmp.endswith(".png") and os.path.dirname(tmp) == str(tmp_path)
        open(tmp, "wb").close()
    assert (tmp_path / "figure.png").exists()
