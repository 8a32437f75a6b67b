"""Serbia's parliament and presidency named by a bare common noun where they act: one mention each.

GUIDELINES (actor mentions): a conventional description of one actor is a mention ("the bloc",
"the ruling party"); an anaphoric description whose referent comes from the earlier text is not
("the president", "the Ministry"). A bare "parliament" or "the presidency" in a news text about
Serbia is the name of an institution of the state, as a bare "police" or "the government" is
(``actors.csv`` reads those as Serbia's), when the institution acts:

* "parliament" with no article, owner or name before it, as the subject of a verb: "whether
  parliament ratifies the memorandum", "two days after parliament rejected the motion", "said
  parliament had not seen the text" -> ``National Assembly``; not a place or a destination ("in
  parliament", "sent to parliament", "members of parliament", "outside the parliament building"),
  nor another state's parliament ("the Hungarian parliament", "Croatia's parliament": the owner
  comes before it), nor the European Parliament (:mod:`helpers.analysis.institutions`);
* "the presidency" as the subject of a verb or as the author of a statement: "the presidency said",
  "The presidency did not answer", "a statement from the presidency", "a source close to the
  Presidency" -> ``Serbian presidency``; not the building or a term of office ("at the Presidency",
  "from the Presidency building", "the presidency of the Council", "during his presidency").

An article that names another state's parliament ("Hungarian parliament", "the Duma") keeps its
bare "parliament" unread (it may be that state's). Gated by a substring test ("arliament",
"residency"): a sentence without the word costs one ``in`` test. Bounded look-behind and
look-ahead: linear time.
"""

from __future__ import annotations

from helpers._text.programs import re_compile

# verbs a body acts with, right after its name (finite forms; "did not", "has", "will" included)
_ACTS = (r"(?:had|has|have|is|was|will|would|could|can|cannot|can't|must|should|may|might|did|does"
         r"|voted|votes|passed|passes|adopted|adopts|approved|approves|rejected|rejects|ratified|ratifies"
         r"|debated|debates|elected|elects|confirmed|confirms|endorsed|endorses|backed|backs|refused"
         r"|refuses|failed|fails|decided|decides|accepted|accepts|amended|amends|dismissed|dismisses"
         r"|said|says|announced|announces|stated|states|declined|declines|denied|denies|added|adds"
         r"|issued|issues|published|publishes|released|releases|answered|answers|replied|replies"
         r"|responded|responds|insisted|insists|warned|warns|welcomed|welcomes|condemned|condemns"
         r"|urged|urges|called|calls|noted|notes|stressed|stresses|reported|reports|argued|argues"
         r"|claimed|claims|described|describes|explained|explains|told|tells|wrote|writes)")
# a bare "parliament" (lower case: a capitalised "Parliament" is the European Parliament's own style,
# see helpers.analysis.institutions) right before a verb it acts with
_PARLIAMENT = re_compile(r"(?<![\w’'-])parliament(?![\w’'-])(?=\s+(?:(?:also|then|now|already|still|never|not"
                         r"|finally|later|quickly|eventually|unanimously|formally|narrowly)\s+)?" + _ACTS
                         + r"(?![\w’'-]))")
# ... as the subject: at a sentence or clause start, after a conjunction or a verb of speech ("said
# parliament had"), with or without "the"
_SUBJECT_BEFORE = re_compile(r"(?:^|[,;:“\"(]\s*|(?<![\w’'-])(?:that|whether|after|before|when|until|unless"
                             r"|because|since|while|once|if|and|but|as|where|though|although|said|says|argued|argues|warned"
                             r"|insisted|noted|added|claimed|stressed|complained)\s+)(?:[Tt]he\s+)?$")
# "the presidency" as a subject, or after the words of a statement it issues or of a source near it
_PRESIDENCY_SUBJECT = re_compile(r"(?<![\w’'-])[Tt]he\s+[Pp]residency(?![\w’'-])(?=\s+(?:(?:also|then"
                                 r"|now|later|quickly|did\s+not|has\s+not|had\s+not)\s+)?" + _ACTS
                                 + r"(?![\w’'-]))")
_PRESIDENCY_AUTHOR = re_compile(r"(?<![\w’'-])(?i:statements?|announcement|communiqu[eé]|release|readout"
                                r"|letter|reply|response|message|spokes(?:person|man|woman)|sources?\s+close)\s+"
                                r"(?:(?:from|by|of|to)\s+)?(?P<body>the\s+[Pp]residency)(?![\w’'-])"
                                r"(?!\s+(?:of|building|palace)\b)")
# a preposition before "the presidency": a place ("an official in the presidency said"), not the subject
_PREPOSITION_BEFORE = re_compile(r"(?<![\w’'-])(?i:in|at|from|to|of|into|inside|within|near|outside|for|with"
                                 r"|by|on|under|over|about|during|throughout)\s+$")
# another state's parliament named in the article: its bare "parliament" may be that one
_OTHER_PARLIAMENT = re_compile(r"(?:(?<![\w’'-])(?!Serbian\s|Serbia['’]s\s|European\s|the\s|The\s)"
                               r"[A-Z][\w’'-]*\s+[Pp]arliament(?![\w’'-])|(?<![\w’'-])(?:Duma|Bundestag|Sabor|Sejm|Knesset"
                               r"|Verkhovna\s+Rada|Skupština\s+Crne\s+Gore)(?![\w’'-]))")


def _other_parliament_articles(texts: list, aids: list) -> set:
    """The articles of ``texts`` that name a parliament other than Serbia's or the European Parliament."""
    return {aids[i] for i, t in enumerate(texts)
            if t and ("arliament" in t or "Duma" in t or "Bundestag" in t or "Sabor" in t or "Sejm" in t
                      or "Rada" in t or "Skupština" in t) and _OTHER_PARLIAMENT.search(t)}


def home_bodies(texts: list, aids: list) -> list[tuple[int, int, int, str, str]]:
    """``(sentence, start, end, actor, group)`` of each acting bare "parliament" or "the presidency".

    Parameters
    ----------
    texts : list of str
        The sentences, whole articles in reading order.
    aids : list of str
        The article id of each sentence.

    Returns
    -------
    list of tuple
        One tuple per mention: the index of the sentence in ``texts``, the start and end of the
        words, and ``National Assembly`` or ``Serbian presidency`` with the group
        ``serbian_government``.
    """
    out: list[tuple[int, int, int, str, str]] = []
    others = None
    for i, t in enumerate(texts):
        if not t:
            continue
        if "arliament" in t:
            if others is None:
                others = _other_parliament_articles(texts, aids)
            if aids[i] not in others:
                out += [(i, m.start(), m.end(), "National Assembly", "serbian_government")
                        for m in _PARLIAMENT.finditer(t)
                        if _SUBJECT_BEFORE.search(t, max(0, m.start() - 30), m.start())]
        if "residency" in t:
            spans = {(m.start(), m.end()) for m in _PRESIDENCY_SUBJECT.finditer(t)
                     if not _PREPOSITION_BEFORE.search(t, max(0, m.start() - 12), m.start())}
            spans |= {m.span("body") for m in _PRESIDENCY_AUTHOR.finditer(t)}
            out += [(i, s, e, "Serbian presidency", "serbian_government") for s, e in sorted(spans)]
    return out
