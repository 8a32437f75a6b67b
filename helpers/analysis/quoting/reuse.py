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

import numpy as np
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
    table (see :meth:`sentence`).

    Here the table is only put in sentence order (numpy); a sentence's hits are built when it is
    asked for, in the worker process that reads the sentence on a large corpus.
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
        sids = [sid if type(sid) is str else str(sid) for sid in table["sentence_id"].tolist()]
        actors, aliases = table["actor"].tolist(), table["alias"].tolist()
        rows = [row_of.get(key) for key in zip(actors, aliases)]
        kept = _known_rows(rows, sids, actors, aliases, matcher, self.unsure)
        self._start, self._end, self._text, self._row = table["start"].tolist(), table["end"].tolist(), \
            table["text"].tolist(), rows
        codes, firsts = pd.factorize(np.asarray([sids[k] for k in kept], dtype=object))
        counts = np.bincount(codes, minlength=len(firsts))
        ends = np.cumsum(counts)
        # each sentence's rows together, in table order
        self._order = np.asarray(kept, dtype=np.int64)[np.argsort(codes, kind="stable")].tolist()
        self._range = dict(zip(firsts.tolist(), zip((ends - counts).tolist(), ends.tolist(), strict=True),
                               strict=True))
        self.matcher = matcher
        self.sentence_safe = matcher.sentence_safe

    def sentence(self, sid: str) -> tuple[str, list] | None:
        """``(sentence text, hits)`` of sentence ``sid`` in the table (None when it has no alias match).

        Returns
        -------
        tuple or None
            The text of the sentence's first row and its hits ``(start, end, alias row, the row's
            text)`` in table order.
        """
        got = self._range.get(sid)
        if got is None:
            return None
        start, end, row, text = self._start, self._end, self._row, self._text
        hits = [(int(start[k]), int(end[k]), row[k], text[k]) for k in self._order[got[0]:got[1]]]
        return hits[0][3], hits

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
            got = self.sentence(sid)
            if got is None:
                continue
            s_text, hits = got
            if self._lost(hits):
                return None
            # a hit that ends the sentence, or is followed only by an ellipsis ("Belgrade…", which ends a
            # sentence for the splitter but not for the matcher's merging), may merge with the next one
            last = max(e for _s, e, _r, _t in hits)
            tail = st[last:]
            tail = tail[2:] if tail[:2] in ("'s", "’s") else tail  # "Russia’s…": a possessive may merge on
            ellipsis_end = "…" in tail and not any(c.isalnum() for c in tail)
            if s_text != st or (k < final and (not tail or ellipsis_end)):
                return None
            out.extend((so + a, so + b, r) for a, b, r, _t in sorted(hits))
        return out


def _known_rows(rows: list, sids: list, actors: list, aliases: list, matcher: _Matcher, unsure: set):
    """The indices of the table rows found in the alias table.

    A ministry the table names by its state ("Ukraine's Ministry of Defence" -> ``Ukrainian Ministry
    of Defence``) is no alias row: its sentence goes to ``unsure``. Any other unknown row is an error.
    """
    if None not in rows:
        return list(range(len(rows)))
    ministries = {a for a, act in zip(matcher.alias, matcher.actor, strict=True) if takes_possessive(act)}
    kept = []
    for k, row in enumerate(rows):
        if row is not None:
            kept.append(k)
        elif aliases[k] in ministries and takes_possessive(actors[k]):
            unsure.add(str(sids[k]))
        else:
            raise CorpusError(f"mentions: actor {actors[k]!r} with alias {aliases[k]!r} is not in the alias "
                              "table. Pass the table actor_mentions() returned with the same aliases= "
                              "as quotes().")
    return kept


def _may_have_lost(matcher: _Matcher, row: int, actor: str, text: str, s: int, e: int) -> bool:
    """True when ``actor_mentions()`` may have dropped or moved alias matches around this mention.

    A person of the alias table with a title, apposition or of-phrase (the mentions inside are the
    person's); a ministry that takes a state's possessive (the mention starts at the state).
    """
    if matcher.kind[row] in ("he", "she"):
        return bool(person_spans(text, s, e))
    return takes_possessive(actor)
