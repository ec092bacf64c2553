"""Shared fixtures. fairseq is imported lazily so tests of the core and MNIST stay fast."""
import pathlib

import pytest

REPO = pathlib.Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample" / "en-fr"


def read_pairs(split, limit, max_words=15):
    """The first `limit` pairs of a split of the bundled real sample with both sides short,
    Moses-tokenized and lower-cased as the paper prepares its corpora."""
    from sacremoses import MosesTokenizer
    tok = {lang: MosesTokenizer(lang=lang) for lang in ("en", "fr")}
    pairs = []
    src_path, tgt_path = SAMPLE / f"{split}.en", SAMPLE / f"{split}.fr"
    with open(src_path, encoding="utf-8") as src, open(tgt_path, encoding="utf-8") as tgt:
        for en, fr in zip(src, tgt):
            en = tok["en"].tokenize(en.strip().lower(), escape=False, return_str=True)
            fr = tok["fr"].tokenize(fr.strip().lower(), escape=False, return_str=True)
            if 0 < len(en.split()) <= max_words and 0 < len(fr.split()) <= max_words:
                pairs.append((en, fr))
            if len(pairs) == limit:
                break
    return pairs


@pytest.fixture(scope="session")
def mt_data_bin(tmp_path_factory):
    """A directory of binarized en->fr data (fairseq-preprocess output) for `fairseq-train DATA`:
    300 train, 40 valid and 40 test pairs of at most 15 words from the bundled LibreOffice sample."""
    from fairseq import options
    from fairseq_cli import preprocess

    raw = tmp_path_factory.mktemp("mt_raw")
    for split, fairseq_split, limit in (("train", "train", 300), ("valid", "valid", 40),
                                        ("test1", "test", 40)):
        pairs = read_pairs(split, limit)
        for side, lang in enumerate(("en", "fr")):
            (raw / f"{fairseq_split}.{lang}").write_text(
                "".join(p[side] + "\n" for p in pairs), encoding="utf-8")
    dest = tmp_path_factory.mktemp("mt_bin")
    parser = options.get_preprocessing_parser()
    args = parser.parse_args([
        "--source-lang", "en", "--target-lang", "fr",
        "--trainpref", str(raw / "train"), "--validpref", str(raw / "valid"),
        "--testpref", str(raw / "test"), "--destdir", str(dest), "--workers", "1",
    ])
    preprocess.main(args)
    return dest


@pytest.fixture
def drawn_keep_masks(monkeypatch):
    """A list that receives every keep mask the Cost-Out core draws while the test runs."""
    from costout import masks
    drawn, real_sampler = [], masks.sample_keep_mask

    def recording_sampler(*args, **kwargs):
        drawn.append(real_sampler(*args, **kwargs))
        return drawn[-1]

    monkeypatch.setattr(masks, "sample_keep_mask", recording_sampler)
    return drawn
