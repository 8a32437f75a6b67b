"""The attribution of one paragraph: the rules of :mod:`.direct` and :mod:`.indirect`, sentence by sentence.

A :class:`~helpers.analysis.quoting.context.Context` holds one paragraph, its quotation spans and
cues, and the article's :class:`~helpers.analysis.quoting.speakers.Resolver`.
"""

from __future__ import annotations

import bisect

from helpers.analysis.quoting.context import Context
from helpers.analysis.quoting.direct import direct_quotes
from helpers.analysis.quoting.indirect import indirect_quotes
from helpers.analysis.quoting.paragraph import Paragraph
from helpers.analysis.quoting.records import Found
from helpers.analysis.quoting.speakers import Resolver


def paragraph_quotes(para: Paragraph, res: Resolver) -> list[Found]:
    """All quotations of one paragraph, in text order.

    Sentence by sentence, direct quotes first decide which words are quoted, then reported speech
    is looked for outside them.
    """
    ctx = Context(para, res)
    found: list[Found] = []
    starts = [a for a, _ in ctx.spans]
    k = 0
    # sentence by sentence: a pronoun may refer to an earlier reported speaker
    for s0, s1, sent in para.sents:
        j = bisect.bisect_left(starts, s1) if s1 < len(para.text) else len(starts)
        found += direct_quotes(ctx, ctx.spans[k:j])
        k = j
        found += indirect_quotes(ctx, s0, s1, sent)
    found += direct_quotes(ctx, ctx.spans[k:])
    found.sort(key=lambda f: f.start)
    # a quotation left open at the paragraph's end continues in the next paragraph (news convention)
    last = ctx.spans[-1] if ctx.spans else None
    opened = [f for f in found
              if last and last[1] > len(para.text) and f.start == last[0] and f.kind == "direct"]
    res.open_at_end = opened[-1].speaker if opened else None
    if last and last[1] > len(para.text) and not any(f.start == last[0] for f in found):
        res.open_unattributed = last[0]  # its speaker may be named in the next paragraph
    return found

