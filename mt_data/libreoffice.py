"""A real bilingual corpus from the LibreOffice help packages in the Debian archive.

`libreoffice-help-en-us`, `-fr`, `-es`, `-de` (MPL-2.0) ship the same help pages as HTML, one
tree per language (`usr/share/libreoffice/help/<lang>/text/...`). Every paragraph and heading
carries a stable id (`par_id3153527`, `hd_id3145136`) shared by all translations, so paragraphs
aligned by (page path, id, occurrence) are human translations of each other. Paragraphs left
untranslated (target identical to English) and duplicate pairs are dropped.

Reads a `.deb` directly (an `ar` archive holding `data.tar.xz`), so nothing is unpacked to disk
and no `dpkg` is needed; an already unpacked tree (`dpkg-deb -x`) works too.
"""
import html.parser
import io
import lzma
import os
import re
import tarfile
import zlib

# Debian package name suffix -> the language directory inside the package.
HELP_LANG_DIRS = {"en-us": "en-US", "fr": "fr", "es": "es", "de": "de"}
_TEXT_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "h"}
_VOID_TAGS = {"br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed",
              "source", "track", "wbr", "param"}
_ID_PATTERN = re.compile(r"^[a-z]+_id")
_WHITESPACE = re.compile(r"\s+")


class CorpusError(ValueError):
    """Input that would give a wrong or misaligned corpus."""


