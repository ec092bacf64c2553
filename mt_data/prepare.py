"""Parallel-corpus preparation following the paper's translation setting (Woo et al. 2021, Sec. 4.3).

Raw, line-aligned text in, fairseq binaries out:
  Moses tokenization (sacremoses) -> lower-casing -> drop pairs longer than 40 tokens on either
  side -> optional joint BPE (subword-nmt; the paper used words) -> `fairseq-preprocess`.

Splits are named train / valid / test1 / test2. For WMT14 the paper held out 10% of the training
pairs as valid, used newstest as test1 and news-commentary as test2 (`split_holdout`).

Every reader checks its inputs: missing or empty files, text that is not UTF-8 and files whose
line counts differ stop with a `CorpusError` naming the file, never a misaligned corpus.
Imports no fairseq, so the CLI starts fast; `fairseq-preprocess` is run as a subprocess.
"""
import hashlib
import os
import subprocess
import sys
import tempfile

from mt_data.libreoffice import CorpusError

from costout.files import atomic_path

SPLITS = ("train", "valid", "test1", "test2")
MAX_TOKENS = 40  # the paper drops sentence pairs longer than 40 tokens


def read_lines(path):
    """Lines of a UTF-8 text file without their line ends; clear errors for bad files."""
    if not os.path.isfile(path):
        raise CorpusError(f"{path}: no such file")
    with open(path, "rb") as handle:
        raw = handle.read()
    if not raw.strip():
        raise CorpusError(f"{path}: empty file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1
        raise CorpusError(f"{path}: line {line} is not UTF-8 ({error.reason})") from None
    if text.endswith("\n"):
        text = text[:-1]
    # Split on "\n" only: str.splitlines() would also split on U+2028 etc. and misalign.
    return [line.rstrip("\r") for line in text.split("\n")]


def read_parallel(src_path, tgt_path):
    """[(src, tgt)] from two line-aligned files; different line counts are an error."""
    src_lines, tgt_lines = read_lines(src_path), read_lines(tgt_path)
    if len(src_lines) != len(tgt_lines):
        raise CorpusError(f"{src_path} has {len(src_lines)} lines but {tgt_path} has "
                          f"{len(tgt_lines)}: the files are not a line-aligned parallel corpus")
    return list(zip(src_lines, tgt_lines))


def write_lines(path, lines):
    """Write atomically, so a killed run leaves no half file."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8") as out:
        for line in lines:
            if "\n" in line:
                raise CorpusError(f"{path}: a sentence contains a line break: {line[:60]!r}")
            out.write(line + "\n")


def write_parallel(directory, split, src, tgt, pairs):
    write_lines(os.path.join(directory, f"{split}.{src}"), [s for s, _ in pairs])
    write_lines(os.path.join(directory, f"{split}.{tgt}"), [t for _, t in pairs])


def stable_fraction(text):
    """A deterministic number in [0, 1) from a string (Python's hash() is salted per process)."""
    return int.from_bytes(hashlib.sha1(text.encode("utf-8")).digest()[:8], "big") / 2.0 ** 64


def split_holdout(pairs, valid_fraction=0.1):
    """(train, valid): hold out `valid_fraction` of the pairs, as the paper did for WMT14.

    The choice hashes the source sentence, so it is reproducible and a repeated source sentence
    never lands on both sides.
    """
    if not 0.0 < valid_fraction < 1.0:
        raise ValueError(f"--valid-fraction must be in (0, 1), got {valid_fraction}")
    train, valid = [], []
    for pair in pairs:
        (valid if stable_fraction(pair[0]) < valid_fraction else train).append(pair)
    return train, valid


class Tokenizer:
    """Moses tokenization (sacremoses, no HTML escaping) and optional lower-casing."""

    def __init__(self, lang, lowercase=True):
        from sacremoses import MosesTokenizer

        self.moses = MosesTokenizer(lang=lang)
        self.lowercase = lowercase

    def __call__(self, line):
        tokens = self.moses.tokenize(line, escape=False, return_str=True)
        return tokens.lower() if self.lowercase else tokens


def tokenize_pairs(pairs, src, tgt, lowercase=True, progress=None):
    """[(src_tok, tgt_tok)] for raw pairs, Moses-tokenized per language."""
    tok_src, tok_tgt = Tokenizer(src, lowercase), Tokenizer(tgt, lowercase)
    return [(tok_src(s), tok_tgt(t)) for s, t in (progress(pairs) if progress else pairs)]


def keep_pair(src_tok, tgt_tok, max_tokens=MAX_TOKENS):
    """The paper's filter: both sides non-empty and at most `max_tokens` tokens."""
    n_src, n_tgt = len(src_tok.split()), len(tgt_tok.split())
    return 0 < n_src <= max_tokens and 0 < n_tgt <= max_tokens


def learn_and_apply_bpe(tok_dir, src, tgt, merges, progress=None):
    """Joint BPE learnt on train (subword-nmt), applied in place to every split in `tok_dir`."""
    from subword_nmt.apply_bpe import BPE
    from subword_nmt.learn_bpe import learn_bpe

    codes_path = os.path.join(tok_dir, "bpe.codes")
    with tempfile.TemporaryDirectory() as tmp:
        joint = os.path.join(tmp, "train.joint")
        with open(joint, "w", encoding="utf-8") as out:
            for lang in (src, tgt):
                out.writelines(line + "\n" for line in read_lines(os.path.join(tok_dir, f"train.{lang}")))
        with open(joint, encoding="utf-8") as text, open(codes_path, "w", encoding="utf-8") as codes:
            learn_bpe(text, codes, merges)
    with open(codes_path, encoding="utf-8") as codes:
        bpe = BPE(codes)
    for split in SPLITS:
        for lang in (src, tgt):
            path = os.path.join(tok_dir, f"{split}.{lang}")
            if os.path.exists(path):
                write_lines(path, [bpe.process_line(line) for line in read_lines(path)])
    return codes_path


def prepare_direction(raw_dir, src, tgt, out_dir, lowercase=True, max_tokens=MAX_TOKENS,
                      bpe_merges=0, nwords=0, workers=1, progress=None, log=print):
    """Raw splits in `raw_dir` ({split}.{src|tgt}) -> tokenized text and fairseq binaries.

    Writes `out_dir/tok/{split}.{lang}` (tokenized, lower-cased, BPE if asked: what the model
    sees), `out_dir/raw/{split}.{lang}` (the raw sentences of the kept pairs, line-aligned with
    tok/, used as detokenized BLEU references) and `out_dir/bin/` (fairseq-preprocess output).
    A split file pair that is absent is skipped, except train and valid, which are required.
    Returns {split: number of pairs kept}.
    """
    tok_dir, raw_out, bin_dir = (os.path.join(out_dir, name) for name in ("tok", "raw", "bin"))
    kept = {}
    for split in SPLITS:
        src_path, tgt_path = (os.path.join(raw_dir, f"{split}.{lang}") for lang in (src, tgt))
        if not (os.path.exists(src_path) or os.path.exists(tgt_path)) and split.startswith("test"):
            continue
        pairs = read_parallel(src_path, tgt_path)
        tokenized = tokenize_pairs(pairs, src, tgt, lowercase,
                                   progress=(lambda it: progress(it, desc=f"tokenize {split}")) if progress else None)
        keep = [i for i, (s, t) in enumerate(tokenized) if keep_pair(s, t, max_tokens)]
        if not keep:
            raise CorpusError(f"{src_path}: no pair has 1..{max_tokens} tokens on both sides")
        write_parallel(tok_dir, split, src, tgt, [tokenized[i] for i in keep])
        write_parallel(raw_out, split, src, tgt, [pairs[i] for i in keep])
        kept[split] = len(keep)
        log(f"{split}: kept {len(keep)} of {len(pairs)} pairs (<= {max_tokens} tokens)")
    if bpe_merges:
        learn_and_apply_bpe(tok_dir, src, tgt, bpe_merges)
        log(f"joint BPE with {bpe_merges} merges -> {os.path.join(tok_dir, 'bpe.codes')}")
    binarize(tok_dir, src, tgt, bin_dir, [s for s in SPLITS if s in kept], nwords, workers)
    return kept


def binarize(tok_dir, src, tgt, bin_dir, splits, nwords=0, workers=1):
    """Run `fairseq-preprocess` on tokenized splits (train/valid/test1/test2 -> train/valid/test/test1)."""
    # fairseq's own names: train, valid, then test, test1, ... for extra test sets.
    test_prefixes = [os.path.join(tok_dir, s) for s in splits if s.startswith("test")]
    command = [
        sys.executable, "-m", "fairseq_cli.preprocess", "--source-lang", src, "--target-lang", tgt,
        "--trainpref", os.path.join(tok_dir, "train"), "--validpref", os.path.join(tok_dir, "valid"),
        "--destdir", bin_dir, "--workers", str(workers),
        "--nwordssrc", str(nwords or -1), "--nwordstgt", str(nwords or -1),
    ]
    if test_prefixes:
        command += ["--testpref", ",".join(test_prefixes)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise CorpusError(f"fairseq-preprocess failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return bin_dir


def fairseq_split_name(split):
    """The name fairseq-preprocess gave a split: test1 -> test, test2 -> test1."""
    if split.startswith("test"):
        index = int(split[4:]) - 1
        return "test" if index == 0 else f"test{index}"
    return split
