"""A named person's title and employer belong to the person's mention (GUIDELINES: actor mentions).

"Ivana Radić, a former adviser in Serbia's Kosovo Office,", "Vesna Lalić of the Centre for Energy
Transition", "The channel's reporter in Brussels, Marko Ristić" and "the Ambassador of China to
Serbia, Li Ming" are each one mention of the person, not also of the office, the centre, the channel,
China or Serbia (as "Russian Foreign Ministry spokeswoman Maria Zakharova" is one mention). The
organisation counts where the text names it outside the person's title or apposition ("The Centre
for Energy Transition found ...").

:func:`employer_rows` finds, in a table of mentions, the organisations and states written

* in an **apposition** after a person's name: ", a/an/the/former ... <role or of/at/from> ...," up
  to the next comma, full stop or bracket, without a speech verb in it;
* in an **of-phrase** right after the name: "Name of the Belgrade Centre for Security Policy", also
  with lower-case words describing the body and its acronym ("Name of the ruling Progressive Party
  (SNS)", "Name of the volunteer group Topla Supa");
* in a **title** before the name that holds a role noun for a person: "TV Sokol's reporter in
  Brussels, Name", "The Speaker of the National Assembly, Name", "EU Commissioner for Enlargement Name".

Each looks a bounded number of characters around the name (linear time). A person's own mention is
never dropped ("an adviser to President Vučić" still counts Vučić).

Blind spots: a person is a name from the alias table with kind ``he``/``she``, or a name the table
does not know made of two to four capitalised words with no organisation word (institute, ministry,
party ...); an apposition that is really a list ("Ana Ilić, the EU and Russia all agreed") would lose
the EU; English only.
"""

from __future__ import annotations

from helpers._text.fold import fold
from helpers._text.programs import re_compile
from helpers.analysis.roles import role_words

#: After a name: ", a senior fellow at the Institute," (up to the next comma, stop or bracket).
#: (also up to a bracket that opens the body's translation or acronym: ", a lawyer with X (Civic Y)")
_APPOSITION = re_compile(r",\s+(?P<app>[^,.;:!?“”\"()\[\]]{2,220}?)(?=[,.;()\]]|$)")
# (not a participle: ", known for his ties with Moscow," says what the person did, not who employs them)
_APP_START = re_compile(r"(?:a|an|the|its|his|her|their|former|then|senior|chief|deputy|acting|head|director"
                        r"|founder|co-founder|member|chair|president|professor)\b"
                        # (a capitalised field before the role: ", Balkans researcher at X,"; an MP's party)
                        r"|(?:[A-Z][\w-]*\s+)?[a-z][\w-]*(?<!ing)(?<!ed)(?<!wn)\s+(?:of|at|from|with|in|for)\b"
                        r"|(?:MPs?|MEPs?|CEO)\s+(?:of|at|from|with|in|for)\b"
                        r"|of\s+the\b"  # ", of the ruling party,": the person's affiliation
                        # ", who writes for the weekly X,", ", who worked at Y": the employer; ", who heads
                        # the X caucus", ", who researches Y at the Z Institute": the body the person works in
                        r"|(?P<works>who\s+(?:(?:works|worked|writes|wrote|reports|reported)\s+(?:for|at)\b"
                        r"|(?:heads|headed|leads|led|runs|ran|chairs|chaired|directs|directed|founded|co-founded"
                        r"|teaches|taught|lectures|researches|researched|studies|studied|follows|covers|covered"
                        # (not before a state's possessive: "who heads Serbia's union" names the state)
                        r"|monitors|tracks)\b(?!\s+[A-Z][\w-]*['’]s\b)))")
#: A speech verb or an auxiliary makes the comma phrase a clause of its own (", the diplomat said,",
#: "According to X, the Commission had ...").
_SPEECH = re_compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes|stated|argued|claimed|warned"
                     r"|noted|explained|insisted|stressed|recalled|asked|is|was|are|were|has|had|have"
                     r"|will|would|can|could|should|must|did|does|do)\b")
