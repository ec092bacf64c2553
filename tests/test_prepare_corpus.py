"""Corpus preparation: LibreOffice help alignment, input checks, splits, binarization, the sample."""
import io
import os
import pathlib
import subprocess
import sys
import tarfile

import pytest

from mt_data import libreoffice as lo
from mt_data import prepare

REPO = pathlib.Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample"
CLI = [sys.executable, str(REPO / "scripts" / "prepare_corpus.py")]


def page(*paragraphs):
    body = "".join(paragraphs)
    return f'<html><body><div id="DisplayArea">{body}</div></body></html>'


# --- HTML paragraphs ------------------------------------------------------------------------

def test_paragraph_text_skips_hidden_variants_and_keeps_inline_markup():
    html = page('<p id="par_id1" class="paragraph">Choose <span class="switchinline">'
                '<span hidden="true" class="MAC"><span class="emph">LibreOffice - Preferences</span>'
                '</span><span class="default"><span class="emph">Tools - Options</span></span>'
                '</span>.</p>', '<h2 id="hd_id2">Two<br>lines</h2>', '<p id="other">not a paragraph id</p>')
    assert lo.page_paragraphs(html) == [("par_id1#0", "Choose Tools - Options."),
                                        ("hd_id2#0", "Two lines")]


def test_repeated_id_in_a_page_gets_an_occurrence_number():
    html = page('<p id="par_id1">a</p>', '<p id="par_id1">b</p>')
    assert lo.page_paragraphs(html) == [("par_id1#0", "a"), ("par_id1#1", "b")]


def test_alignment_uses_ids_not_positions_and_drops_untranslated_empty_and_duplicate_pairs():
    english = {"a.html": page('<p id="par_id1">Open</p>', '<p id="par_id2">Close</p>',
                              '<p id="par_id3">LibreOffice</p>', '<p id="par_id4"></p>'),
               "b.html": page('<p id="par_id9">Open</p>'),
               "only_en.html": page('<p id="par_id1">Lonely</p>')}
    french = {"a.html": page('<p id="par_id2">Fermer</p>', '<p id="par_id1">Ouvrir</p>',
                             '<p id="par_id3">LibreOffice</p>', '<p id="par_id4">vide</p>'),
              "b.html": page('<p id="par_id9">Ouvrir</p>')}
    assert lo.align_pages(english, french) == [("a.html", "Open", "Ouvrir"),
                                               ("a.html", "Close", "Fermer")]


def test_alignment_of_unrelated_trees_is_an_error():
    with pytest.raises(lo.CorpusError, match="share no page"):
        lo.align_pages({"a.html": page()}, {"b.html": page()})


# --- reading the Debian packages ------------------------------------------------------------

