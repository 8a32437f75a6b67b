"""Synthetic corpora for the benchmark and the tests, made from the seeds' own sentences.

:func:`make_corpus` writes many news-length articles (sentences of the seeds recombined with
generated filler words); :func:`make_long_article` writes one article of a given size, as one
paragraph (an article whose line breaks were lost), with an unclosed quotation mark, or as
ordinary paragraphs (a very large file); :func:`make_organisations_article` writes the adversarial
paragraph of many organisations and their directors. They write a folder with a ``catalog.csv`` that
``load_articles(folder)`` reads, and both refuse to write into ``seeds/`` or into a folder that
is not empty. Import them: ``from tools.benchmark.synthetic import make_corpus``.
"""

from __future__ import annotations

import csv
import datetime as _dt
import itertools
import random
import re
from pathlib import Path

from tools.benchmark.common import SEEDS

_OUTLETS = (
    "Synthetic Wire", "Danube Daily", "Belgrade Ledger", "Balkan Monitor", "Sava Times",
    "Novi Sad Courier", "Eastern Review", "Western Observer", "Adriatic Post", "Policy Desk",
    "Civic Voice", "State Digest",
)
_GENRES = ("wire_report", "news_analysis", "advocacy_press_release", "thinktank_commentary",
           "state_media_rewrite", "news_report", "opinion")
_SYLLABLES = ("ka", "lo", "mi", "ran", "tes", "vo", "du", "pel", "sor", "ni", "bra", "gu", "tal",
              "ve", "zo", "min", "ar", "ost", "ri", "del")
#: Double quotation marks (and guillemets) removed from the text of an "unclosed quote" article.
_DOUBLE_QUOTES = re.compile("[\"“”„‟«»]")
#: Sentence ends, replaced by semicolons in a "run-on" article.
_SENTENCE_ENDS = re.compile(r"[.!?…]+")
SHAPES = ("paragraph", "unclosed", "run-on", "paragraphs")


class _Pool:
    """Material for synthetic articles: raw paragraphs, sentences and captions of the seeds."""

    def __init__(self, rng: random.Random):
        from helpers import load_paragraphs
        from helpers._text.fold import split_sentences

        paras = load_paragraphs(SEEDS)
        body = paras[paras["kind"].isin(["body", "list_item"])]
        # Raw text (with the seeds' mojibake and odd spaces), so that cleaning has work to do.
        self.paragraphs = [raw.strip() for raw in body["raw"] if raw.strip()]
        # Cleaned text: quotation marks in the raw text may be mojibake that cleaning repairs.
        self.clean_paragraphs = [t.strip() for t in body["text"] if t.strip()]
        self.sentences = [s for raw in self.paragraphs for _, _, s in split_sentences(raw) if len(s) > 20]
        self.captions = [r.strip() for r in paras.loc[paras["kind"] == "caption", "raw"]]
        self.headlines = list(paras.loc[paras["kind"] == "headline", "text"])
        words = set()
        while len(words) < 3000:
            words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
        self.filler = sorted(words)
        # Zipf-like weights: a few filler words are common, most are rare (as in real text).
        self.cum_weights = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(self.filler))))

    def filler_sentence(self, rng: random.Random) -> str:
        """A sentence of 6-18 generated words."""
        w = rng.choices(self.filler, cum_weights=self.cum_weights, k=rng.randint(6, 18))
        return w[0].capitalize() + " " + " ".join(w[1:]) + "."


def _new_folder(folder) -> Path:
    """``folder`` resolved and created, after refusing ``seeds/`` and folders that are not empty."""
    folder = Path(folder).expanduser().resolve()
    seeds = SEEDS.resolve()
    if folder == seeds or seeds in folder.parents:
        raise ValueError(f"{folder}: refusing to write a synthetic corpus into seeds/.")
    if folder.exists() and any(folder.iterdir()):
        raise ValueError(f"{folder}: the folder is not empty; give a new or empty folder.")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _catalog_row(aid: str, fname: str, headline: str, outlet: str, day: _dt.date, genre: str) -> dict:
    return {"id": aid, "file": fname, "short": f"{outlet.split()[0]} {aid}", "outlet": outlet,
            "headline": headline, "published": day.isoformat(), "date_precision": "exact",
            "genre": genre, "notes": "Synthetic benchmark article (tools/benchmark/synthetic.py)."}