class _ParagraphParser(html.parser.HTMLParser):
    """Collects the visible text of every <p>/<hN> whose id looks like `par_id...`/`hd_id...`.

    Text under an element with the `hidden` attribute is skipped: LibreOffice marks the macOS
    variant of menu paths hidden (`<span hidden="true" class="MAC">`), leaving the default one.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs = []  # (id, text) in document order
        self._stack = []  # (tag, hidden) of open elements
        self._current = None  # [id, depth, chunks] of the paragraph being read

    def handle_starttag(self, tag, attrs):
        if tag in _VOID_TAGS:
            if tag == "br" and self._current is not None:
                self._current[2].append(" ")
            return
        attrs = dict(attrs)
        hidden = "hidden" in attrs or (bool(self._stack) and self._stack[-1][1])
        self._stack.append((tag, hidden))
        element_id = attrs.get("id") or ""
        if self._current is None and tag in _TEXT_TAGS and _ID_PATTERN.match(element_id):
            self._current = [element_id, len(self._stack), []]

    def handle_endtag(self, tag):
        if tag in _VOID_TAGS or not self._stack:
            return
        # Tolerate unclosed inner tags: pop to the matching open tag.
        for depth in range(len(self._stack) - 1, -1, -1):
            if self._stack[depth][0] == tag:
                del self._stack[depth:]
                break
        else:
            return
        if self._current is not None and len(self._stack) < self._current[1]:
            element_id, _, chunks = self._current
            self.paragraphs.append((element_id, _WHITESPACE.sub(" ", "".join(chunks)).strip()))
            self._current = None

    def handle_data(self, data):
        if self._current is not None and not (self._stack and self._stack[-1][1]):
            self._current[2].append(data)


def page_paragraphs(html_text):
    """[(key, text)] for one help page; key = id plus its occurrence number within the page."""
    parser = _ParagraphParser()
    parser.feed(html_text)
    parser.close()
    seen = {}
    keyed = []
    for element_id, text in parser.paragraphs:
        occurrence = seen.get(element_id, 0)
        seen[element_id] = occurrence + 1
        keyed.append((f"{element_id}#{occurrence}", text))
    return keyed


def _decode(raw, where):
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CorpusError(f"{where}: not UTF-8 ({error})") from None


def _deb_data_tar(deb_path):
    """The data.tar.* member of a .deb (an `ar` archive) as an open tarfile."""
    with open(deb_path, "rb") as handle:
        blob = handle.read()
    if not blob.startswith(b"!<arch>\n"):
        raise CorpusError(f"{deb_path}: not a .deb (ar) archive")
    offset = 8
    while offset + 60 <= len(blob):
        header = blob[offset:offset + 60]
        name = header[:16].decode("ascii", "replace").strip().rstrip("/")
        try:
            size = int(header[48:58].decode("ascii").strip())
        except ValueError:
            raise CorpusError(f"{deb_path}: corrupt ar header at byte {offset}") from None
        body = blob[offset + 60: offset + 60 + size]
        if name.startswith("data.tar"):
            if len(body) != size:
                raise CorpusError(f"{deb_path}: truncated (data.tar is cut short)")
            try:
                return tarfile.open(fileobj=io.BytesIO(body), mode="r:*")
            except tarfile.TarError as error:
                raise CorpusError(f"{deb_path}: corrupt data.tar ({error})") from None
        offset += 60 + size + (size % 2)
    raise CorpusError(f"{deb_path}: no data.tar member")


def read_help_pages(source, lang):
    """{page path relative to the language dir: html text} from a .deb or an unpacked tree.

    `source` is a `libreoffice-help-<lang>_*.deb` file, or a directory holding
    `usr/share/libreoffice/help/<Lang>/text` (what `dpkg-deb -x` makes) or that `text` dir's
    parent. `lang` is the package suffix (`en-us`, `fr`, `es`, `de`).
    """
    lang_dir = HELP_LANG_DIRS.get(lang)
    if lang_dir is None:
        raise CorpusError(f"unknown help language {lang!r}; choose from {sorted(HELP_LANG_DIRS)}")
    prefix = f"usr/share/libreoffice/help/{lang_dir}/text/"
    pages = {}
    if os.path.isfile(source):
        try:
            archive = _deb_data_tar(source)
        except (tarfile.TarError, EOFError, OSError) as error:
            raise CorpusError(f"{source}: cannot read ({error})") from None
        with archive:
            try:
                for member in archive:
                    name = member.name.lstrip("./")
                    if member.isfile() and name.startswith(prefix) and name.endswith(".html"):
                        raw = archive.extractfile(member).read()
                        pages[name[len(prefix):]] = _decode(raw, f"{source}:{name}")
            except (tarfile.TarError, EOFError, OSError, lzma.LZMAError, zlib.error) as error:
                raise CorpusError(f"{source}: corrupt archive ({error})") from None
    elif os.path.isdir(source):
        for root in (os.path.join(source, prefix), os.path.join(source, lang_dir, "text"),
                     os.path.join(source, "text")):
            if os.path.isdir(root):
                break
        else:
            raise CorpusError(f"{source}: no {prefix} inside (unpack with `dpkg-deb -x`)")
        for dirpath, _, files in os.walk(root):
            for file in files:
                if file.endswith(".html"):
                    path = os.path.join(dirpath, file)
                    with open(path, "rb") as handle:
                        pages[os.path.relpath(path, root)] = _decode(handle.read(), path)
    else:
        raise CorpusError(f"{source}: no such file or directory")
    if not pages:
        raise CorpusError(f"{source}: no help pages for language {lang!r} (wrong package?)")
    return pages


def align_pages(english_pages, foreign_pages, progress=None):
    """[(page, english, foreign)] aligned by page path and paragraph id.

    Drops empty paragraphs, untranslated ones (identical text) and repeated pairs, keeping the
    first occurrence in sorted page order, so the result is deterministic.
    """
    common = sorted(set(english_pages) & set(foreign_pages))
    if not common:
        raise CorpusError("the two help trees share no page: are they the same LibreOffice version?")
    pairs, seen = [], set()
    for page in (progress(common) if progress else common):
        foreign = dict(page_paragraphs(foreign_pages[page]))
        for key, english_text in page_paragraphs(english_pages[page]):
            foreign_text = foreign.get(key)
            if not english_text or not foreign_text or english_text == foreign_text:
                continue
            if (english_text, foreign_text) in seen:
                continue
            seen.add((english_text, foreign_text))
            pairs.append((page, english_text, foreign_text))
    return pairs


def split_corpus(aligned, test1_page_fraction=0.05, valid_fraction=0.1, test2_module="smath"):
    """{split: [(english, foreign)]} for the LibreOffice corpus, the same rule for every language.

    Mirrors the paper's WMT14 layout: test2 is a shifted sub-domain (every page of the Math
    module `smath`, as news-commentary is to newstest), test1 is whole pages drawn at random
    from the other modules (`test1_page_fraction` of them, hashed by path), valid is
    `valid_fraction` of the remaining pairs (hashed by the English side, as `split_holdout`).
    Software help repeats short strings across pages, so train and valid pairs whose English
    side occurs in a test set are removed: the test sets measure translation, not recall.
    """
    from mt_data.prepare import split_holdout, stable_fraction

    test1, test2, rest = [], [], []
    for page, english, foreign in aligned:
        if page.split("/")[0] == test2_module:
            test2.append((english, foreign))
        elif stable_fraction(page) < test1_page_fraction:
            test1.append((english, foreign))
        else:
            rest.append((english, foreign))
    test_english = {english for english, _ in test1 + test2}
    rest = [pair for pair in rest if pair[0] not in test_english]
    # The same English sentence can sit in both tests (test2 wins: it is the domain shift).
    test2_english = {english for english, _ in test2}
    test1 = [pair for pair in test1 if pair[0] not in test2_english]
    train, valid = split_holdout(rest, valid_fraction)
    return {"train": train, "valid": valid, "test1": test1, "test2": test2}


def sample_split(pairs, size, src, tgt, max_tokens=40, seed=0):
    """`size` pairs drawn at random among those with 1..max_tokens Moses tokens on each side."""
    import random

    from mt_data.prepare import Tokenizer, keep_pair

    tok_src, tok_tgt = Tokenizer(src, lowercase=False), Tokenizer(tgt, lowercase=False)
    order = list(range(len(pairs)))
    random.Random(seed).shuffle(order)
    chosen = []
    for index in order:
        if len(chosen) == size:
            break
        source, target = pairs[index]
        if keep_pair(tok_src(source), tok_tgt(target), max_tokens):
            chosen.append(index)
    return [pairs[i] for i in sorted(chosen)]
