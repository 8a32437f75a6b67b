"""A reported clause whose speaker comes after it with an appositive, or after the cue.

"The plant will reopen in June, Ana Ilić, an economist at the Institute, told the Danube Post." and
"The plant will reopen in June, said Ana Ilić, an economist at the Institute." are the wire and
newspaper forms of :func:`helpers.analysis.quoting.indirect.clause_then_speaker` when the speaker
phrase holds a comma pair or follows the cue ("its director, Tatyana Orlova, told reporters").

After the cue the speaker may also be a role phrase in lower case that ends the sentence ("…, said a
senior EU diplomat.", "…, said the minister.", "…, said the Kremlin.").

Blind spots: before the cue the speaker must be a name (or "its/his/her/their" with a role, the name
in the appositive); after it, a role phrase followed by anything ("said officials in Brussels", "said
the minister on Monday") is not read; the sentence must end after the cue and what
:data:`_CLAUSE_THEN_SPEAKER` allows after it (a time, an addressee, a comment); an appositive holds no
comma of its own.
"""

from __future__ import annotations

from helpers._text.programs import re_compile
from helpers.analysis.quoting.direct import role_after_cue
from helpers.analysis.quoting.patterns import _CLAUSE_THEN_SPEAKER, _DATELINE
from helpers.analysis.quoting.records import Found

_CUE_AND_REST = "(?P<c>" + _CLAUSE_THEN_SPEAKER.pattern.split("(?P<c>", 1)[1]
#: "CLAUSE, NAME, APPOSITIVE, CUE …": the last two comma-free segments before the cue (greedy clause).
_APPOSED = re_compile(r"^(?P<q>[^“”\"]{15,600}),\s+(?P<s>[^,“”\"]{2,80}?),\s+(?P<app>[^,“”\"]{2,150}?),\s+"
                      r"(?:has\s+|have\s+|had\s+)?" + _CUE_AND_REST)
#: "CLAUSE, said NAME[, APPOSITIVE]." (the cue first, the sentence ends with the speaker phrase).
_CUE_FIRST = re_compile(r"^(?P<q>[^“”\"]{15,600}?),\s+(?P<c>said|says|added|adds|explained|noted|argued"
                        r"|wrote|warned|insisted)\s+(?P<s>[A-ZČĆŠŽĐ][^,“”\"]{1,80}?)"
                        r"(?:,\s+(?P<app>[^“”\"]{2,200}?))?[.]?$")
#: "CLAUSE, said the minister." / "…, said a senior official." / "…, said the Kremlin.": a speaker phrase in
#: lower case after the cue, ending the sentence (vetted as a whole role phrase, or a name after "the").
_CUE_FIRST_LOWER = re_compile(r"^(?P<q>[^“”\"]{15,600}?),\s+(?P<c>said|says|added|adds|explained|noted"
                              r"|argued|wrote|warned|insisted)\s+"
                              # not the idiom of amount ("…, says a lot about the government")
                              r"(?!(?:a\s+)?(?:lot|little|much|nothing|something|anything|more|less|enough"
                              r"|plenty|great\s+deal|good\s+deal)\b)(?P<s>[a-z][^,“”\"]{1,80}?)[.]?$")
_CUE_WORD = re_compile(r"[a-z]+")
_LOWER_CUES = ("said", "says", "added", "adds", "explained", "noted", "argued", "wrote", "warned", "insisted")
_POSSESSIVE = ("its ", "his ", "her ", "their ")
_NOT_SPEAKERS = ("place",)


#: What may follow the name in a speaker phrase after the cue: the body the person is from or works at
#: ("said Ana Ilić of the Institute of Economics"), not a clause ("says Ilić was always …").
_BODY_AFTER = re_compile(r"\s+(?:of|from|at|with)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}"
                         r"[A-ZČĆŠŽĐ][^,;:“”\"()]{1,80}")


def _named(ctx, a: int, b: int, whole: bool):
    """The speaker a name at ``a`` gives (a name ending at ``b``, or before the body it is from), or None."""
    ment = ctx.para.speaker_at(a)
    if ment is None or ment.kind in _NOT_SPEAKERS or ment.kind in ("he", "she") or ment.end > b:
        return None
    if ment.end != b and (whole or _BODY_AFTER.fullmatch(ctx.para.text, ment.end, b) is None):
        return None
    sp = ctx.speaker(ment, a)
    return sp if sp.actor else None


def postposed_speaker(ctx, s0: int, sent: str) -> Found | None:
    """Rule: "CLAUSE, NAME, APPOSITIVE, told X." / "CLAUSE, its director, NAME, said." / "CLAUSE, said NAME".

    Parameters
    ----------
    ctx : Context
        The paragraph under attribution.
    s0 : int
        Where the sentence starts in the paragraph.
    sent : str
        The sentence.

    Returns
    -------
    Found or None
        The reported clause (an indirect quote) and its speaker.
    """
    if sent.count(",") < 1 or "“" in sent or '"' in sent:
        return None
    sp, m = None, _APPOSED.match(sent) if sent.count(",") >= 2 else None
    if m is not None:
        a, b = s0 + m.start("s"), s0 + m.end("s")
        if m.group("s").lower().startswith(_POSSESSIVE):  # "its director, Tatyana Orlova, told"
            sp = _named(ctx, s0 + m.start("app"), s0 + m.end("app"), whole=True)
        else:
            sp = _named(ctx, a, b, whole=True)
    if sp is None:
        m = _CUE_FIRST.match(sent)
        if m is not None:
            sp = _named(ctx, s0 + m.start("s"), s0 + m.end("s"), whole=False)
        elif any(f", {cue} " in sent for cue in _LOWER_CUES):  # a cheap test first
            m = _CUE_FIRST_LOWER.match(sent)
            sp = _lower_speaker(ctx, s0, m) if m is not None else None
    if sp is None:
        return None
    date = _DATELINE.match(m.group("q"))
    skip = date.end() if date else 0
    return Found(s0 + skip, sp, m.group("c"), m.group("q")[skip:], "indirect")


def _lower_speaker(ctx, s0: int, m):
    """The speaker of "CLAUSE, said the minister." (``m``: a match of :data:`_CUE_FIRST_LOWER`), or None.

    "the" before a capital is a name's article ("said the Kremlin", "said the Ministry of Mining");
    anything else must be a role phrase as a whole, read as after a direct quote's cue
    (:func:`~helpers.analysis.quoting.direct.role_after_cue`: "a senior EU diplomat", "the Russian
    embassy", "the minister" resolved to the person the article introduced with that role).
    """
    a, b, phrase = s0 + m.start("s"), s0 + m.end("s"), m.group("s")
    if phrase.startswith("the ") and phrase[4:5].isupper():
        sp = _named(ctx, a + 4, b, whole=False)
        if sp is not None:
            return sp
    att = role_after_cue(ctx, _CUE_WORD.match(ctx.para.text, s0 + m.start("c")))
    if att is None or not att.speaker.actor or att.cue_end != b:  # the role is the whole phrase
        return None  # ("said officials in Brussels": the place would give the officials' side)
    return att.speaker