def _write_catalog(folder: Path, rows: list[dict]) -> None:
    with open(folder / "catalog.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def make_corpus(folder, n_articles: int, seed: int = 0, filler: float = 0.25) -> Path:
    """Write a synthetic corpus of ``n_articles`` into ``folder`` (created; must be empty).

    Each article is a headline line and 6-20 paragraphs of 1-4 sentences drawn at random from the
    seeds' raw body text, with about ``filler`` of the sentences made of generated filler words
    and now and then a photo caption. ``catalog.csv`` has one valid row per article (empty
    ``sha256``). The same ``seed`` gives the same corpus.

    Returns
    -------
    pathlib.Path
        The folder, ready for ``load_articles(folder)``.

    Raises
    ------
    ValueError
        For ``seeds/`` or a folder inside it, a folder that is not empty, or ``n_articles < 1``.
    """
    if n_articles < 1:
        raise ValueError("n_articles must be at least 1.")
    folder = _new_folder(folder)
    rng = random.Random(seed)
    pool = _Pool(rng)
    rows = []
    start = _dt.date(2022, 1, 1)
    for i in range(n_articles):
        aid = f"{i:05d}"
        headline = f"{rng.choice(pool.headlines)} ({i})"
        lines = [headline, ""]
        for _ in range(rng.randint(6, 20)):
            sents = [pool.filler_sentence(rng) if rng.random() < filler else rng.choice(pool.sentences)
                     for _ in range(rng.randint(1, 4))]
            lines += [" ".join(sents), ""]
            if pool.captions and rng.random() < 0.05:
                lines += [rng.choice(pool.captions), ""]
        fname = f"{aid}_synthetic.txt"
        (folder / fname).write_text("\n".join(lines), encoding="utf-8")
        day = start + _dt.timedelta(days=rng.randint(0, 1400))
        rows.append(_catalog_row(aid, fname, headline, rng.choice(_OUTLETS), day, rng.choice(_GENRES)))
    _write_catalog(folder, rows)
    return folder


def _one_paragraph(pool: _Pool, rng: random.Random, n_chars: int, shape: str) -> list[str]:
    """Lines of one paragraph of about ``n_chars``: the seeds' body paragraphs run together."""
    unclosed_quote = shape in ("unclosed", "run-on")
    parts, size = [], 0
    while size < n_chars:
        if unclosed_quote:
            p = _DOUBLE_QUOTES.sub("", rng.choice(pool.clean_paragraphs))
            if shape == "run-on":
                p = _SENTENCE_ENDS.sub(";", p)
        else:
            p = rng.choice(pool.paragraphs)
        parts.append(p)
        size += len(p) + 1
    if unclosed_quote:  # one quotation mark opens after the first paragraph and never closes
        parts.insert(1, "“")
    return [" ".join(parts)]


def _many_paragraphs(pool: _Pool, rng: random.Random, n_chars: int) -> list[str]:
    """Lines of ordinary paragraphs (blank line between) adding up to about ``n_chars``: 3-6
    sentences of the seeds, one in four made of filler words, so that hardly any paragraph
    repeats (the loader sets repeated paragraphs aside as duplicates)."""
    lines, size = [], 0
    while size < n_chars:
        p = " ".join(pool.filler_sentence(rng) if rng.random() < 0.25 else rng.choice(pool.sentences)
                     for _ in range(rng.randint(3, 6)))
        lines += [p, ""]
        size += len(p) + 2
    return lines


def make_long_article(folder, n_chars: int, *, shape: str = "paragraph", seed: int = 0) -> Path:
    """Write a corpus of one article of about ``n_chars`` characters into ``folder`` (must be empty).

    The text is drawn at random from the seeds' body text. ``shape``:

    - ``"paragraph"``: one paragraph (one line) of the seeds' raw body paragraphs run together, as
      when line breaks were lost;
    - ``"unclosed"``: one paragraph (of cleaned text) with every double quotation mark taken out
      and one opening quotation mark near the start that never closes;
    - ``"run-on"``: as ``"unclosed"``, with every sentence end (``.!?``) made a semicolon: one
      sentence of ``n_chars`` (what a sentence-level analysis meets in text without punctuation);
    - ``"paragraphs"``: ordinary paragraphs of 3-6 sentences (the seeds' sentences and filler
      words) separated by blank lines (a very large file).

    Returns
    -------
    pathlib.Path
        The folder, with ``catalog.csv`` and ``00000_long.txt``.

    Raises
    ------
    ValueError
        For an unknown ``shape``, ``n_chars < 1``, ``seeds/`` or a folder that is not empty.
    """
    if shape not in SHAPES:
        raise ValueError(f"shape must be one of {', '.join(SHAPES)}, not {shape!r}.")
    if n_chars < 1:
        raise ValueError("n_chars must be at least 1.")
    folder = _new_folder(folder)
    rng = random.Random(seed)
    pool = _Pool(rng)
    headline = f"A long synthetic article ({shape}, {n_chars:,} characters)"
    if shape == "paragraphs":
        body = _many_paragraphs(pool, rng, n_chars)
    else:
        body = _one_paragraph(pool, rng, n_chars, shape)
    fname = "00000_long.txt"
    (folder / fname).write_text("\n".join([headline, "", *body, ""]), encoding="utf-8")
    _write_catalog(folder, [_catalog_row("00000", fname, headline, _OUTLETS[0], _dt.date(2024, 1, 1),
                                         _GENRES[0])])
    return folder


def _distinct_names(rng: random.Random, n: int) -> list[str]:
    """``n`` different capitalised made-up words of 2-4 syllables."""
    names: set[str] = set()
    while len(names) < n:
        names.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize())
    return rng.sample(sorted(names), n)


