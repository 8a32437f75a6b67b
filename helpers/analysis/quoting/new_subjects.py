"""A person the previous sentence opens with: the antecedent of "he" or "she" before older speakers.

Reports turn from one speaker to the next by naming the new one as the subject of a sentence with no
quotation of its own: "“The Chinese came and built,” she said. Her colleague Vesna, 52, objected. The
EU paid for the hospital, she said, …": the second "she" is Vesna, not the paragraph's last speaker.
:func:`new_subject` finds that person for :meth:`helpers.analysis.quoting.speakers.Resolver._person`.

Blind spots: the new person must open the sentence right before the pronoun's (perhaps after a
determiner and one or two words: "Her colleague", "His neighbour"; not in a possessive), be a person
of the pronoun's gender or of unknown gender, and that sentence must hold no quotation mark (then it
is someone's statement, and the speaker rules decide).
"""

from __future__ import annotations

import re
from itertools import islice

from helpers._text.programs import re_compile

#: What may stand before the name at the start of its sentence: a determiner and up to two words ("Her
#: colleague", "His younger brother", "The mayor"), nothing else (not "In Kraljevo, Ana …", nor "Given
#: that Putin's war …").
_OPENING = re_compile(r"(?:(?:her|his|their|its|our|the|a|an|one|another)\s+(?:[a-z’'-]+\s+){1,2})?", re.I)
#: A possessive after the name: the name is no subject ("Putin's war").
_POSSESSIVE = re_compile(r"[’']s?\b")
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
        if _OPENING.fullmatch(para.text, s, m.start) is None or _POSSESSIVE.match(para.text, m.end):
            continue
        if m.kind not in _PERSON_KINDS or m.actor == last_speaker:
            return None
        kind = gender.get(m.actor, m.kind)
        return m.actor if kind in (pron, "person") else None
    return None
