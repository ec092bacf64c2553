"""fairseq plugin for Cost-Out: load with `--user-dir fairseq_costout`.

Importing the package registers every criterion in `criterions/` and every model in `models/`.
"""
import importlib
import os

# torch >= 2.6 loads checkpoints weights-only, which cannot unpickle the argparse.Namespace and
# omegaconf objects fairseq stores, breaking fairseq-generate and --restore-file. Checkpoints are
# pickles: load them only from sources you trust (README, "Checkpoints").
os.environ.setdefault("TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD", "1")

_HERE = os.path.dirname(__file__)
for _subpackage in ("criterions", "models"):
    for _file in sorted(os.listdir(os.path.join(_HERE, _subpackage))):
        if _file.endswith(".py") and not _file.startswith("_"):
            importlib.import_module(f"{__name__}.{_subpackage}.{_file[:-3]}")
