"""Reusing an actor-mentions table in :func:`quotes`.

Reusing an :func:`~helpers.analysis.actors.actor_mentions` table in :func:`quotes` (explicitly:
``quotes(..., mentions=table)``), so that the alias matcher need not run twice over the same words.
"""

from __future__ import annotations

import pandas as pd

from helpers.analysis.actors import _Matcher
from helpers.errors import CorpusError, require_table

MENTION_NEEDS = ["sentence_id", "actor", "alias", "start", "end", "text"]


class SentenceMentions:
    """An ``actor_mentions()`` table indexed by sentence.

    An ``actor_mentions()`` table indexed by sentence: ``sentence_id -> (sentence text, hits)``
    with hits ``(start, end, alias row)`` in the sentence, rows of ``matcher``'s alias table.
    """

    def __init__(self, mentions: pd.DataFrame, matcher: _Matcher):
        table = require_table(mentions, MENTION_NEEDS, "mentions", "actor_mentions()", allow_empty=True,
                              copy=False)
        named = table["alias"].astype(str) == ""
        # names not in the alias table are found again by quotes(); a sentence with one may have lost
        # alias matches inside a title or an organisation's name, so its paragraph is matched again
        self.with_names = set(table.loc[named, "sentence_id"].astype(str))
        table = table[~named]
        row_of: dict = {}
        for r, key in enumerate(zip(matcher.actor, matcher.alias, strict=True)):
            row_of.setdefault(key, r)
        self.by_sentence: dict[str, tuple[str, list]] = {}
        for sid, actor, alias, s, e, text in zip(*(table[c].tolist() for c in MENTION_NEEDS), strict=True):
            row = row_of.get((actor, alias))
            if row is None:
                raise CorpusError(f"mentions: actor {actor!r} with alias {alias!r} is not in the alias "
                                  "table. Pass the table actor_mentions() returned with the same aliases= "
                                  "as quotes().")
            got = self.by_sentence.setdefault(str(sid), (text, []))
            got[1].append((int(s), int(e), row))
        self.sentence_safe = matcher.sentence_safe

    def paragraph(self, text: str, sents, sentence_ids) -> list | None:
        """The hits of one paragraph, taken from the table.

        The hits of one paragraph, offsets in the paragraph, as ``matcher.find`` on the whole
        paragraph would give them; None where the two could differ, so the caller runs the matcher.

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
            if sid in self.with_names:
                return None
            got = self.by_sentence.get(sid)
            if got is None:
                continue
            s_text, hits = got
            # a hit that ends the sentence, or is followed only by an ellipsis ("Belgrade…", which ends a
            # sentence for the splitter but not for the matcher's merging), may merge with the next one
            last = max(e for _s, e, _r in hits)
            tail = st[last:]
            ellipsis_end = "…" in tail and not any(c.isalnum() for c in tail)
            if s_text != st or (k < final and (not tail or ellipsis_end)):
                return None
            out.extend((so + a, so + b, r) for a, b, r in sorted(hits))
        return out
