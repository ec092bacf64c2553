#!/usr/bin/env python
"""Prepare parallel corpora for the paper's translation experiments (Woo et al. 2021, Sec. 4.3).

Three steps, each a subcommand:

  libreoffice  LibreOffice help packages (Debian, MPL-2.0) -> raw aligned train/valid/test1/test2
               for en-fr, en-es, en-de; `--sample-out` also writes the small bundled sample.
  wmt14        your local WMT14 files (Europarl-v7 + CommonCrawl, newstest, news-commentary)
               -> raw aligned splits (valid = 10% of training held out, as in the paper).
  binarize     raw splits of one direction -> Moses-tokenized, lower-cased, <=40-token pairs,
               optional BPE, fairseq binaries.

Examples:
  python scripts/prepare_corpus.py libreoffice --packages /tmp/lo --download \\
      --out work/libreoffice --sample-out data/sample
  python scripts/prepare_corpus.py binarize --raw data/sample/en-fr --src en --tgt fr \\
      --out work/mt/sample/en-fr
"""
import argparse
import glob
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from tqdm import tqdm  # noqa: E402

from mt_data import libreoffice as lo  # noqa: E402
from mt_data import prepare  # noqa: E402

FOREIGN = ("fr", "es", "de")
SAMPLE_NOTICE = """\
Sample of a parallel corpus made from the LibreOffice help pages
================================================================

Each directory holds line-aligned, untokenized, cased sentence pairs (English and one other
language), split into train / valid / test1 / test2. Pairs are paragraphs of the LibreOffice
{lo_version} help aligned by page and paragraph id; untranslated paragraphs and duplicate pairs
were removed; test2 is the Math module's pages (a shifted sub-domain), test1 whole pages of the
other modules; the sample keeps pairs of at most {max_tokens} Moses tokens per side.

Domain: software help (menus, dialogs, spreadsheet functions), not news.

Source (Debian bookworm packages):
{packages}
Copyright 2000, 2010 Oracle and/or its affiliates; LibreOffice contributors and/or their
affiliates. Licensed under the Mozilla Public License, v. 2.0 (MPL-2.0); a copy is at
https://mozilla.org/MPL/2.0/ (on Debian: /usr/share/common-licenses/MPL-2.0). Some of the
material is also covered by the Apache License 2.0 (see the packages' copyright files).
The text was extracted and re-arranged, not otherwise modified.

Reproduce with:
  {command}
"""


def find_package(packages_dir, lang):
    """The .deb or unpacked directory for `libreoffice-help-<lang>` in `packages_dir`."""
    name = f"libreoffice-help-{lang}"
    debs = sorted(glob.glob(os.path.join(packages_dir, f"{name}_*.deb")))
    if len(debs) > 1:
        raise lo.CorpusError(f"{packages_dir}: several {name} packages ({debs}); keep one version")
    if debs:
        return debs[0]
    unpacked = os.path.join(packages_dir, name)
    if os.path.isdir(unpacked):
        return unpacked
    raise lo.CorpusError(f"{packages_dir}: no {name}_*.deb nor {name}/ (get it with "
                         f"`apt-get download {name}`, or pass --download)")


def package_version(source):
    """Debian version of a package file (from its name) or unpacked tree (from its changelog)."""
    match = re.match(r"[^_]+_(.+)_[^_]+\.deb$", os.path.basename(source))
    if match:
        return match.group(1).replace("%3a", ":")
    changelogs = glob.glob(os.path.join(source, "usr/share/doc/*/changelog.Debian.gz"))
    if changelogs:
        import gzip

        with gzip.open(changelogs[0], "rt", encoding="utf-8") as handle:
            match = re.search(r"\(([^)]+)\)", handle.readline())
            if match:
                return match.group(1)
    return "unknown"


def command_libreoffice(args):
    langs = args.langs
    packages_dir = args.packages
    os.makedirs(packages_dir, exist_ok=True)
    if args.download:
        names = [f"libreoffice-help-{lang}" for lang in ("en-us", *langs)]
        print("apt-get download", " ".join(names), flush=True)
        subprocess.run(["apt-get", "download", *names], cwd=packages_dir, check=True)
    sources = {lang: find_package(packages_dir, lang) for lang in ("en-us", *langs)}
    english = lo.read_help_pages(sources["en-us"], "en-us")
    package_lines = []
    for lang in ("en-us", *langs):
        package_lines.append(f"  libreoffice-help-{lang} {package_version(sources[lang])}")
    for lang in langs:
        foreign = lo.read_help_pages(sources[lang], lang)
        aligned = lo.align_pages(english, foreign, progress=lambda pages: tqdm(
            pages, desc=f"align en-{lang}", unit="page", leave=False))
        splits = lo.split_corpus(aligned)
        direction = f"en-{lang}"
        counts = ", ".join(f"{split} {len(pairs)}" for split, pairs in splits.items())
        print(f"{direction}: {len(aligned)} aligned pairs -> {counts}", flush=True)
        if args.out:
            for split, pairs in splits.items():
                prepare.write_parallel(os.path.join(args.out, direction), split, "en", lang, pairs)
        if args.sample_out:
            for split, pairs in splits.items():
                size = args.sample_train if split == "train" else args.sample_eval
                sample = lo.sample_split(pairs, size, "en", lang, args.max_tokens, seed=args.seed)
                prepare.write_parallel(os.path.join(args.sample_out, direction), split, "en", lang, sample)
            print(f"{direction}: sample written to {os.path.join(args.sample_out, direction)}")
    if args.sample_out:
        lo_version = package_version(sources["en-us"]).split(":")[-1].split("-")[0]
        command = "python scripts/prepare_corpus.py " + " ".join(sys.argv[1:])
        notice = SAMPLE_NOTICE.format(lo_version=lo_version, max_tokens=args.max_tokens,
                                      packages="\n".join(package_lines), command=command)
        prepare.write_lines(os.path.join(args.sample_out, "NOTICE"), notice.rstrip("\n").split("\n"))


