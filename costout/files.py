"""Atomic writes: a killed run leaves the old file or the new one, never half of one.

Every results file, table, figure and checkpoint in this repository is written through here.
"""
import contextlib
import os
import tempfile


@contextlib.contextmanager
def atomic_path(path):
    """Yield a temporary path beside `path` (same suffix, so writers that infer a format from it,
    like matplotlib's savefig, still do); once the block finishes, it replaces `path` in one
    step. If the block raises, the temporary file is removed and `path` is untouched."""
    path = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=os.path.splitext(path)[1])
    os.close(handle)
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.remove(tmp)
        raise


def write_text_atomically(path, text):
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8") as out:
        out.write(text)