def make_organisations_article(folder, n_organisations: int, *, seed: int = 0) -> Path:
    """Write one article of one paragraph naming ``n_organisations`` organisations and their directors.

    The adversarial case for the registry of names an article introduces (issue 13): each of the
    ``n_organisations`` distinct organisations ("The Kalomi Rantes Foundation, a rights group,
    said ...") is followed by a person introduced through it ("The group's director Vodu Pelsor
    said: “...”"), so every person's role is looked up among all the organisations before it.
    About 150 characters per organisation (1,000 -> 0.15 MB).

    Returns
    -------
    pathlib.Path
        The folder, with ``catalog.csv`` and ``00000_organisations.txt``.

    Raises
    ------
    ValueError
        For ``n_organisations < 1``, ``seeds/`` or a folder that is not empty.
    """
    if n_organisations < 1:
        raise ValueError("n_organisations must be at least 1.")
    folder = _new_folder(folder)
    rng = random.Random(seed)
    words = iter(_distinct_names(rng, 4 * n_organisations))
    parts = [f"The {next(words)} {next(words)} Foundation, a rights group, said on Monday that it would "
             f"appeal. The group's director {next(words)} {next(words)} said: “We will not stop.”"
             for _ in range(n_organisations)]
    headline = f"An article naming {n_organisations:,} organisations in one paragraph"
    fname = "00000_organisations.txt"
    (folder / fname).write_text("\n".join([headline, "", " ".join(parts), ""]), encoding="utf-8")
    _write_catalog(folder, [_catalog_row("00000", fname, headline, _OUTLETS[0], _dt.date(2024, 1, 1),
                                         _GENRES[0])])
    return folder