def make_deb(path, lang_dir, pages, corrupt=False):
    """A minimal .deb: an ar archive whose data.tar.xz holds the help pages."""
    tar_bytes = io.BytesIO()
    with tarfile.open(fileobj=tar_bytes, mode="w:xz") as archive:
        for name, text in pages.items():
            data = text if isinstance(text, bytes) else text.encode("utf-8")
            info = tarfile.TarInfo(f"./usr/share/libreoffice/help/{lang_dir}/text/{name}")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    data = tar_bytes.getvalue()
    if corrupt:
        data = data[:len(data) // 2] + b"\0" * (len(data) - len(data) // 2)

    def member(name, body):
        header = f"{name:<16}{0:<12}{0:<6}{0:<6}{100644:<8}{len(body):<10}`\n".encode("ascii")
        return header + body + (b"\n" if len(body) % 2 else b"")

    path.write_bytes(b"!<arch>\n" + member("debian-binary", b"2.0\n") + member("data.tar.xz", data))
    return path


def test_reads_pages_from_a_deb_and_from_an_unpacked_tree(tmp_path):
    pages = {"shared/a.html": page('<p id="par_id1">Ouvrir</p>')}
    deb = make_deb(tmp_path / "libreoffice-help-fr_1:7.4_all.deb", "fr", pages)
    assert lo.read_help_pages(str(deb), "fr") == pages
    tree = tmp_path / "unpacked" / "usr/share/libreoffice/help/fr/text/shared"
    tree.mkdir(parents=True)
    (tree / "a.html").write_text(pages["shared/a.html"], encoding="utf-8")
    assert lo.read_help_pages(str(tmp_path / "unpacked"), "fr") == pages


@pytest.mark.parametrize("problem, message", [
    ("not_deb", "not a .deb"), ("corrupt", "corrupt"), ("wrong_lang", "no help pages"),
    ("not_utf8", "not UTF-8"), ("missing", "no such file")])
def test_bad_packages_stop_with_a_clear_error(tmp_path, problem, message):
    path = tmp_path / "libreoffice-help-fr_1_all.deb"
    if problem == "not_deb":
        path.write_bytes(b"PK\x03\x04 a zip, not a deb")
    elif problem == "corrupt":
        make_deb(path, "fr", {f"p{i}.html": page(f'<p id="par_id{i}">{"x" * 500}</p>') for i in range(50)},
                 corrupt=True)
    elif problem == "wrong_lang":
        make_deb(path, "de", {"a.html": page()})
    elif problem == "not_utf8":
        make_deb(path, "fr", {"a.html": "<p id='par_id1'>Caf\xe9</p>".encode("latin-1")})
    with pytest.raises(lo.CorpusError, match=message):
        lo.read_help_pages(str(path), "fr")


# --- parallel text checks -------------------------------------------------------------------

def test_read_parallel_rejects_misaligned_empty_and_undecodable_files(tmp_path):
    (tmp_path / "a.en").write_text("one\ntwo\n", encoding="utf-8")
    (tmp_path / "a.fr").write_text("un\n", encoding="utf-8")
    with pytest.raises(prepare.CorpusError, match=r"a\.en has 2 lines but .*a\.fr has 1"):
        prepare.read_parallel(tmp_path / "a.en", tmp_path / "a.fr")
    (tmp_path / "b.fr").write_text("\n\n", encoding="utf-8")
    with pytest.raises(prepare.CorpusError, match="empty file"):
        prepare.read_parallel(tmp_path / "a.en", tmp_path / "b.fr")
    (tmp_path / "c.fr").write_bytes("un\ndeux caf\xe9\n".encode("latin-1"))
    with pytest.raises(prepare.CorpusError, match="line 2 is not UTF-8"):
        prepare.read_parallel(tmp_path / "a.en", tmp_path / "c.fr")


def test_unicode_line_separators_inside_a_sentence_do_not_split_it(tmp_path):
    (tmp_path / "a.en").write_text("one\u2028still one\ntwo\n", encoding="utf-8")
    (tmp_path / "a.fr").write_text("un\ndeux\n", encoding="utf-8")
    assert prepare.read_parallel(tmp_path / "a.en", tmp_path / "a.fr")[0] == ("one\u2028still one", "un")


def test_length_filter_is_the_papers_forty_tokens_on_both_sides():
    assert prepare.keep_pair(" ".join(["w"] * 40), "x")
    assert not prepare.keep_pair(" ".join(["w"] * 41), "x")
    assert not prepare.keep_pair("x", " ".join(["w"] * 41))
    assert not prepare.keep_pair("x", "")


def test_moses_tokenization_and_lower_casing():
    assert prepare.Tokenizer("fr")("L'Éditeur, OK.") == "l' éditeur , ok ."
    assert prepare.Tokenizer("en", lowercase=False)("Don't panic.") == "Don 't panic ."


def test_holdout_is_deterministic_about_ten_percent_and_keeps_a_source_on_one_side():
    pairs = [(f"sentence {i % 1500}", f"phrase {i}") for i in range(3000)]
    train, valid = prepare.split_holdout(pairs, 0.1)
    assert (train, valid) == prepare.split_holdout(pairs, 0.1)
    assert 0.07 < len(valid) / len(pairs) < 0.13
    assert not {s for s, _ in train} & {s for s, _ in valid}
    with pytest.raises(ValueError, match="--valid-fraction"):
        prepare.split_holdout(pairs, 1.5)


def test_libreoffice_split_puts_math_pages_in_test2_and_keeps_test_sources_out_of_training():
    aligned = [(f"smath/p{i}.html", f"math {i}", f"maths {i}") for i in range(50)]
    aligned += [(f"shared/p{i}.html", f"help {i % 300}", f"aide {i}") for i in range(2000)]
    aligned += [("shared/x.html", "math 3", "encore")]  # a test2 source repeated elsewhere
    splits = lo.split_corpus(aligned)
    assert {s for s, _ in splits["test2"]} == {f"math {i}" for i in range(50)}
    assert splits["test1"], "some whole pages should be drawn as test1"
    test_sources = {s for s, _ in splits["test1"] + splits["test2"]}
    for split in ("train", "valid"):
        assert not {s for s, _ in splits[split]} & test_sources
    assert not {s for s, _ in splits["test1"]} & {s for s, _ in splits["test2"]}


# --- binarization ---------------------------------------------------------------------------

def write_slice(directory, sizes=(("train", 120), ("valid", 20), ("test1", 20), ("test2", 20))):
    for split, size in sizes:
        for lang in ("en", "fr"):
            lines = (SAMPLE / "en-fr" / f"{split}.{lang}").read_text(encoding="utf-8").split("\n")[:size]
            (directory / f"{split}.{lang}").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    write_slice(raw)
    (raw / "train.en").write_text((raw / "train.en").read_text(encoding="utf-8")
                                  + " ".join(["long"] * 41) + "\n", encoding="utf-8")
    (raw / "train.fr").write_text((raw / "train.fr").read_text(encoding="utf-8") + "long\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("prepared")
    kept = prepare.prepare_direction(str(raw), "fr", "en", str(out), log=lambda message: None)
    return raw, out, kept


def test_prepare_direction_writes_aligned_tokenized_raw_and_binary_splits(prepared):
    raw, out, kept = prepared
    assert kept == {"train": 120, "valid": 20, "test1": 20, "test2": 20}  # the 41-token pair dropped
    for split, n in kept.items():
        tok_fr = prepare.read_lines(out / "tok" / f"{split}.fr")
        raw_fr = prepare.read_lines(out / "raw" / f"{split}.fr")
        assert len(tok_fr) == len(raw_fr) == len(prepare.read_lines(out / "tok" / f"{split}.en")) == n
        assert all(line == line.lower() for line in tok_fr)
        assert raw_fr == prepare.read_lines(raw / f"{split}.fr")[:n]
    for name in ("train", "valid", "test", "test1"):  # test1 -> fairseq "test", test2 -> "test1"
        assert (out / "bin" / f"{name}.fr-en.en.idx").exists()
    assert prepare.fairseq_split_name("test2") == "test1"


def test_binarize_cli_stops_on_misaligned_input(tmp_path):
    write_slice(tmp_path, (("train", 30), ("valid", 10)))
    (tmp_path / "valid.fr").write_text("une ligne\n", encoding="utf-8")
    result = subprocess.run([*CLI, "binarize", "--raw", str(tmp_path), "--src", "en", "--tgt", "fr",
                             "--out", str(tmp_path / "out")], capture_output=True, text=True)
    assert result.returncode == 2
    assert "valid.en has 10 lines but" in result.stderr
    assert not (tmp_path / "out" / "bin").exists()


# --- the bundled sample ---------------------------------------------------------------------

@pytest.mark.parametrize("pair", ["en-fr", "en-es", "en-de"])
def test_bundled_sample_is_aligned_nonempty_real_text_with_disjoint_test_sources(pair):
    src, tgt = pair.split("-")
    sizes = {"train": 3000, "valid": 300, "test1": 300, "test2": 300}
    sources = {}
    for split, size in sizes.items():
        pairs = prepare.read_parallel(SAMPLE / pair / f"{split}.{src}", SAMPLE / pair / f"{split}.{tgt}")
        assert len(pairs) == size
        assert all(s.strip() and t.strip() and s != t for s, t in pairs)
        assert len(set(pairs)) == len(pairs)
        sources[split] = {s for s, _ in pairs}
    for test in ("test1", "test2"):
        assert not sources[test] & (sources["train"] | sources["valid"])


def test_bundled_sample_is_small_and_carries_its_licence():
    total = sum(path.stat().st_size for path in SAMPLE.rglob("*") if path.is_file())
    assert total < 2_000_000
    notice = (SAMPLE / "NOTICE").read_text(encoding="utf-8")
    for needed in ("MPL-2.0", "libreoffice-help-en-us", "libreoffice-help-fr",
                   "libreoffice-help-es", "libreoffice-help-de", "software help"):
        assert needed in notice


@pytest.mark.skipif(not os.environ.get("LIBREOFFICE_DEBS"),
                    reason="set LIBREOFFICE_DEBS to a directory holding the four libreoffice-help .debs")
def test_sample_is_reproducible_from_the_debian_packages(tmp_path):
    subprocess.run([*CLI, "libreoffice", "--packages", os.environ["LIBREOFFICE_DEBS"],
                    "--sample-out", str(tmp_path), "--max-tokens", "25"], check=True, capture_output=True)
    for path in SAMPLE.rglob("*.*"):
        assert (tmp_path / path.relative_to(SAMPLE)).read_bytes() == path.read_bytes(), path


# --- WMT14 files ----------------------------------------------------------------------------

def test_wmt14_files_become_train_valid_holdout_newstest_and_news_commentary(tmp_path):
    train_en = [f"sentence number {i} ." for i in range(200)]
    (tmp_path / "ep.en").write_text("\n".join(train_en) + "\n", encoding="utf-8")
    (tmp_path / "ep.fr").write_text("\n".join(f"phrase numéro {i} ." for i in range(200)) + "\n",
                                    encoding="utf-8")
    for side, lang, words in (("src", "en", ("A &amp; B", "C")), ("ref", "fr", ("A et B", "C"))):
        segs = "".join(f'<seg id="{i + 1}">{w}</seg>\n' for i, w in enumerate(words))
        (tmp_path / f"newstest-{side}.{lang}.sgm").write_text(
            f'<{side}set setid="newstest2014">\n<doc docid="d1">\n{segs}</doc>\n</{side}set>\n',
            encoding="utf-8")
    (tmp_path / "nc.en").write_text("news\n", encoding="utf-8")
    (tmp_path / "nc.fr").write_text("nouvelles\n", encoding="utf-8")
    out = tmp_path / "out"
    subprocess.run([*CLI, "wmt14", "--pair", "en-fr", "--train", str(tmp_path / "ep.en"), str(tmp_path / "ep.fr"),
                    "--test1", str(tmp_path / "newstest-src.en.sgm"), str(tmp_path / "newstest-ref.fr.sgm"),
                    "--test2", str(tmp_path / "nc.en"), str(tmp_path / "nc.fr"), "--out", str(out)],
                   check=True, capture_output=True)
    assert prepare.read_parallel(out / "test1.en", out / "test1.fr") == [("A & B", "A et B"), ("C", "C")]
    assert prepare.read_lines(out / "test2.fr") == ["nouvelles"]
    train, valid = prepare.read_lines(out / "train.en"), prepare.read_lines(out / "valid.en")
    assert sorted(train + valid) == sorted(train_en) and 5 <= len(valid) <= 40
    # A newstest pair with a missing segment on one side is refused, not misaligned.
    (tmp_path / "short.fr").write_text("A et B\n", encoding="utf-8")
    result = subprocess.run([*CLI, "wmt14", "--pair", "en-fr", "--train", str(tmp_path / "ep.en"), str(tmp_path / "ep.fr"),
                             "--test1", str(tmp_path / "newstest-src.en.sgm"), str(tmp_path / "short.fr"),
                             "--test2", str(tmp_path / "nc.en"), str(tmp_path / "nc.fr"), "--out", str(tmp_path / "o2")],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "has 2 sentences but" in result.stderr


def test_joint_bpe_is_learnt_on_train_and_undone_by_removing_the_joiners(tmp_path):
    originals = {}
    for split, size in (("train", 200), ("valid", 20)):
        for lang in ("en", "fr"):
            pairs = (SAMPLE / "en-fr" / f"{split}.{lang}").read_text(encoding="utf-8").split("\n")[:size]
            lines = [prepare.Tokenizer(lang)(line) for line in pairs]
            prepare.write_lines(tmp_path / f"{split}.{lang}", lines)
            originals[split, lang] = lines
    codes = prepare.learn_and_apply_bpe(str(tmp_path), "en", "fr", merges=100)
    assert len(prepare.read_lines(codes)) > 50
    for (split, lang), lines in originals.items():
        segmented = prepare.read_lines(tmp_path / f"{split}.{lang}")
        assert any("@@ " in line for line in segmented)
        assert [line.replace("@@ ", "") for line in segmented] == lines