#: The kind of body after its city: "the Novi Sad think tank X", "the Belgrade group X".
_HOME_BODY = (r"(?:think\s+tank|group|association|organi[sz]ation|foundation|network|institute|centre|center"
              r"|party|movement|coalition|union|daily|weekly|portal|agency|pollster|consultancy|firm|company"
              r"|collective|initiative|alliance|campaign|watchdog|NGO)")
#: Right after a name: " of the Centre for Energy Transition" (capitalised words and connectors),
#: also after up to three lower-case words that describe the body (" of the ruling Progressive Party",
#: " of the volunteer group Topli Obrok"; not a preposition: " from the north of Kosovo" is a place).
_OF_AFTER = re_compile(r"\s+(?:of|from|at)\s+"
                       # (a city before the words that describe the body: "of the Novi Sad think tank X")
                       r"(?:the\s+(?:(?:[A-Z][\w'’-]*\s+){1,2}(?=" + _HOME_BODY + r"\s+[A-Z]))?"
                       r"(?:(?!(?:of|for|to|in|at|on|and|or|with|from|by|the|a|an)\s)[a-z][\w-]*\s+){0,3})?"
                       r"[A-Z][\w'’-]*"
                       r"(?:\s+(?:[A-Z][\w'’-]*|of|for|and|on|the|in|at|de|du|der)(?=\s+[A-Z]|[^\w]*$|\s|,))*"
                       r"(?:\s*\([A-ZČĆŠŽĐ][\w.-]{0,9}\))?")  # and its acronym: "(SNS)"
#: Right after a name: a bracket that opens with a capital, as a party or employer ("Name (SNS)").
_BRACKET_AFTER = re_compile(r"\s*\((?=[A-ZČĆŠŽĐ])[^()]{1,80}\)")
#: Words that end a title looking back from the name (verbs, conjunctions, clause marks).
_TITLE_STOP = frozenset({"that", "and", "but", "with", "told", "met", "said", "says", "by", "while", "when",
                         "after", "before", "which", "who", "according", "between", "against", "called",
                         "urged", "accused", "asked", "as", "is", "was", "are", "were", "has", "have", "had",
                         "will", "would", "received", "thanked", "visited", "wrote", "added", "where", "if",
                         "whom", "whose", "than", "like", "also", "or"})
#: Lower-case words a title may hold besides role words: "the Ambassador of China to Serbia".
_TITLE_JOINS = frozenset({"of", "for", "to", "in", "at", "the", "on"})
_CLAUSE = re_compile(r"[.;:!?“”\"()\[\]—–]")
_NON_SPACE = re_compile(r"\S+")
#: Lower-case words at the start of a person's match, before the name: "director Dusan Bajatovic".
_LOWER_LEAD = re_compile(r"(?:[a-z][\w-]*\s+)+(?=[A-ZČĆŠŽĐ])")
#: A lower-case word right after "of"/"for" is a portfolio inside a title ("director of research").
_PORTFOLIO_BEFORE = re_compile(r"(?<![\w-])(?:of|for)\s+$")
#: ", regional director of X": an apposition that starts with a qualified role noun (checked in roles.csv)
_APP_ROLE = re_compile(r"[a-z][\w-]*\s+(?P<noun>[a-z][\w-]*)\s+(?:of|at|from|with|in|for)\b")
#: Words of an organisation's name: a name holding one is no person.
_ORG_WORDS = frozenset({"party", "front", "movement", "group", "alliance", "coalition", "union", "league",
                        "council", "assembly", "parliament", "court", "bank", "agency", "company", "fund",
                        "foundation", "association", "network", "initiative", "archive", "media", "times",
                        "news", "post", "television", "radio", "portal", "office", "service", "department",
                        # words of a publication's name ("Balkan Review", "Danube Wire", "Example Info")
                        "review", "herald", "gazette", "tribune", "journal", "daily", "weekly", "monitor",
                        "courier", "ledger", "wire", "press", "observer", "chronicle", "digest", "magazine",
                        "newspaper", "broadcaster", "channel", "info"})


