"""Run fairseq in-process, as fairseq's own tests/test_binaries.py does."""
import contextlib
import io
import os

# A tiny LSTM so that a few updates take seconds on a CPU.
TINY_LSTM = [
    "--arch", "lstm", "--encoder-embed-dim", "16", "--encoder-hidden-size", "16",
    "--decoder-embed-dim", "16", "--decoder-hidden-size", "16", "--decoder-out-embed-dim", "16",
    "--dropout", "0.0",
]


def train_args(data_dir, save_dir, extra=(), model=TINY_LSTM):
    """fairseq-train's parsed arguments for the en->fr test data; `extra` wins over defaults."""
    from fairseq import options
    parser = options.get_training_parser()
    return options.parse_args_and_arch(parser, [
        str(data_dir), "--user-dir", user_dir(), "--task", "translation",
        "--source-lang", "en", "--target-lang", "fr", "--save-dir", str(save_dir),
        "--optimizer", "adam", "--lr", "0.005", "--max-tokens", "400", "--max-update", "4",
        "--no-progress-bar", "--log-format", "simple", "--log-interval", "1", "--num-workers", "0",
        "--cpu", "--seed", "3", "--no-epoch-checkpoints", *model, *extra,
    ])


def build(data_dir, save_dir, flags, model=TINY_LSTM):
    """(task, model, criterion) exactly as fairseq-train would build them from these flags."""
    import torch
    from fairseq import tasks
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf
    cfg = convert_namespace_to_omegaconf(train_args(data_dir, save_dir, flags, model))
    task = tasks.setup_task(cfg.task)
    task.load_dataset("train")
    torch.manual_seed(0)
    return task, task.build_model(cfg.model), task.build_criterion(cfg.criterion)


def train(data_dir, save_dir, extra=()):
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf
    from fairseq.distributed import utils as distributed_utils
    from fairseq_cli import train as train_cli
    cfg = convert_namespace_to_omegaconf(train_args(data_dir, save_dir, extra))
    distributed_utils.call_main(cfg, train_cli.main)


def generate(data_dir, checkpoint, extra=()):
    """Run fairseq-generate and return what it printed."""
    from fairseq import options
    from fairseq_cli import generate as generate_cli
    parser = options.get_generation_parser()
    args = options.parse_args_and_arch(parser, [
        str(data_dir), "--user-dir", user_dir(), "--path", str(checkpoint),
        "--source-lang", "en", "--target-lang", "fr", "--gen-subset", "test", "--beam", "5",
        "--batch-size", "32", "--max-len-b", "20", "--num-workers", "0", "--cpu",
        "--scoring", "sacrebleu", "--no-progress-bar", *extra,
    ])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        generate_cli.main(args)
    return out.getvalue()


def user_dir():
    return os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fairseq_costout")
