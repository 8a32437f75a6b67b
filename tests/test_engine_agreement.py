"""Every tool finds the same places for the same term (issue 12: one text engine).

A random term and random texts holding it in one of its variants (hyphen, space, case,
diacritic, Đ/dj, possessive, wildcard, acronym) go through ``kwic``, ``labels``,
``actor_mentions``, ``tag_themes``, ``frame_scores`` and the views' highlighter
(:func:`helpers._text.find_terms`); each gets a one-term lexicon or dictionary. The places
(text, start, end) must agree; the paragraph-level tools report counts and matched words, which
must agree with them.

``FINDERS`` is the hook for other tools: a function ``(texts, term) -> sorted list of
(text index, start, end)`` added there (e.g. the CompareView marks) is checked the same way.
"""

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import actor_mentions, frame_scores, kwic, labels, tag_themes
from helpers._text import find_terms

LETTERS = "bdkmrvzaeiou"  # term words never equal a filler word
FILLER = ["then", "the", "and", "of", "with", "on", "so"]
ACCENT = {"z": "ž", "e": "é", "a": "á", "i": "í", "u": "ü", "o": "ö"}


def _sentences(texts):
    return pd.DataFrame({"article_id": ["a"] * len(texts),
                         "paragraph_id": [f"p{i}" for i in range(len(texts))],
                         "sentence_id": [f"s{i}" for i in range(len(texts))], "text": texts})


def _places(table, ids="sentence_id"):
    index = {f"s{i}": i for i in range(1000)} | {f"p{i}": i for i in range(1000)}
    return sorted((index[r[ids]], int(r["start"]), int(r["end"])) for _, r in table.iterrows())


def by_kwic(texts, term):
    return _places(kwic(term, sentences=_sentences(texts)))


def by_labels(texts, term):
    return _places(labels(_sentences(texts), lexicon={"cat": [term]}))


def by_actor_mentions(texts, term):
    aliases = pd.DataFrame({"actor": ["X"], "group": ["other"], "alias": [term], "kind": [""], "note": [""]})
    return _places(actor_mentions(_sentences(texts), aliases=aliases))


def by_highlighter(texts, term):
    return sorted((i, s, e) for i, t in enumerate(texts) for s, e, _ in find_terms(t, [term]))


def by_compare_marks(texts, term):
    """The bold frame-word marks CompareView puts in each paragraph (its ``Marks``)."""
    from helpers.views._base import Corpus
    from helpers.views._marks import Marks

    paras = _sentences(texts).assign(start=0, end=[len(t) for t in texts])  # one sentence per paragraph
    corpus = Corpus(articles=pd.DataFrame({"article_id": ["a"], "short": ["A"]}), paragraphs=paras,
                    sentences=paras)
    no_quotes = pd.DataFrame(columns=["paragraph_id", "sentence_id", "speaker", "actor", "group"])
    marks = Marks(corpus, quotes=no_quotes, dictionary={"frame": [term]})
    return sorted((int(pid[1:]), s, e) for pid, spans in marks.spans.items() for s, e, kind, _ in spans
                  if kind == "frame")


#: Tools that report places (the CompareView marks included).
FINDERS = {"kwic": by_kwic, "labels": by_labels, "actor_mentions": by_actor_mentions,
           "highlighter": by_highlighter, "compare_marks": by_compare_marks}


def _counts_per_text(places, n):
    out = [0] * n
    for i, _, _ in places:
        out[i] += 1
    return out


word = st.text(LETTERS, min_size=3, max_size=7)


@st.composite
def term_and_texts(draw):
    """A term, and texts that hold it written in one of its variants (or not at all)."""
    kind = draw(st.sampled_from(["plain", "hyphen", "space", "case", "diacritic", "dj", "possessive",
                                 "wildcard", "acronym"]))
    w1, w2 = draw(word), draw(word)
    if w1 == w2 or w2.startswith(w1) or w1.startswith(w2):
        w2 = w2 + "b" + w1
    forms = {
        "plain": (w1, [w1, w1.title()]),
        "hyphen": (f"{w1}-{w2}", [f"{w1}-{w2}", f"{w1} {w2}", f"{w1}{w2}"]),
        "space": (f"{w1} {w2}", [f"{w1} {w2}", f"{w1}-{w2}", f"{w1}\n{w2}"]),
        "case": (w1, [w1.upper(), w1.title()]),
        "diacritic": (w1, ["".join(ACCENT.get(c, c) for c in w1)]),
        "dj": ("dj" + w1, ["Đ" + w1, "dj" + w1, "đ" + w1]),
        "possessive": (w1, [w1 + "'s", w1.title() + "’s"]),
        "wildcard": (w1 + "*", [w1, w1 + w2]),
        "acronym": (w1[:3].upper(), [w1[:3].upper(), w1[:3], w1[:3].title()]),
    }
    term, variants = forms[kind]
    n = draw(st.integers(1, 4))
    texts = []
    for _ in range(n):
        parts = ["Then"]
        for _ in range(draw(st.integers(0, 3))):
            parts += [draw(st.sampled_from(FILLER)), draw(st.sampled_from(variants)),
                      draw(st.sampled_from(FILLER))]
        texts.append(" ".join(parts) + ".")
    return term, texts


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(term_and_texts())
def test_every_tool_finds_the_same_places_for_the_same_term(case):
    term, texts = case
    places = {name: finder(texts, term) for name, finder in FINDERS.items()}
    reference = places["highlighter"]
    for name, found in places.items():
        assert found == reference, (name, term, texts)
    words = {(i, " ".join(texts[i][s:e].lower().split())) for i, s, e in reference}  # themes print one space
    counts = _counts_per_text(reference, len(texts))
    paras = _sentences(texts)
    tagged = tag_themes(paras, lexicon={"theme": [term]})
    got = [0] * len(texts)
    for _, r in tagged.iterrows():
        got[int(r["paragraph_id"][1:])] = int(r["n_matches"])
        assert {w.lower() for w in r["matched"].split("; ")} == {w for i, w in words
                                                                 if i == int(r["paragraph_id"][1:])}
    assert got == counts, ("tag_themes", term, texts)
    scores = frame_scores(paras, dictionary={"frame": [term]}, level="paragraph")
    assert scores["hits"].tolist() == counts, ("frame_scores", term, texts)


def test_quotes_and_the_loader_number_the_same_sentences_whatever_the_quote_marks(tmp_path):
    """A quote's sentence_id is a sentence of load_sentences, for paragraphs passed in by hand too."""
    from helpers import BODY_KINDS, add_article, load_paragraphs, load_sentences, new_corpus, quotes

    corpus = new_corpus(tmp_path / "corpus")
    text = ("The deadline passed. „We are a small country,“ the minister told reporters. "
            "»Serbia chose the European path,« Ana Jovanović said. «We will not bow,» the ambassador said.\n"
            "Драган Петровић said on Sunday that Serbia „will not allow anyone to switch off the lights“.\n")
    aid = add_article(corpus, text=text, short="Marks", outlet="Marks daily", headline="Marks",
                      published="2025-12-07", date_precision="exact", genre="news_report")["id"]
    paragraphs = load_paragraphs(corpus, kinds=list(BODY_KINDS))
    found = quotes(paragraphs[paragraphs.article_id == aid])
    assert len(found) >= 3
    assert set(found.sentence_id) <= set(load_sentences(corpus).sentence_id)
