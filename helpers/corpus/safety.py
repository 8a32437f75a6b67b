"""Checks on what a catalogue row points to: the file's name, where it lives, and its bytes.

A catalogue is data a student (or anyone who shares a folder) writes, so the loader trusts none of
it. ``file`` must name a ``.txt`` file directly inside the corpus folder: no absolute path, no
folder part (``..``, ``./``, ``sub/``), no symlink that leads out of the folder, never the
catalogue itself. The bytes must be text: UTF-8 (with or without a byte-order mark), UTF-16 or
UTF-32 with a byte-order mark, or a legacy 8-bit encoding (decoded as Windows-1252 and logged, see
:mod:`helpers.corpus.loading`); NUL bytes and known binary formats (images, PDF, archives, Office
files) are refused; a file of white space, byte-order marks or invisible characters is empty.

Every problem raises :class:`~helpers.errors.CorpusError` naming the file, the catalogue line and
the fix. Nothing here writes to disk.
"""

from __future__ import annotations

import codecs
import os
import re
from functools import lru_cache
from pathlib import Path

from helpers._text.programs import re_compile
from helpers.corpus.paths import data_file
from helpers.errors import CorpusError

#: Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Signatures of binary formats a student may save with a .txt name by mistake.
_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt document)"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Excel document"), (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"), (b"RIFF", "a RIFF file (WebP, WAV or AVI)"),
)
#: A character that prints something: not white space and not one of the invisible characters
#: (soft hyphen, zero-width spaces and joiners, direction marks, byte-order mark, variation selectors).
_VISIBLE = re_compile("[^\\s\u00ad\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\ufe00-\ufe0f]")
#: Control characters other than tab, line feed, carriage return, form feed and vertical tab.
_CONTROL = re_compile("[\x00-\x08\x0e-\x1f\x7f]")
_SLASHES = re_compile(r"[/\\]")


