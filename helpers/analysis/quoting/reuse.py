"""Reusing an actor-mentions table in :func:`quotes`.

Reusing an :func:`~helpers.analysis.actors.actor_mentions` table in :func:`quotes` (explicitly:
``quotes(..., mentions=table)``), so that the alias matcher need not run twice over the same words.

The quote rules read the alias matcher's hits; the table holds them after ``actor_mentions()``
has read them as mentions, which may drop or move some. A sentence where that can have happened
sends its paragraph back to the matcher, so the rows are those of ``quotes()`` alone:

* a name not in the alias table (``alias`` empty): alias matches inside it, or inside its title or
  apposition, are dropped (:func:`helpers.analysis.quoting.people.introduced_in`);
* a person of the alias table with a title, apposition or of-phrase ("A spokesman for the Kremlin,
  Dmitry Peskov,"): the mentions inside belong to the person and are dropped
  (:mod:`helpers.analysis.employers`);
* a ministry that takes a state's possessive ("Serbia's Ministry of Defence"): the state's mention
  is dropped and the ministry's starts earlier, named by another state when it is not Serbia
  ("Ukraine's Ministry of Defence" -> ``Ukrainian Ministry of Defence``; see
  :func:`helpers.analysis.institutions.with_institutions`).
"""

from __future__ import annotations

import pandas as pd

from helpers.analysis.actors import _Matcher
from helpers.analysis.employers import person_spans
from helpers.analysis.institutions import takes_possessive
from helpers.errors import CorpusError, require_table

MENTION_NEEDS = ["sentence_id", "actor", "alias", "start", "end", "text"]


class SentenceMentions:
    """An ``actor_mentions()`` table indexed by sentence.

    An ``actor_mentions()`` table indexed by sentence: ``sentence_id -> (sentence text, hits)``
    with hits ``(start, end, alias row, the row's text)`` in the sentence, rows of ``matcher``'s alias
    table.
    """

    def __init__(self, mentions: pd.DataFrame, matcher: _Matcher):
        table = require_table(mentions, MENTION_NEEDS, "mentions", "actor_mentions()", allow_empty=True,
                              copy=False)
        named = table["alias"].astype(str) == ""
        # names not in the alias table are found again by quotes(); a sentence with one may have lost
        # alias matches inside a title or an organisation's name, so its paragraph is matched again
        self.unsure = set(table.loc[named, "sentence_id"].astype(str))
        table = table[~named]
        row_of: dict = {}
        for r, key in enumerate(zip(matcher.actor, matcher.alias, strict=True)):
            row_of.setdefault(key, r)
        ministries = {a for a, act in zip(matcher.alias, matcher.actor, strict=True) if takes_possessive(act)}
        self.by_sentence: dict[str, tuple[str, list]] = {}
        by_sentence = self.by_sentence
        for sid, actor, alias, s, e, text in zip(*(table[c].tolist() for c in MENTION_NEEDS), strict=True):
            row = row_of.get((actor, alias))
            if row is None and alias in ministries and takes_possessive(actor):
                self.unsure.add(str(sid))  # "Ukraine's Ministry of Defence": named by its state
                continue
            if row is None:
                raise CorpusError(f"mentions: actor {actor!r} with alias {alias!r} is not in the alias "
                                  "table. Pass the table actor_mentions() returned with the same aliases= "
                                  "as quotes().")
            sid = sid if type(sid) is str else str(sid)
            got = by_sentence.get(sid)
            if got is None:
                got = by_sentence[sid] = (text, [])
            got[1].append((int(s), int(e), row, text))  # each row's own text, for _lost
        self.matcher = matcher
        self.sentence_safe = matcher.sentence_safe

    def _lost(self, hits: list) -> bool:
        """True when ``actor_mentions()`` may have dropped or moved alias matches in this sentence.

        Asked only of the sentences :meth:`paragraph` reads (on a large corpus, in the worker
        process that reads them), not of the whole table up front.
        """
        matcher = self.matcher
        return any(_may_have_lost(matcher, row, matcher.actor[row], text, s, e) for s, e, row, text in hits)

    def paragraph(self, text: str, sents, sentence_ids) -> list | None:
        """The hits of one paragraph, taken from the table.

        The hits of one paragraph, offsets in the paragraph, as ``matcher.find`` on the whole
        paragraph would give them; None where the two could differ, so the caller runs the matcher
        (see the module docstring for the sentences whose table may lack matches).

        No alias holds a sentence end (``sentence_safe``), so no single alias match spans two
        sentences. Two rules look further than a sentence: the dateline at the start of the text,
        and the merging of adjacent mentions of one actor (which can happen across a sentence end
        when a mention ends a sentence). A sentence whose text differs from the table's also
        sends the paragraph back to the matcher.
        """
        if not self.sentence_safe:
            return None
        dl = _Matcher._DATELINE.match(text)
        out = []
        final = len(sents) - 1
        for k, ((so, se, st), sid) in enumerate(zip(sents, sentence_ids, strict=True)):
            m = _Matcher._DATELINE.match(st)
            if (k == 0 and (so != 0 or (m.end() if m else 0) != (dl.end() if dl else 0))) or (k and m) \
                    or text[so:se] != st:
                return None
            if sid in self.unsure:
                return None
            got = self.by_sentence.get(sid)
            if got is None:
                continue
            s_text, hits = got
            if self._lost(hits):
                return None
            # a hit that ends the sentence, or is followed only by an ellipsis ("Belgrade…", which ends a
            # sentence for the splitter but not for the matcher's merging), may merge with the next one
            last = max(e for _s, e, _r, _t in hits)
            tail = st[last:]
            ellipsis_end = "…" in tail and not any(c.isalnum() for c in tail)
            if s_text != st or (k < final and (not tail or ellipsis_end)):
                return None
            out.extend((so + a, so + b, r) for a, b, r, _t in sorted(hits))
        return out


def _may_have_lost(matcher: _Matcher, row: int, actor: str, text: str, s: int, e: int) -> bool:
    """True when ``actor_mentions()`` may have dropped or moved alias matches around this mention.

    A person of the alias table with a title, apposition or of-phrase (the mentions inside are the
    person's); a ministry that takes a state's possessive (the mention starts at the state).
    """
    if matcher.kind[row] in ("he", "she"):
        return bool(person_spans(text, s, e))
    return takes_possessive(actor)
