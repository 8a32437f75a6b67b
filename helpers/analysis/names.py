"""Naming: which words each source uses for the same thing (the government, the protests, the war).

Entman (1993) counts *naming* among the basic framing devices: calling the same people "the
government", "the authorities" or "the ruling regime", or the same events "protests", "colour
revolutions" or a "Maidan coup", selects and makes salient one reading of them. The lexicon
``helpers/data/naming.csv`` (columns ``referent, variant, note``) lists, for each referent, the
variants to look for; an instructor can add rows without touching code.

Rows with referent ``ignore`` are matched but never reported: they stop a shorter variant from
counting where the words mean something else ("in Belgrade" is a place, not the government). As in
:func:`helpers.analysis.actors.actor_mentions`, a name in a dateline ("BELGRADE, Serbia (AP) —") and a
capitalised variant that is the first or last word of a body's name ("the Belgrade Centre for Security
Policy", "the Moscow Times", "Serbia Energy Group", "the University of Belgrade") name no one.

Blind spots: a dictionary cannot tell which government "government" refers to, nor catch irony,
negation ("does not recognize as a legitimate leader") or who speaks: a variant inside quotation
marks is the quoted speaker's word, not the outlet's (see the ``quoted`` column). Five articles
are a tiny sample: a count of 1 or 2 is an example, not a pattern.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from helpers._text.batch import scan
from helpers._text.lexicon import as_list, join_ids, prepare_lexicon
from helpers._text.programs import re_compile
from helpers._text.quotation import quoted_flags
from helpers.analysis.bodies import COMPANY_HEADS
from helpers.analysis.place_uses import DATELINE, IN_NAME
from helpers.corpus.loading import load_sentences
from helpers.corpus.paths import data_file
from helpers.errors import choice_error, require_table

LEXICON_COLUMNS = ["referent", "variant", "note"]
SUMMARY_COLUMNS = ["article_id", "referent", "variant", "count", "share", "quoted", "sentences"]
EVIDENCE_COLUMNS = ["article_id", "paragraph_id", "sentence_id", "referent", "variant", "match",
                    "start", "end", "quoted", "text"]
IGNORE = "ignore"
#: Capitalised words that, right after a capitalised variant, make it the first word of a body's or
#: a title's name ("Belgrade Centre for Security Policy", "Moscow Times"), not the government.
NAME_HEADS = ("Centre", "Center", "Institute", "University", "Foundation", "Fund", "Academy",
              "Association", "Network", "Coalition", "Alliance", "Movement", "Society", "Observatory",
              "Forum", "Initiative", "Times", "Post", "Festival", "Pride", "Philharmonic", *COMPANY_HEADS)
_OF_BEFORE = re_compile(r"\sof\s+(?:the\s+)?$")  # "the University of " before "Belgrade"
_NAME_HEAD_AFTER = re_compile(r"\s+(?:" + "|".join(sorted(NAME_HEADS, key=len, reverse=True)) + r")(?![\w-])")


@lru_cache(maxsize=1)
def _shipped() -> pd.DataFrame:
    return pd.read_csv(data_file("naming.csv"), dtype=str, keep_default_na=False)


def naming_lexicon() -> pd.DataFrame:
    """The naming lexicon shipped in ``helpers/data/naming.csv`` (a fresh copy).

    Returns
    -------
    DataFrame
        Columns ``referent`` (what is named: ``serbian_leadership``, ``vucic``, ``protests``,
        ``protesters``, ``war``, ``neutrality``, ``asks_of_serbia``, ``eu_west``, ``russia``,
        ``china``, or ``ignore`` for phrases matched only so that a shorter variant does not count
        there), ``variant`` (the words, matched case- and diacritic-insensitively as whole words; a
        trailing ``*`` is a wildcard) and ``note`` (what the choice of words signals, and where it
        occurs in the seeds). Edit a copy and pass it as ``naming(lexicon=...)``.
    """
    return _shipped().copy()


def naming(sentences=None, lexicon=None, referents=None, evidence=False) -> pd.DataFrame:
    """Which variant each source uses for each referent, with the sentences as evidence.

    Parameters
    ----------
    sentences : a table with ``article_id, sentence_id, text`` (``paragraph_id`` optional);
        default ``load_sentences()`` (body text of the shipped corpus). Not modified.
    lexicon : an edited copy of :func:`naming_lexicon` (columns ``referent, variant``) or a dict
        ``{referent: [variants]}``; default the shipped ``naming.csv``.
    referents : a referent name or list of names to report (default all but ``ignore``).
        Matching always uses the whole lexicon, so the result for one referent does not depend
        on which others you ask for.
    evidence : ``False`` (default) for the summary, ``True`` for one row per match.

    Returns
    -------
    DataFrame
        Summary (one row per source, referent and variant found): ``article_id, referent,
        variant, count, share`` (the variant's share of all namings of that referent in that
        source), ``quoted`` (how many of the matches stand inside quotation marks) and
        ``sentences`` (the ``sentence_id`` of every match, ``"; "``-joined).

        With ``evidence=True``: ``article_id, paragraph_id, sentence_id, referent, variant,
        match`` (the words as written), ``start, end`` (character offsets in ``text``),
        ``quoted`` (True inside quotation marks: the speaker's word, not the outlet's) and
        ``text`` (the sentence).

    Method: one regex (alternation of all variants, longest first, whole words) over the folded
    text (case, diacritics and curly quotes ignored), scanned left to right, so where variants
    overlap the longest wins: "ruling regime" is counted once, not also as "regime".
    Source: Entman (1993) on naming as a framing device. Blind spots: no irony, negation or
    coreference ("he"), the referent of "government" or "conflict" is not checked, and five
    articles are a tiny sample.
    """
    sents = load_sentences() if sentences is None else require_table(
        sentences, ["article_id", "sentence_id", "text"], "sentences")
    lex = prepare_lexicon(lexicon, _shipped(), "referent", "variant")
    known = [r for r in dict.fromkeys(lex["referent"]) if r != IGNORE]
    wanted = as_list(referents, "referents")
    if wanted is None:
        wanted = known
    else:
        for r in wanted:
            if r not in known:
                raise choice_error("referents", r, known)
    keys = tuple(lex["key"])
    rows, kidx, starts, ends = (a.tolist() for a in scan(keys, sents["text"].tolist()))
    ref_of = lex["referent"].to_numpy()
    var_of = lex["variant"].to_numpy()
    texts = sents["text"].to_numpy()
    keep = [i for i, k in enumerate(kidx) if ref_of[k] in wanted
            and not _names_no_one(texts[rows[i]], starts[i], ends[i])]
    sel = [rows[i] for i in keep]
    hits = pd.DataFrame({
        "article_id": sents["article_id"].to_numpy()[sel] if sel else [],
        "paragraph_id": (sents["paragraph_id"].to_numpy()[sel] if "paragraph_id" in sents
                         else [""] * len(sel)),
        "sentence_id": sents["sentence_id"].to_numpy()[sel] if sel else [],
        "referent": [ref_of[kidx[i]] for i in keep],
        "variant": [var_of[kidx[i]] for i in keep],
        "match": [texts[rows[i]][starts[i]:ends[i]] for i in keep],
        "start": [starts[i] for i in keep],
        "end": [ends[i] for i in keep],
        "quoted": quoted_flags(texts, [rows[i] for i in keep], [starts[i] for i in keep]),
        "text": [texts[rows[i]] for i in keep],
    }, columns=EVIDENCE_COLUMNS)
    hits["article_id"] = hits["article_id"].astype(str)
    if evidence:
        return hits.reset_index(drop=True)
    if hits.empty:
        return pd.DataFrame(columns=SUMMARY_COLUMNS)
    order = {r: i for i, r in enumerate(known)}
    out = (hits.groupby(["article_id", "referent", "variant"], sort=False)
           .agg(count=("match", "size"), quoted=("quoted", "sum"),
                sentences=("sentence_id", join_ids))
           .reset_index())
    total = out.groupby(["article_id", "referent"])["count"].transform("sum")
    out["share"] = (out["count"] / total).round(3)
    out["quoted"] = out["quoted"].astype(int)
    out["_r"] = out["referent"].map(order)
    out = out.sort_values(["article_id", "_r", "count", "variant"], ascending=[True, True, False, True])
    return out[SUMMARY_COLUMNS].reset_index(drop=True)


def _names_no_one(text: str, start: int, end: int) -> bool:
    """Whether a match names no one.

    True in the sentence's dateline, or for a match ending in a capitalised word that starts a body's
    name ("the Kremlin Foundation") or ends one ("the University of Belgrade").
    """
    if text[:1].isupper():  # a dateline opens the sentence in capitals (anchored: a short look)
        dateline = DATELINE.match(text)
        if dateline and start < dateline.end():
            return True
    last = text.rfind(" ", start, end) + 1 or start  # the match's last word: "the Kremlin" -> "Kremlin"
    if not text[last:last + 1].isupper():
        return False
    # "the Belgrade Centre for ...", or "the University of Belgrade" (as actor_mentions reads them);
    # only after "of": a title before a person's name ("Serbian President Vučić") names them
    within = IN_NAME.search(text, max(0, start - 50), start) if text[start:start + 1].isupper() else None
    inside = within is not None and _OF_BEFORE.search(within.group()) is not None
    return inside or _NAME_HEAD_AFTER.match(text, end) is not None