def bom_encoding(data: bytes) -> str | None:
    """The encoding announced by a byte-order mark at the start of ``data``, else ``None``."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def check_file_name(folder: Path, fname: str, where: str, entry: os.DirEntry | None = None) -> str:
    """Check a catalogue ``file`` value; return the path to open.

    ``where`` names the catalogue line for messages (e.g. ``".../catalog.csv, line 4 (id 003)"``);
    ``entry``: the folder's directory entry of that name, if at hand (it tells a link without a
    system call).
    Raises :class:`CorpusError` when the name is absolute, has a folder part, is not a ``.txt``
    name, names the catalogue, or resolves (through a symlink) to a file outside ``folder``.
    """
    if os.path.isabs(fname) or fname.startswith("~") or re.match(r"^[A-Za-z]:", fname):
        raise CorpusError(f"{where}: field 'file' is {fname!r}, an absolute path. Give only the file "
                          "name of a .txt file inside the corpus folder, e.g. '005_my_article.txt'.")
    if _SLASHES.search(fname) or fname in (".", ".."):
        raise CorpusError(f"{where}: field 'file' is {fname!r}, which has a folder part ('/', '\\', '..' "
                          "or './'). Give only the file name: the file must sit directly in the corpus "
                          "folder (and each file may be listed once).")
    if not fname.lower().endswith(".txt") or fname.lower() == "catalog.csv":
        raise CorpusError(f"{where}: field 'file' is {fname!r}; it must be the name of a .txt file "
                          "holding the article's text (not the catalogue or another kind of file).")
    path = os.path.join(os.fspath(folder), fname)
    if entry.is_symlink() if entry is not None else os.path.islink(path):
        real = os.path.realpath(path)
        if os.path.dirname(real) != os.path.realpath(folder):
            raise CorpusError(f"{where}: file {fname!r} is a link to {real}, outside the corpus folder. "
                              "Copy the article's text into the folder instead of linking to it.")
    return path


#: The bytes of ``_CONTROL`` (control characters other than tab, line feed, carriage return, form
#: feed and vertical tab), for a test on the raw bytes.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f])
_VISIBLE_ASCII = re_compile(rb"[!-~]")


def _has_control_bytes(data: bytes) -> bool:
    """Whether ``data`` holds one of :data:`_CONTROL_BYTES`.

    Deleting them (in C) and comparing lengths is about four times faster than a regex search
    through the whole file.
    """
    return len(data.translate(None, _CONTROL_BYTES)) != len(data)


def check_bytes(data: bytes, path, where: str) -> None:
    """Raise the errors :func:`decode_article` would raise, without decoding when the bytes show it.

    For UTF-8 and 8-bit text a look at the bytes is enough (binary signatures, NUL and control
    bytes, a visible ASCII character); a byte-order mark of UTF-16/32 or a file without any visible
    ASCII character is decoded to be sure. Used by the catalogue check, before the article is cleaned.
    """
    enc = bom_encoding(data)
    if ((enc is not None and enc != "utf-8-sig") or not _VISIBLE_ASCII.search(data)
            or _has_control_bytes(data)):
        decode_article(data, path, where)  # the full check gives the precise message
        return
    if any(data.startswith(magic) for magic, _what in _MAGIC):
        decode_article(data, path, where)


#: Encodings in which each character below U+0080 is the byte of the same value, and no other byte
#: decodes to one of :data:`_CONTROL` (UTF-8 continuation bytes are 0x80-0xBF; Windows-1252 and
#: ftfy's sloppy Windows-1252 map 0x80-0xFF above U+007F).
_BYTE_ENCODINGS = ("utf-8", "cp1252", "cp1250", "cp1251", "sloppy-windows-1252")
#: Single-byte code pages a non-UTF-8 article may be in (Windows' Western, Central European and
#: Cyrillic: English, Serbian Latin and Serbian Cyrillic text saved as "ANSI"), with the letters that
#: make each plausible. The one whose decoding has the largest share of plausible characters among
#: its non-ASCII characters wins; Windows-1252 on a tie.
_CODE_PAGES = (
    ("cp1252", "Windows-1252, Western", set("éèàçâêîôûëïüöäßñÉÈÀÇÂÊÎÔÛËÏÜÖÄÑáíóúÁÍÓÚšžŠŽ")),
    ("cp1250", "Windows-1250, Central European: Serbian Latin",
     set("čćđšžČĆĐŠŽáéíóúýěřůőűłńśźżąęäöüÁÉÍÓÚÝĚŘŮŐŰŁŃŚŹŻĄĘÄÖÜ")),
    ("cp1251", "Windows-1251, Cyrillic", {chr(c) for c in range(0x400, 0x460)}),
)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_COMMON_MARKS = set("’‘“”„–—…•€«»\u00a0°§©®")


def decode_article(data: bytes, path, where: str) -> tuple[str, str, str]:
    """Decode an article file's bytes; return ``(text, encoding, note)``.

    UTF-8 first (a byte-order mark is dropped); UTF-16/UTF-32 when a byte-order mark says so;
    otherwise the Windows code page whose letters fit the text best (Windows-1252 Western,
    Windows-1250 for Serbian Latin, Windows-1251 for Cyrillic; :data:`_CODE_PAGES`) with a ``note``
    for the cleaning log; a text whose non-ASCII bytes are mostly UTF-8 sequences is Windows-1252
    with UTF-8 mixed in (the cleaner repairs it); a file with one of the five bytes
    Windows-1252 leaves undefined (a mix of Windows-1252 and UTF-8, as from text copied off a
    mis-decoded page and saved as "ANSI") is read with ftfy's sloppy Windows-1252, which keeps those
    bytes and reads every other byte as Windows-1252 (Latin-1 would turn curly quotes into control
    characters); the cleaning then repairs the UTF-8 parts (mojibake) with ftfy. Raises
    :class:`CorpusError` for binary files, NUL bytes, control characters and empty texts.
    """
    enc = bom_encoding(data)
    if enc is None:
        for magic, what in _MAGIC:
            if data.startswith(magic):
                raise CorpusError(f"{path}: this is {what}, not text ({where}). Save the article's "
                                  "text as a UTF-8 .txt file (copy it from the page or document).")
        nul = data.find(b"\x00")
        if nul >= 0:
            raise CorpusError(f"{path}: the file holds NUL bytes (first at byte {nul}), "
                              f"so it is binary or UTF-16 without a byte-order mark ({where}). Save it "
                              "as UTF-8 text.")
    text, used, note = _decode(data, enc, path)
    # in these encodings a control character is its own byte: the quick test on the bytes says
    # whether the (slower) search through the text is needed to name it
    bad = None if used in _BYTE_ENCODINGS and not _has_control_bytes(data) else _CONTROL.search(text)
    if bad:
        raise CorpusError(f"{path}: the text holds a control character (U+{ord(bad.group()):04X}) at "
                          f"character {bad.start()}, so it is not plain text ({where}). "
                          "Save it as UTF-8 text.")
    if not _VISIBLE.search(text):  # stops at the first visible character
        raise CorpusError(f"{path}: the file is empty or holds only white space or invisible characters "
                          f"({where}). Paste the article's text into it (UTF-8), "
                          "or remove its catalogue row.")
    return text, used, note


def _decode(data: bytes, enc: str | None, path) -> tuple[str, str, str]:
    if enc is not None:
        try:
            return data.decode(enc), enc.replace("-sig", ""), ""
        except UnicodeDecodeError as exc:
            raise CorpusError(f"{path}: the file starts with a {enc.upper()} byte-order mark but is not "
                              f"valid {enc.upper()} (byte {exc.start}). Save it again as UTF-8.") from None
    try:
        return data.decode("utf-8"), "utf-8", ""
    except UnicodeDecodeError as exc:
        where = exc.start
    best = _code_page(data)
    if best is not None:
        text, name, label = best
        return text, name, (f"Not valid UTF-8 (first bad byte at offset {where}); decoded as {name} "
                            f"({label}). Check the text and save the file as UTF-8.")
    try:  # mostly UTF-8 sequences in Windows-1252 text: the cleaner repairs the mojibake line by line
        return data.decode("cp1252"), "cp1252", (
            f"Not valid UTF-8 (first bad byte at offset {where}); decoded as cp1252 (Windows-1252). "
            "Check the text and save the file as UTF-8.")
    except UnicodeDecodeError as exc:
        undefined = exc.start
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs; imported only here)

    return data.decode("sloppy-windows-1252"), "sloppy-windows-1252", (
        f"Not valid UTF-8 (first bad byte at offset {where}) nor Windows-1252 (byte {undefined}): "
        "a mix of encodings, read as Windows-1252 and repaired line by line. "
        "Check the text and save the file as UTF-8."
    )


def _code_page(data: bytes) -> tuple[str, str, str] | None:
    """``(text, code page, label)`` of the most plausible single-byte code page, or None if none decodes.

    Judged on the first 100,000 bytes (a fixed cost, however long the file), then the whole is decoded.
    """
    sample = data[:100_000]
    high = sum(1 for b in sample if b > 127)
    utf8_like = sum(len(m) for m in _UTF8_SEQUENCE.findall(sample))
    if high and utf8_like * 2 >= high:  # mostly UTF-8 sequences: a mix, read by the caller line by line
        return None
    best, best_score = None, -1.0
    for name, label, letters in _CODE_PAGES:
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            continue
        wide = [c for c in set(text) if ord(c) > 127]  # the distinct non-ASCII characters
        counts = {c: text.count(c) for c in wide}
        total = sum(counts.values())
        fits = sum(n for c, n in counts.items() if c in letters or c in _COMMON_MARKS)
        score = fits / total if total else 1.0
        if score > best_score:
            best, best_score = (name, label), score
    if best is None:
        return None
    try:
        return data.decode(best[0]), best[0], best[1]
    except UnicodeDecodeError:  # a byte after the sample that this code page leaves undefined
        return None


# ---------------------------------------------------------------- language
_PUNCT = "\"'.,;:!?()[]{}“”‘’«»„‚—–-…/*0123456789"
#: Below this share of English function words (and with at least MIN_WORDS words) an article is
#: flagged. Measured on the first 1,000 characters: the five seeds 33-48 %, the practice article 32 %,
#: a Serbian news sentence in Latin script 6 %, Cyrillic text 0 % (tests/test_adding.py).
ENGLISH_MIN_SHARE = 0.15
MIN_WORDS = 20
#: Only the start of the text is looked at (about 170 words: a fixed cost per article, however long).
SAMPLE_CHARS = 1000


@lru_cache(maxsize=1)
def _english_words() -> frozenset:
    with open(data_file("stopwords.txt"), encoding="utf-8") as fh:
        return frozenset(w.strip() for w in fh if w.strip() and not w.startswith("#"))


def language_warning(text: str) -> str:
    """A warning when ``text`` does not look like English, else ``""``.

    The course's dictionaries (actors, themes, labels, frames, quote cues) are English: an article in
    another language gets no actors, no quotes and no themes, which is not the same as silence.
    The test is the share of words that are English function words (``helpers/data/stopwords.txt``),
    in the first :data:`SAMPLE_CHARS` characters.
    """
    words = [t.strip(_PUNCT) for t in text[:SAMPLE_CHARS].lower().split()]
    words = [w for w in words if w]
    if not words:
        return ""
    share = sum(map(_english_words().__contains__, words)) / len(words)
    if share >= ENGLISH_MIN_SHARE or (len(words) < MIN_WORDS and share > 0):
        return ""
    return (f"Probably not English: only {share:.0%} of its {len(words)} words are common English words. "
            "The course's dictionaries are English, so this article will show no actors, quotes or themes; "
            "read 'silent' for it as 'not analysed', not as an omission.")