def read_side(path):
    """Sentences of one side: plain text, or an SGML (.sgm) file as WMT ships its test sets."""
    if path.endswith(".sgm"):
        segments = [re.sub(r"</?seg[^>]*>", "", line).strip()
                    for line in prepare.read_lines(path) if line.lstrip().startswith("<seg")]
        if not segments:
            raise lo.CorpusError(f"{path}: no <seg> lines in this .sgm file")
        import html

        return [html.unescape(segment) for segment in segments]
    return prepare.read_lines(path)


def read_pair_files(src_path, tgt_path):
    src_lines, tgt_lines = read_side(src_path), read_side(tgt_path)
    if len(src_lines) != len(tgt_lines):
        raise lo.CorpusError(f"{src_path} has {len(src_lines)} sentences but {tgt_path} has "
                             f"{len(tgt_lines)}: not a line-aligned parallel corpus")
    return list(zip(src_lines, tgt_lines))


def command_wmt14(args):
    src, tgt = args.pair.split("-")
    train = []
    for src_path, tgt_path in args.train:
        pairs = read_pair_files(src_path, tgt_path)
        print(f"{src_path}: {len(pairs)} pairs", flush=True)
        train += pairs
    train, valid = prepare.split_holdout(train, args.valid_fraction)
    splits = {"train": train, "valid": valid,
              "test1": read_pair_files(*args.test1), "test2": read_pair_files(*args.test2)}
    for split, pairs in splits.items():
        prepare.write_parallel(args.out, split, src, tgt, pairs)
        print(f"{split}: {len(pairs)} pairs -> {args.out}", flush=True)


def command_binarize(args):
    kept = prepare.prepare_direction(
        args.raw, args.src, args.tgt, args.out, lowercase=not args.keep_case,
        max_tokens=args.max_tokens, bpe_merges=args.bpe, nwords=args.nwords, workers=args.workers,
        progress=lambda it, desc: tqdm(it, desc=desc, unit="pair", leave=False))
    print(f"{args.src}->{args.tgt}: {kept} -> {args.out}/bin")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)

    p = commands.add_parser("libreoffice", help="LibreOffice help packages -> raw aligned splits")
    p.add_argument("--packages", required=True, help="directory with libreoffice-help-*.deb "
                   "(or trees unpacked by `dpkg-deb -x` into libreoffice-help-<lang>/)")
    p.add_argument("--download", action="store_true",
                   help="first run `apt-get download` for the four packages into --packages")
    p.add_argument("--langs", nargs="+", default=list(FOREIGN), choices=FOREIGN)
    p.add_argument("--out", help="write the full corpus here (<out>/en-<lang>/<split>.<lang>)")
    p.add_argument("--sample-out", help="write a small random sample here (as data/sample)")
    p.add_argument("--sample-train", type=int, default=3000, help="sample pairs in train")
    p.add_argument("--sample-eval", type=int, default=300, help="sample pairs in valid/test1/test2")
    p.add_argument("--max-tokens", type=int, default=prepare.MAX_TOKENS,
                   help="sample only pairs with at most this many Moses tokens per side")
    p.add_argument("--seed", type=int, default=0, help="seed of the sample draw")
    p.set_defaults(run=command_libreoffice)

    p = commands.add_parser("wmt14", help="local WMT14 files -> raw aligned splits")
    p.add_argument("--pair", required=True, help="src-tgt as in the file names, e.g. en-fr")
    p.add_argument("--train", nargs=2, action="append", required=True, metavar=("SRC", "TGT"),
                   help="a training file pair (repeat: Europarl-v7, CommonCrawl)")
    p.add_argument("--test1", nargs=2, required=True, metavar=("SRC", "TGT"),
                   help="newstest pair (plain text or WMT .sgm)")
    p.add_argument("--test2", nargs=2, required=True, metavar=("SRC", "TGT"),
                   help="news-commentary pair (plain text or .sgm)")
    p.add_argument("--valid-fraction", type=float, default=0.1,
                   help="fraction of training pairs held out as valid (the paper: 10%%)")
    p.add_argument("--out", required=True)
    p.set_defaults(run=command_wmt14)

    p = commands.add_parser("binarize", help="raw splits -> tokenized text and fairseq binaries")
    p.add_argument("--raw", required=True, help="directory with <split>.<src> and <split>.<tgt>")
    p.add_argument("--src", required=True)
    p.add_argument("--tgt", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--max-tokens", type=int, default=prepare.MAX_TOKENS,
                   help="drop pairs with more tokens on either side (the paper: 40)")
    p.add_argument("--keep-case", action="store_true", help="do not lower-case (the paper did)")
    p.add_argument("--bpe", type=int, default=0, help="joint BPE merges (0: words, as the paper)")
    p.add_argument("--nwords", type=int, default=0, help="vocabulary size per side (0: all)")
    p.add_argument("--workers", type=int, default=1)
    p.set_defaults(run=command_binarize)

    args = parser.parse_args(argv)
    try:
        args.run(args)
    except lo.CorpusError as error:
        parser.exit(2, f"error: {error}\n")


if __name__ == "__main__":
    main()