def is_person_name(name: str) -> bool:
    """True when ``name``, a name the alias table does not know, looks like a person's name.

    Two to four words, each capitalised (particles such as "von", "de" allowed), none of them an
    organisation word of ``roles.csv`` (institute, ministry ...) or of ``_ORG_WORDS`` (party, bank ...).

    Returns
    -------
    bool
        Whether ``name`` looks like a person's name.
    """
    words = name.split()
    if not 2 <= len(words) <= 4 or name.isupper():
        return False
    if not all(w[:1].isupper() or w in ("von", "der", "de", "van", "da", "bin") for w in words):
        return False
    folded = fold(name).lower()
    return not role_words().has_body_noun(name) and not any(w in _ORG_WORDS for w in folded.split())


def title_start(text: str, start: int) -> int:
    """Where a title written before the name at ``start`` begins.

    "The Speaker of the National Assembly, Name", "A spokesman for the Kremlin, Name", "EU
    Commissioner for Enlargement Name": the title is the run of words before the name (within 120
    characters, after the last clause mark) that holds a role noun of ``roles.csv``.

    Returns
    -------
    int
        The title's first character, or ``start`` when no title stands before the name.
    """
    lo = max(0, start - 120)
    seg = text[lo:start]
    cut = max((m.end() for m in _CLAUSE.finditer(seg)), default=0)
    body = seg[cut:]
    stripped = body.rstrip()
    if stripped.endswith(","):  # "The Speaker of the National Assembly, Name": an appositive title
        stripped = stripped[:-1]
    if "," in stripped:  # a comma inside: only the part after it can be the title
        cut += stripped.rfind(",") + 1
        stripped = stripped[stripped.rfind(",") + 1:]
    begin = start
    roles = role_words()
    tokens = list(_NON_SPACE.finditer(stripped))
    for j in range(len(tokens) - 1, -1, -1):
        m = tokens[j]
        word = fold(m.group(0)).lower().strip("'’")
        after = text[begin:].split(maxsplit=1)  # the word after "and": a role starts the title or the match
        if word == "and" and 0 < j and after and _capital_role(after[0], roles) \
                and _capital_role(tokens[j - 1].group(0), roles):
            begin = lo + cut + m.start()  # "Chairman and Chief Executive Officer Name": one title
            continue
        if word in _TITLE_STOP or m.group(0)[:1].islower() and word not in _TITLE_JOINS \
                and word.removesuffix("'s").removesuffix("’s") not in roles.info \
                and not _PORTFOLIO_BEFORE.search(stripped, 0, m.start()) \
                and not _before_body(tokens, j, roles):
            break  # a verb or another word no title holds ("takes note of the President ...")
        begin = lo + cut + m.start()
    if begin == start:
        return start
    title = text[begin:start]
    has_role = any(roles.info[w][2] == "role" for _s, _e, w in roles.words_in(title))
    return begin if has_role else start


def _before_body(tokens: list, j: int, roles) -> bool:
    """True when the word after token ``j`` is a body noun ("foreign" in "its foreign ministry's head")."""
    nxt = fold(tokens[j + 1].group(0)).lower() if j + 1 < len(tokens) else ""
    nxt = nxt.removesuffix("'s").removesuffix("’s")  # "the foreign ministry's spokeswoman, Name"
    return roles.info.get(nxt, (0, "", ""))[2] == "body"


def _capital_role(word: str, roles) -> bool:
    """True when ``word`` is a capitalised role noun of ``roles.csv`` ("Chairman", "President")."""
    return word[:1].isupper() and roles.info.get(fold(word).lower(), (0, "", ""))[2] == "role"


def _role_first(app: str) -> bool:
    """True when ``app`` starts with a qualified role noun before of/at/for: "regional director of X"."""
    m = _APP_ROLE.match(app)
    return m is not None and role_words().info.get(m.group("noun"), (0, "", ""))[2] == "role"


