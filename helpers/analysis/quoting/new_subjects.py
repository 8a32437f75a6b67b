"""A person the previous sentence opens with: the antecedent of "he" or "she" before older speakers.

Reports turn from one speaker to the next by naming the new one as the subject of a sentence with no
quotation of its own: "“The Chinese came and built,” she said. Her colleague Vesna, 52, objected. The
EU paid for the hospital, she said, …": the second "she" is Vesna, not the paragraph's last speaker.
:func:`new_subject` finds that person for :meth:`helpers.analysis.quoting.speakers.Resolver._person`.

Blind spots: the new person must open the sentence right before the pronoun's (after at most three
words: "Her colleague", "His neighbour"), be a person of the pronoun's gender or of
unknown gender, and that sentence must hold no quotation mark (then it is someone's statement, and
the speaker rules decide).
"""

from __future__ import annotations

from itertools import islice

from helpers._text.programs import re_compile

#: What may stand before the name at the start of its sentence: up to three words ("Her colleague",
#: "His younger brother"), nothing else (no comma: not "In Kraljevo, Ana …").
_OPENING = re_compile(r"(?:[A-Za-z’'-]+\s+){0,3}")
_QUOTE_MARKS = ("“", "”", '"')
_PERSON_KINDS = ("he", "she", "person")


def new_subject(para, pos: int, pron: str, last_speaker: str | None, gender: dict) -> str | None:
    """The person opening the sentence before the one at ``pos``, if "he"/"she" (``pron``) fits it.

    Parameters
    ----------
    para : Paragraph
        The paragraph under attribution.
    pos : int
        Where the pronoun stands.
    pron : str
        ``"he"`` or ``"she"``.
    last_speaker : str or None
        The last speaker attributed (a new subject that is this speaker changes nothing).
    gender : dict
        Genders learnt so far (actor -> ``"he"``/``"she"``).

    Returns
    -------
    str or None
        The actor, or None when the previous sentence opens with no such person.
    """
    si = para.sentence_of(pos)
    if si == 0:
        return None
    s, e, _t = para.sents[si - 1]
    if any(q in para.text[s:e] for q in _QUOTE_MARKS):
        return None
    for m in islice(para.mentions_before(pos), 40):
        if m.start < s:
            return None
        if m.start >= e:
            continue
        if _OPENING.fullmatch(para.text, s, m.start) is None and para.text[s:m.start].strip():
            continue
        if m.kind not in _PERSON_KINDS or m.actor == last_speaker:
            return None
        kind = gender.get(m.actor, m.kind)
        return m.actor if kind in (pron, "person") else None
    return None