#: A state's possessive before a role in a person's apposition: ", Serbia's First Deputy Prime Minister,",
#: ", who served as Serbia's ambassador in Beijing", ", Yugoslavia's and later Serbia's ambassador".
_POSSESSIVE_ROLE = re_compile(r"(?<![\w’'-])[A-Z][\w’'-]*['’]s(?=\s)(?=(?P<role>(?:\s+[\w-]+){1,4}))")
_APP_WINDOW = re_compile(r",\s+[^,.;:!?“”\"()\[\]]{2,220}")
#: What may stand before such a possessive in the phrase: its start, "who was", "who served as", "and later".
_ROLE_LEAD = re_compile(r"(?:^,|\bwho\s+(?:was|is|served\s+as|became|had\s+been)|\b(?:and|later|then|formerly"
                        r"|former|a|the))\s+$")


def _possessive_roles(text: str, e: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each "State's <role>" in the comma phrase right after a name ending at ``e``."""
    window = _APP_WINDOW.match(text, e, min(len(text), e + 240))
    if window is None:
        return []
    roles = role_words()
    out = []
    for m in _POSSESSIVE_ROLE.finditer(text, window.start(), window.end()):
        hit = next(((a, b) for a, b, w in roles.words_in(m.group("role")) if w in roles.role_nouns), None)
        if hit is not None and _ROLE_LEAD.search(text[window.start():m.start()]):
            out.append((m.start(), m.start("role") + hit[1]))
    return out


def person_spans(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The spans around a person's name that belong to the person: title, apposition, of-phrase.

    Parameters
    ----------
    text : str
        The sentence.
    s, e : int
        Where the person's name starts and ends in ``text``.

    Returns
    -------
    list of tuple
        ``(start, end)`` of the title before the name, the apposition and the of-phrase after it
        (those found; empty when none): a mention inside one of them is the person's.
    """
    spans = []
    # a role word kept in the person's own match ("director Dusan Bajatovic"): the title before
    # it ("Srbijagas director ...") is read from the name, so the role counts for it
    lead = _LOWER_LEAD.match(text, s, e)
    t0 = title_start(text, lead.end() if lead else s)
    if t0 < s:
        spans.append((t0, s))
    app = _APPOSITION.match(text, e, min(len(text), e + 240))
    words = app.group("app") if app is not None else ""
    start = _APP_START.match(words) if app is not None else None
    if app is not None and (start is not None and start.group("works") is not None  # "who writes for X"
                            or not _SPEECH.search(words) and (start or _role_first(words))):
        close = text.find(")", app.end(), app.end() + 80) if text.startswith("(", app.end()) else -1
        spans.append((e, close + 1 if close > 0 else app.end()))  # with the body's bracket: "(COD)"
    of = _OF_AFTER.match(text, e, min(len(text), e + 160))
    if of is not None:
        spans.append((e, of.end()))
    bracket = _BRACKET_AFTER.match(text, e, min(len(text), e + 90))
    if bracket is not None:  # "MP Branislav Kojić (Movement for Serbian Unity)": the MP's party
        spans.append((e, bracket.end()))
    return spans + _possessive_roles(text, e)


def employer_rows(rows) -> list:
    """The mentions that lie inside a named person's title or apposition.

    Parameters
    ----------
    rows : iterable of tuple
        ``(key, sentence, text, start, end, person)`` for each mention of one table: ``sentence``
        is any label of the sentence whose ``text`` holds it, ``key`` any label of the row and
        ``person`` 2 for a person of the alias table, 1 for a name that looks like a person's
        (:func:`is_person_name`), 0 for anything else.

    Returns
    -------
    list
        The keys of the mentions inside a span that belongs to a person (see the module docstring),
        in the order given. People of the alias table are never dropped; a name that only looks
        like a person's, inside an earlier person's apposition ("Cui Heng, a scholar at the
        Institute for International Exchange"), is the apposition's and is dropped.
    """
    by_sentence: dict = {}
    texts: dict = {}
    for key, sentence, text, s, e, person in rows:
        by_sentence.setdefault(sentence, []).append((s, e, person, key))
        texts[sentence] = text
    drop = []
    for sentence, found in by_sentence.items():
        if len(found) < 2 or not any(person for _s, _e, person, _k in found):
            continue
        found.sort(key=lambda f: (f[0], f[1]))
        spans = _spans_of_people(texts[sentence], found)
        drop += _inside_spans(found, spans)
    return drop


def label_rows(rows) -> list:
    """The mentions that are the label of a line of an interview, written for the interviewer.

    In a question-and-answer interview each line starts with a label and a colon: the interviewee's
    name ("Marić: ...", a mention of the person) or the outlet asking ("Radio Example: Your survey
    suggests ..."), which names the publication itself, not an actor of the story (GUIDELINES:
    gold of test5 and test12). So a name that is no person's, written at the very start of a
    sentence and followed by a colon, is dropped; a person's label is kept.

    Parameters
    ----------
    rows : iterable of tuple
        As for :func:`employer_rows`: ``(key, sentence, text, start, end, person)``.

    Returns
    -------
    list
        The keys of the label mentions, in the order given.
    """
    return [key for key, _sentence, text, s, e, person in rows
            if s == 0 and not person and text[e:e + 1] == ":"]


def _spans_of_people(text: str, found: list) -> list[tuple[int, int, int]]:
    """``(start, end, person's start)`` of each title or apposition of the people in ``found`` (sorted).

    A name that only looks like a person's inside an earlier person's span is no person. Spans
    are bounded (a title within 120 characters before the name, an apposition within 240 after
    it), so only the spans still open at a name are kept to look at: linear time.
    """
    spans: list[tuple[int, int, int]] = []
    open_spans: list[tuple[int, int, int]] = []
    for s, e, person, _k in found:
        open_spans = [span for span in open_spans if span[1] > s]
        if person == 2 or person == 1 and not any(a <= s and e <= b for a, b, _p in open_spans):
            new = [(a, b, s) for a, b in person_spans(text, s, e)]
            spans += new
            open_spans += new
    return sorted(spans)


def _inside_spans(found: list, spans: list[tuple[int, int, int]]) -> list:
    """Keys of the mentions in ``found`` that are no table person and lie in another person's span.

    ``found`` and ``spans`` are sorted by start: one sweep, linear time.
    """
    out, open_spans, j = [], [], 0
    for s, e, person, key in found:
        while j < len(spans) and spans[j][0] <= s:
            open_spans.append(spans[j])
            j += 1
        open_spans = [span for span in open_spans if span[1] > s]
        if person != 2 and any(a <= s and e <= b and p != s for a, b, p in open_spans):
            out.append(key)
    return out


def title_rows(out, aliases, kinds) -> list:
    """Rows of the mention table ``out`` inside a named person's title or apposition, or a line label.

    ``out`` has the columns of :func:`helpers.analysis.actors.actor_mentions` and the sentence index
    ``_i``; ``aliases`` and ``kinds`` are the alias table's ``alias`` and ``kind`` columns (the first
    row of an alias gives its kind). See :func:`employer_rows` and :func:`label_rows`.

    Returns
    -------
    list
        The index labels of ``out`` to drop.
    """
    kind = dict(zip(reversed(aliases), reversed(kinds), strict=True))  # the first row wins
    person = [2 if kind.get(a) in ("he", "she") else 0 if a else int(is_person_name(n))
              for a, n in zip(out["alias"].tolist(), out["actor"].tolist(), strict=True)]
    rows = list(zip(out.index, out["_i"].tolist(), out["text"].tolist(), out["start"].tolist(),
                    out["end"].tolist(), person, strict=True))
    return employer_rows(rows) + label_rows(rows)
