"""Who gets to speak: direct and indirect quotations, their speakers and each source's share of voice.

Whose words a story carries is a framing choice (Entman 1993: selection and salience; sourcing
studies ask who is "given voice"). This module finds quotations in the body paragraphs, attributes
each to a speaker and resolves the speaker to an actor and actor group with the alias table of
:mod:`helpers.analysis.actors`.

Method (rules, no model):

* **Direct quotes** are words inside quote marks: curly “…”, straight "…", or curly single ‘…’
  (only when an opening ‘ and a closing ’ not followed by a letter are found, so apostrophes such as
  Vučić’s never open a quote). A quote may span sentences. It is attributed, in this order, to
  (1) a speaker and cue right after it ("…,” von der Leyen said; "…,” she added; "…,” said X);
  (2) a cue before it in the same sentence, at most 8 words before the opening mark: the speaker is
  the actor or pronoun just before the cue ("Vučić described Maduro as “…”", "Peskov emphasized on
  Tuesday that Russia “…”"), the agent of a passive ("described by officials as “…”"), or, for a
  participle cue ("saying", "adding", "describing"), the subject of the sentence ("Brnabić attended
  …, saying Serbia “…”"); (3) the speaker of the previous quote in the same sentence ("accused
  Brussels of a “Maidan coup” … by “brainwashing”"); (4) the previous quote's speaker when the quote
  opens a sentence with no cue of its own (the second half of "“…,” von der Leyen said. “…”").
* **The scare-quote rule**: a short quoted phrase attributed by these rules is a direct quote of
  that actor (The EU expressed “deep regret”; authorities labelled the protests “color
  revolutions”). Words in quote marks with no speaker and no cue are *not* quotes (a term the writer
  distances himself from), and a single capitalised word in quotes (“Jadar”) is a name, never a quote.
* **Indirect quotes** are reported clauses without quote marks: SPEAKER + cue + "that"-clause
  ("Serbia claims that it respects …"), + a clause without "that" for say/state/disclose/warn/claim
  ("Eric Gordy says Brussels' muted response …", "Vučić said on Thursday a … meeting would …"),
  "accused X of …-ing", a participle cue with "that" ("…, adding that he had offered …"), a
  clause followed by its speaker ("Moscow is fully aware …, Kremlin spokesperson Dmitry Peskov has
  stated."), "…, according to ISAC Fund data." and "As a recent ECFR poll showed, …". A reported
  clause that contains an attributed direct quote is counted once, as the direct quote ("Peskov
  emphasized on Tuesday that Russia “understands …”" is a direct quote of Peskov), so words are
  never counted twice. An indirect quote needs a resolved speaker.
* **Speakers**: ``speaker`` keeps the raw words ("von der Leyen", "she", "The council",
  "officials"); ``actor`` resolves them with the alias table. "he"/"she" go to the most recent
  speaker of that gender in this paragraph, then to the most recent person of that gender named
  earlier in it, then to the speakers and people of the previous paragraph (the last one with a
  speaker, for speakers); the gender comes from the ``kind`` column of the alias table; "it"/"they" go to the most recent non-person speaker; "the council" goes to the
  last mention containing "council" (Serbia's National Security Council). Unresolved speakers
  keep ``actor`` and ``group`` empty.
* **Named speakers not in the alias table** (a student's own article): a capitalised name right
  next to the cue ("“…,” said Milan Novak", "Mayor Ana Petrović said that …", "Clara Weiss, a
  fictional EU diplomat, said …", "…, Milan Novak said.") is the speaker as written (title or role
  included: "Mayor Ana Petrović"); ``actor`` is the name without the title ("Ana Petrović") and
  ``group`` is ``"other"`` (:data:`UNKNOWN_GROUP`), so :func:`share_of_voice` counts them. A name is
  two or more capitalised words, or one after a title (Mayor, Minister, Mr. ...); words that only
  open a sentence ("In", "The", "But", weekdays) are not names; a known alias always wins. Their
  gender is unknown: "he"/"she" go to the most recent such speaker (as for known actors), who then
  keeps that gender for the rest of the article. A verb sharing the subject of an attributed quote
  in the same sentence ("said X, who described … as “…”", "X said “…” and called … “…”") gives its
  quote to the same speaker. Add the person to the alias table (with ``group`` and ``kind``) to put
  them in their real group.

Blind spots: the cue list is English and finite (``CUES``); paraphrase without a speech verb
("Many in Serbia believe …", "Russia sees the Balkans as …") is not reported speech here;
infinitive reports ("urged EU support", "threatened to use force") are not indirect quotes;
a quote whose speaker is lost in a gap ("But […] claiming police used “minimum force”") stays
unresolved; a pronoun may resolve wrongly when two people of the same gender speak in one passage,
or when two named speakers not in the alias table do (their gender is unknown); a capitalised
organisation or place next to a cue ("Danube Policy Lab says …") is a named speaker too;
the span of an indirect quote runs to the end of the sentence (or the next participle cue), so
it can include a trailing relative clause. Five articles are a tiny sample.
"""

from __future__ import annotations

import bisect
import re

import numpy as np
import pandas as pd

from helpers._text.fold import split_sentences, word_count
from helpers._text.parallel import map_slices, total_chars
from helpers._text.quotation import quotation_spans
from helpers.analysis.actors import _SENTENCE_HITS, GROUPS, _compile_terms, _fold_many, _matcher, _short_names
from helpers.errors import CorpusError, choice_error, require_table

QUOTE_COLUMNS = ["article_id", "paragraph_id", "sentence_id", "speaker", "actor", "group", "cue", "quote",
                 "kind", "words", "text"]
VOICE_COLUMNS = ["article_id", "short", "group", "quotes", "words", "share"]

#: Speech cues (folded, lower case). Finite forms take their speaker from the words before them;
#: participles ("-ing") take the subject of the sentence.
CUES = {
    "finite": (
        "say", "says", "said", "tell", "tells", "told", "state", "states", "stated", "add", "adds", "added",
        "emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised", "stress", "stresses",
        "stressed", "warn", "warns", "warned", "claim", "claims", "claimed", "allege", "alleges", "alleged",
        "argue", "argues", "argued", "insist", "insists", "insisted", "note", "notes", "noted", "reveal",
        "reveals", "revealed", "disclose", "discloses", "disclosed", "announce", "announces", "announced",
        "acknowledge", "acknowledges", "acknowledged", "explain", "explains", "explained", "urge", "urges",
        "urged", "accuse", "accuses", "accused", "describe", "describes", "described", "predict", "predicts",
        "predicted", "express", "expresses", "expressed", "label", "labels", "labeled", "labelled", "call",
        "calls", "called", "dub", "dubs", "dubbed", "term", "termed", "reiterate", "reiterates", "reiterated",
        "declare", "declares", "declared", "confirm", "confirms", "confirmed", "deny", "denies", "denied",
        "assert", "asserts", "asserted", "write", "writes", "wrote", "tweeted", "posted", "promised", "vowed",
        "demanded", "replied", "responded", "asked", "concluded", "suggested", "maintained",
    ),
    "participle": (
        "saying", "adding", "telling", "stating", "emphasizing", "emphasising", "stressing", "warning",
        "claiming", "alleging", "arguing", "insisting", "noting", "revealing", "disclosing", "announcing",
        "acknowledging", "explaining", "urging", "accusing", "describing", "predicting", "expressing",
        "labelling", "labeling", "calling", "reiterating", "declaring", "confirming", "denying", "asserting",
        "writing", "replying", "concluding", "suggesting", "maintaining",
    ),
}
#: Cues that can introduce a clause without "that" ("Gordy says Brussels' response reflects ...").
ZERO_THAT = {
    "say", "says", "said", "state", "states", "stated", "disclose", "discloses", "disclosed", "warn", "warns",
    "warned", "claim", "claims", "claimed", "argue", "argues", "argued", "insist", "insists", "insisted",
    "saying", "claiming", "arguing", "insisting", "add", "adds", "added", "adding", "write", "writes", "wrote",
}
_NON_CLAUSE = {"to", "of", "about", "on", "in", "with", "by", "for", "at", "as", "from", "into", "over",
               "through", "after", "before", "during", "so", "yes", "no", "nothing", "something", "goodbye",
               "hello", "thanks", "sorry"}
_PRONOUNS = {"he": "he", "she": "she", "it": "it", "they": "they"}
_TIME = (r"(?:(?:on|last|this|earlier|late|early)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
         r"|week|month|year|morning|evening|night)|recently|yesterday|today|previously|again|also|further"
         r"|repeatedly|formally|publicly|once|later|\w+ly)")
_GAP_BEFORE_CUE = re.compile(rf"^(?:\s*,)?(?:\s+(?:has|have|had|was|were|is|are|would|will|\b{_TIME}))*\s*$")
_AFTER_TIME = re.compile(rf"^\s+(?:{_TIME}\s+)*")
_QUOTE_RE = re.compile(r"[“\"]([^“”\"]+)[”\"]")
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))‘")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.U)
_GAP_MARK = "[…]"

#: Group given to a named speaker who is not in the alias table (see :func:`quotes`).
UNKNOWN_GROUP = "other"
_PERSON = "person"  # kind of a named speaker of unknown gender: "he" and "she" may both refer to it
_UP = "".join(sorted({c for c in map(chr, range(0x41, 0x250)) if c.isupper() and c.isalpha()}))
_LOW = "".join(sorted({c for c in map(chr, range(0x61, 0x250)) if c.islower() and c.isalpha()}))
_NAME_WORD = rf"[{_UP}](?=[^\W\d_]*[{_LOW}])[^\W\d_]+(?:-[^\W\d_]+)*(?:[’'][{_UP}][^\W\d_]+)?"
_ROLE = (r"spokes(?:person|man|woman)|analyst|economist|professor|lawyer|activist|student|researcher"
         r"|director|diplomat|official|mayor|minister|president|ambassador|journalist|editor|adviser|advisor"
         r"|expert|leader|chief|head|deputy|envoy|chairman|chairwoman|chair|commissioner|senator|governor")
#: Capitalised names next to a cue: "Milan Novak", "Mayor Ana Petrović", "spokesperson Milan Novak",
#: "Mr. Novak", "Ursula von der Leyen" (particles), "Danube Policy Lab" (an organisation).
_NAME_TOKEN = rf"(?:(?:Mr|Mrs|Ms|Dr|Prof|Rev|Gen|Col|Sen)\.|{_NAME_WORD})"
_NAME_RE = re.compile(
    rf"(?<![\w’'-])(?:(?:{_ROLE})\s+)?{_NAME_TOKEN}"
    rf"(?:\s+(?:(?:von|van|der|den|de|da|di|del|della|la|le|du|bin|ibn|al)\s+){{0,2}}{_NAME_TOKEN}){{0,5}}")
_TITLES = {
    "mayor", "president", "minister", "mr", "mrs", "ms", "dr", "prof", "rev", "gen", "col", "sen",
    "senator", "general", "judge", "governor", "chancellor", "secretary", "sir", "dame", "father", "bishop",
    "patriarch", "colonel", "captain", "spokesperson", "spokesman", "spokeswoman",
} | set(_ROLE.split("|")[3:])
_NOT_NAME = {
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "as", "after", "before", "when", "while", "if",
    "for", "from", "with", "by", "of", "to", "this", "that", "these", "those", "it", "he", "she", "they",
    "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "meanwhile", "however", "yet", "so",
    "also", "then", "now", "last", "next", "there", "here", "what", "who", "why", "how", "one", "some",
    "many", "most", "all", "both", "neither", "no", "not", "other", "others", "such", "since", "until",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "breaking", "update", "read", "according",
}
_ORG_HEADS = {
    "lab", "laboratory", "institute", "institution", "centre", "center", "council", "committee", "commission",
    "ministry", "agency", "office", "party", "union", "fund", "foundation", "association", "bank", "company",
    "group", "service", "court", "university", "college", "school", "network", "movement", "alliance",
    "federation", "forum", "society", "trust", "corporation", "corp", "inc", "ltd", "wire", "news", "times",
    "post", "press", "radio", "television", "tv", "board", "authority", "police", "army", "government",
    "parliament", "assembly", "embassy", "mission", "organisation", "organization", "initiative", "project",
    "observatory", "watch", "report", "daily", "review", "journal", "magazine", "chamber", "cabinet",
}
_SHARED_SUBJECT = re.compile(r"(?:,\s+who|\sand)\s+(?:also\s+)?$")
_APPOSITIVE = re.compile(r"^,\s+(?:a|an|the|who|whose)\s+[^,;:“”\"()]{1,80},\s*(?:(?:has|have|had|also)\s+)?$")


def _name_in(text: str, s: int, e: int, mentions, starts) -> tuple | None:
    """A capitalised name not covered by an alias, in one match ``text[s:e]`` of ``_NAME_RE``:
    ``(start, end, normalised name, kind)``, or None (a known actor, or no name left once sentence
    openers are dropped).

    ``mentions``: the paragraph's actor mentions ``(start, end, actor, kind)``, sorted and not
    overlapping (as :class:`_Para` keeps them); ``starts``: the start of each.

    A name is two or more capitalised words ("Milan Novak", "Ana Petrović", "Danube Policy Lab"),
    or one after a title ("Mayor Petrović", "Mr. Novak"). The span keeps a title or role written
    before it (the speaker "as written"); the normalised name drops it ("Mayor Ana Petrović" ->
    "Ana Petrović"). Sentence-initial words such as "In", "The", "But" or a weekday are not names.
    Kind: ``organisation`` when the last word is an institution word (Lab, Institute, Ministry ...),
    ``he``/``she`` after Mr/Mrs/Ms, else ``person`` (gender unknown).
    """
    j = bisect.bisect_left(starts, e) - 1  # the last mention starting before the name ends
    if j >= 0 and mentions[j][1] > s:
        return None  # a known actor (or part of one): the alias table decides
    toks = [(t.start(), t.end(), t.group(0).rstrip(".").lower()) for t in _TOKEN.finditer(text, s, e)]
    while toks and toks[0][2] in _NOT_NAME:
        toks.pop(0)
    # the name follows the last title or role ("Serbian Energy Minister Dubravka Đedović")
    n_title = max((i + 1 for i, t in enumerate(toks[:-1]) if t[2] in _TITLES), default=0)
    name_toks = toks[n_title:]
    if not name_toks or (not n_title and len(name_toks) < 2):
        return None
    name = text[name_toks[0][0]:name_toks[-1][1]]
    lead = toks[0][2]
    kind = ("organisation" if name_toks[-1][2] in _ORG_HEADS else "he" if lead == "mr"
            else "she" if lead in ("mrs", "ms") else _PERSON)
    return toks[0][0], toks[-1][1], name, kind


def _cue_regex():
    """One regex for all cue words (a prefix trie, see helpers.analysis.actors._compile_terms)."""
    return _compile_terms(sorted(set(CUES["finite"]) | set(CUES["participle"])), "cues")


_CUE_RE = _cue_regex()
# What else can start a quotation rule (see _Para.may_quote): quote marks, "according to" and the
# verbs of "as a poll showed" that are not cue words.
_QUOTE_CHARS = re.compile("[“\"‘]")
_AS_SHOWED_VERBS = "showed|shows|found|finds|revealed|reported|noted|said|says"
_OTHER_TRIGGERS = re.compile(rf"according|{_AS_SHOWED_VERBS}")
_PARTICIPLES = set(CUES["participle"])
_CLAUSE_STOP = r",\s+(?:" + "|".join(sorted(_PARTICIPLES)) + r")\b|[,;]?\s[–—]\s"
# Patterns used per paragraph, compiled once (re's own cache lookup was a hot spot at 10,000 articles).
_CLAUSE_STOP_RE = re.compile(_CLAUSE_STOP, re.I)
_GAP_MARK_RE = re.compile(re.escape(_GAP_MARK), re.I)
_SINGLE_CLOSE = re.compile(r"(?<!\s)’(?![^\W\d_])")
_TOKEN = re.compile(r"\S+")
_PRONOUN_RE = re.compile(r"(?<!\w)(he|she|it|they)(?!\w)")
_BY = re.compile(r"\s+by\s+")
_BY_NP = re.compile(r"((?:[\w'’-]+\s+){0,2}?[\w'’-]+?)(?=\s+(?:as|to|that)\b|[,.])")
_LEAD = re.compile(r"\s*(?:(?:but|and|yet|meanwhile|later|then),?\s+)?")
_ONE_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]*")
_ENDS_SENTENCE = re.compile(r"[.!?]\W*$")
_COMMA_GAP = re.compile(r"\s*,?\s*")
_SOFT_END = re.compile(r"[,?!—–]\s*$")
_AUX_HAS = re.compile(r"\s*(?:has\s+|have\s+)?")
_ACCORDING_AFTER = re.compile(r"^(?P<q>.{15,}?),\s+according\s+to\s+(?P<s>[^,.;]+?)\s*[.]?$")
_ACCORDING_BEFORE = re.compile(r"^according\s+to\s+(?P<s>[^,]+),\s+(?P<q>.{15,}?)[.]?$", re.I)
_AS_SHOWED = re.compile(r"^as\s+(?:a\s+|the\s+)?(?:recent\s+|new\s+|latest\s+)?(?P<s>[^,]{2,60}?)\s+"
                        rf"(?:{_AS_SHOWED_VERBS}),\s+(?P<q>.{{15,}}?)[.]?$",
                        re.I)
_CLAUSE_THEN_SPEAKER = re.compile(
    r"^(?P<q>[^“”\"]{15,}?),\s+(?P<s>[^,]{2,80}?)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?P<c>said|says|stated|states|added|adds|warned|warns|claimed|claims|insisted|argued|"
    r"noted|told\s+\w+|explained|stressed|emphasized|emphasised)"
    rf"(?:\s+{_TIME}|\s+on\s+\w+)*\s*[.]$")
_TOLD_THAT = re.compile(r"(?:[\w'’-]+\s+){1,3}?that\b")
_THAT = re.compile(r"that\b")
_ACCUSED_OF = re.compile(r"((?:[\w'’-]+\s+){1,4}?of\s+\w+ing\b)")
_NEXT_WORD = re.compile(r"([^\W\d_][\w'’-]*|\d)")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each quotation in ``text``, marks included (the text engine's finder)."""
    return quotation_spans(text, single=True)


class _Para:
    """One paragraph prepared for attribution: text, folded text, sentences, mentions, pronouns."""

    def __init__(self, text: str, folded: str, matcher, sents=None, known=None):
        self.text, self.folded, self.matcher = text, folded, matcher
        # ``sents``: the loader's split of this paragraph (the same function), else split here
        self.sents = sents or split_sentences(text) or [(0, len(text), text)]
        # ``known``: (hits, first, last) when actor_mentions() already matched these sentences
        self._known = known
        self._mentions = None
        self._names = None
        self._cues = None

    @property
    def mentions(self) -> list:
        """Actor mentions and pronouns ``(start, end, actor or None, kind)``, found on first use."""
        if self._mentions is None:
            text, folded, matcher = self.text, self.folded, self.matcher
            hits = None
            if self._known is not None:
                known, first, last = self._known
                hits = known.paragraph(text, self.sents, first, last)
            if hits is None:
                hits = matcher.find(text, folded)
            found = [(s, e, matcher.actor[r], matcher.kind[r]) for s, e, r in hits]
            for m in _PRONOUN_RE.finditer(folded):
                if not any(a <= m.start() < b for a, b, _, _ in found):
                    found.append((m.start(), m.end(), None, _PRONOUNS[m.group(1)]))
            found.sort()
            self._mentions = found
        return self._mentions

    def may_quote(self) -> bool:
        """False when no rule of :func:`_paragraph_quotes` can fire: no quotation mark, no cue
        word, no "according" and no verb of "as X showed/found/reported"."""
        return bool(self.cues or _QUOTE_CHARS.search(self.text) or _OTHER_TRIGGERS.search(self.folded))

    @property
    def cues(self) -> list[tuple[int, int, str]]:
        """``(start, end, cue word)`` of every cue word in the paragraph, found on first use."""
        if self._cues is None:
            self._cues = [(m.start(), m.end(), m.group(0)) for m in _CUE_RE.finditer(self.folded)]
        return self._cues

    def sentence_of(self, pos: int) -> int:
        for i, (s, e, _) in enumerate(self.sents):
            if pos < e or i == len(self.sents) - 1:
                if pos >= s or i == 0:
                    return i
        return len(self.sents) - 1

    def mention_ending_at(self, pos: int):
        """The mention whose end is just before ``pos`` (only auxiliaries, adverbs or a comma between)."""
        # mentions are sorted and do not overlap: the last one that fits is the first from the end
        for m in reversed(self.mentions):
            if m[1] <= pos and _GAP_BEFORE_CUE.match(self.folded[m[1]:pos]):
                return m
        return None

    def _name_matches(self, upto: int | None = None) -> tuple[list, list]:
        """Starts and ends of the ``_NAME_RE`` matches, found on first use and only as far into the
        paragraph as asked: every match starting at or before ``upto`` (None: all of them). The scan
        goes on from where it stopped, so the matches are those of one scan of the whole text. Each
        match is turned into a name only when a rule asks about its position (see :meth:`_name_of`)."""
        if self._names is None:
            known = [m for m in self.mentions if m[2] is not None]
            self._names = [[], [], known, [m[0] for m in known], {}, _NAME_RE.finditer(self.text)]
        starts, ends, *_, scan = self._names
        if scan is not None and (upto is None or not starts or starts[-1] <= upto):
            for m in scan:
                starts.append(m.start())
                ends.append(m.end())
                if upto is not None and starts[-1] > upto:
                    break
            else:
                self._names[5] = None  # the whole text is scanned
        return starts, ends

    def _name_of(self, j: int):
        """The name in match ``j`` as ``(start, end, normalised name, kind)``, or None (see
        :func:`_name_in`)."""
        starts, ends, known, known_starts, done, _ = self._names
        if j not in done:
            done[j] = _name_in(self.text, starts[j], ends[j], known, known_starts)
        return done[j]

    def name_at(self, pos: int):
        """An unknown speaker's name starting at ``pos`` as a mention ``(start, end, name, kind)``."""
        starts, ends = self._name_matches(pos)
        j = bisect.bisect_right(starts, pos) - 1  # the only match that can hold pos (they do not overlap)
        if j < 0 or ends[j] <= pos:
            return None
        hit = self._name_of(j)
        return hit if hit is not None and hit[0] == pos else None

    def name_ending_at(self, pos: int, lo: int):
        """An unknown name in ``[lo, pos)`` just before ``pos`` (a comma, auxiliaries or adverbs between,
        or an appositive: "Clara Weiss, a fictional EU diplomat, said")."""
        starts, ends = self._name_matches(pos)
        best = None
        # a name lies inside its match: only matches ending after lo and starting before pos qualify
        for j in range(bisect.bisect_right(ends, lo), bisect.bisect_left(starts, pos)):
            hit = self._name_of(j)
            if hit is not None and lo <= hit[0] and hit[1] <= pos:
                gap = self.folded[hit[1]:pos]
                if _GAP_BEFORE_CUE.match(gap) or _APPOSITIVE.match(gap):
                    best = hit
        return best

    def first_subject(self, lo: int, hi: int):
        """The first mention or pronoun in ``[lo, hi)`` (the subject of a sentence, roughly)."""
        for m in self.mentions:
            if lo <= m[0] < hi:
                return m
        return None


class _Resolver:
    """Speaker history of one article: resolves pronouns and anaphora such as 'the council'."""

    def __init__(self):
        self.prev_speakers: list[tuple[str, str]] = []
        self.speakers: list[tuple[str, str]] = []
        self._prev_para: _Para | None = None  # prev_mentions: (folded text, actor, kind) of its mentions
        self.gender: dict[str, str] = {}  # actor -> "he"/"she" once a pronoun has referred to it

    def next_paragraph(self):
        self.prev_speakers, self.speakers = self.speakers or self.prev_speakers, []

    def end_paragraph(self, para: _Para):
        self._prev_para = para  # its mentions are looked up only if a later speaker needs them

    @property
    def prev_mentions(self) -> list[tuple[str, str, str]]:
        para = self._prev_para
        if para is None:
            return []
        return [(para.folded[s:e], a, k) for s, e, a, k in para.mentions if a is not None]

    def remember(self, actor, kind):
        if actor:
            self.speakers.append((actor, kind))
            if kind in ("he", "she"):
                self.gender[actor] = kind  # learned for a named speaker of unknown gender ("She added")

    def resolve(self, mention, para: _Para, pos: int, raw: str):
        """``(actor, kind)`` of a speaker (actor None when unresolved)."""
        if mention is not None and mention[2] is not None:
            return mention[2], mention[3]
        pron = mention[3] if mention is not None else ""
        history = list(reversed(self.speakers)) + list(reversed(self.prev_speakers))
        earlier = [(para.folded[s:e], a, k) for s, e, a, k in reversed(para.mentions) if e <= pos and a]
        earlier += list(reversed(self.prev_mentions))
        if pron in ("he", "she"):
            # this paragraph's speakers, then people named earlier in it, then the previous paragraph's
            here = [(a, k) for a, k in reversed(self.speakers)]
            here += [(a, k) for s, e, a, k in reversed(para.mentions) if e <= pos and a]
            before = [(a, k) for a, k in reversed(self.prev_speakers)]
            before += [(a, k) for _t, a, k in reversed(self.prev_mentions)]
            for actor, kind in here + before:
                kind = self.gender.get(actor, kind) if kind == _PERSON else kind
                if kind == pron or kind == _PERSON:  # a named speaker of unknown gender matches both
                    return actor, pron
            return None, pron
        if pron in ("it", "they"):
            for actor, kind in history:
                if kind not in ("he", "she", _PERSON):
                    return actor, kind
            return None, pron
        words = raw.split()
        head = words[-1].lower().strip("'’s") if words else ""
        if len(head) > 2:  # "the council" -> the last mention containing "council"
            for txt, actor, kind in earlier:
                if re.search(rf"(?<!\w){re.escape(head)}(?!\w)", txt):
                    return actor, kind
        return None, ""


_NP_BEFORE = re.compile(r"(?:^|[\s,;:—–(])((?:the|a|an|this|these|those|its|their)\s+)?((?:[\w'’-]+\s+){0,2}[\w'’-]+)\s*$",
                        re.I)
_SUBJECT_NP = re.compile(r"^\s*(?:[^,]{0,40},\s+)?((?:the|this|these|those)\s+[\w'’-]+)", re.I)
_STOP_NP = {"and", "but", "or", "which", "that", "who", "also", "has", "have", "had", "to", "of", "the", "a"}


def quotes(paragraphs=None, aliases=None) -> pd.DataFrame:
    """Every quotation in the body paragraphs, with its speaker: one row per quotation.

    Parameters
    ----------
    paragraphs : DataFrame, optional
        Columns ``article_id, paragraph_id, text`` in reading order (default:
        ``load_paragraphs(kinds=BODY_KINDS)``). Any corpus with these columns works.
    aliases : DataFrame, optional
        An edited alias table (see :func:`helpers.analysis.actors.actor_aliases`) used to resolve speakers.

    Returns columns ``article_id, paragraph_id, sentence_id, speaker, actor, group, cue, quote,
    kind, words, text``: ``sentence_id`` is the sentence where the quote starts (numbered per
    article as in ``load_sentences()`` when the whole article is passed), ``speaker`` the raw words
    naming the speaker ("von der Leyen", "she", "officials"), ``actor``/``group`` the resolved actor
    (empty when unresolved; a named speaker not in the alias table is its own actor, e.g.
    "Ana Petrović" for "Mayor Ana Petrović", in group ``"other"``), ``cue`` the speech verb ("said", "described", "according to"; empty
    for a continued quote), ``quote`` the quoted or reported words, ``kind`` ``"direct"`` (inside
    quote marks) or ``"indirect"`` (reported speech), ``words`` the word count of ``quote`` and
    ``text`` the paragraph (the evidence).

    Method and rules: see the module docstring (Entman 1993 for why sourcing is framing). Blind
    spots: English cues only; paraphrase without a speech verb is missed; pronoun resolution is a
    narrow heuristic; indirect spans run to the end of the clause.
    """
    rows_of: dict = {}  # paragraph_id -> (first, last) rows of its sentences in the loader's table
    corpus = None
    if paragraphs is None:
        from helpers.corpus.cleaning import BODY_KINDS
        from helpers.corpus.loading import load_corpus
        corpus = load_corpus()  # once: paragraphs and sentences from the same reading of the folder
        paragraphs = corpus.paragraphs[corpus.paragraphs["kind"].isin(BODY_KINDS)]
        sents = corpus.sentences  # the loader split each paragraph already: its sentences are reused
        s_pids = sents["paragraph_id"].to_numpy()
        s_start, s_end, s_text = sents["start"].tolist(), sents["end"].tolist(), sents["text"].tolist()
        if len(s_pids):
            cut = np.flatnonzero(s_pids[1:] != s_pids[:-1]) + 1  # a paragraph's sentences are adjacent
            first = np.concatenate([[0], cut])
            last = np.concatenate([cut, [len(s_pids)]])
            rows_of = dict(zip(s_pids[first].tolist(), zip(first.tolist(), last.tolist(), strict=True), strict=True))

    def loader_split(pid):
        got = rows_of.get(pid)
        return None if got is None else [(s_start[k], s_end[k], s_text[k]) for k in range(*got)]
    paragraphs = require_table(paragraphs, ["article_id", "paragraph_id", "text"], "paragraphs", "load_paragraphs()")
    matcher = _matcher(aliases)
    # the mentions actor_mentions() found in these sentences, if it ran on this corpus: reused
    known = _SENTENCE_HITS.for_corpus(corpus, matcher) if corpus is not None and rows_of else None
    group_of = dict(zip(matcher.actor, matcher.group))
    texts = ["" if not isinstance(t, str) else t for t in paragraphs["text"].tolist()]
    folded = _fold_many(texts)
    aids = paragraphs["article_id"].astype(str).tolist()
    pids = paragraphs["paragraph_id"].astype(str).tolist()


    def find(lo: int, hi: int) -> list[tuple]:
        """Rows (with the paragraph's index instead of its text) for paragraphs lo..hi-1, which
        start an article: the speaker history and sentence numbers run within an article."""
        found_rows: list[tuple] = []
        current_article, n_sent, resolver = None, 0, _Resolver()
        for i in range(lo, hi):
            text, aid, pid = texts[i], aids[i], pids[i]
            if aid != current_article:
                current_article, n_sent, resolver = aid, 0, _Resolver()
            rows = rows_of.get(pid) if known is not None else None
            para = _Para(text, folded[i], matcher, loader_split(pid),
                         (known, rows[0], rows[1]) if rows is not None else None)
            resolver.next_paragraph()
            found = _paragraph_quotes(para, resolver) if para.may_quote() else []
            for start, speaker, actor, cue, quote, kind in found:
                sid = f"{pid}-s{n_sent + para.sentence_of(start):03d}"
                found_rows.append((aid, pid, sid, speaker, actor or "",
                                   group_of.get(actor, UNKNOWN_GROUP) if actor else "",
                                   cue, quote, kind, word_count(quote), i))
            resolver.end_paragraph(para)
            n_sent += len(para.sents)
        return found_rows

    starts = [i for i in range(1, len(aids)) if aids[i] != aids[i - 1]]
    rows = [r[:-1] + (texts[r[-1]],)
            for part in map_slices(find, len(texts), total_chars(texts), cuts=starts) for r in part]
    out = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    out["words"] = out["words"].astype(int)
    return out


def _clean_quote(q: str) -> str:
    return q.strip().strip(",;: ").strip()


def _paragraph_quotes(para: _Para, res: _Resolver) -> list[tuple]:
    """All quotes of one paragraph, in text order: (start, speaker, actor, cue, quote, kind)."""
    text, folded = para.text, para.folded
    spans = _quote_spans(text)
    cues = para.cues
    if spans:
        cues = [c for c in cues if not any(a < c[0] < b for a, b in spans)]
    out: list[tuple] = []
    direct_spans: list[tuple[int, int]] = []
    last = None  # (end, sentence index, speaker, actor, kind) of the previous attributed direct quote

    def speaker_from_mention(m, pos):
        raw = text[m[0]:m[1]]
        actor, kind = res.resolve(m, para, pos, raw)
        return raw, actor, kind

    def speaker_for_cue(cs, ce, cue, sent_start):
        """Speaker (raw, actor, kind) of a cue at [cs, ce) or None."""
        after = folded[ce:ce + 40]
        if cue not in _PARTICIPLES:
            by = _BY.match(after)
            if by:  # passive: "described by officials as"
                p = ce + by.end()
                m = next((m for m in para.mentions if m[0] == p), None) or para.name_at(p)
                if m is not None:
                    return speaker_from_mention(m, cs)
                np_ = _BY_NP.match(text[p:p + 60])
                return (np_.group(1), None, "") if np_ else None
            m = para.mention_ending_at(cs)
            known = m is not None and m[0] >= sent_start
            # a named speaker not in the alias table (looked for only where a name could come first)
            n = para.name_ending_at(cs, sent_start) if not known or "," in folded[sent_start:m[0]] else None
            if n is not None and (not known or n[1] <= m[0]):
                return speaker_from_mention(n, cs)  # the name wins over a mention inside its appositive
            if m is not None and m[0] >= sent_start:
                return speaker_from_mention(m, cs)
            np_ = _NP_BEFORE.search(text, sent_start, cs)
            if np_ and np_.group(2).split()[-1].lower() not in _STOP_NP and np_.group(1):
                raw = (np_.group(1) or "") + np_.group(2)
                actor, kind = res.resolve(None, para, cs, raw)
                return raw, actor, kind
            return None
        m = para.first_subject(sent_start, cs)
        lead = _LEAD.match(folded[sent_start:cs])
        n = para.name_at(sent_start + lead.end())  # a sentence opening with an unknown name
        if n is not None and n[1] <= cs and (m is None or n[0] < m[0]):
            return speaker_from_mention(n, cs)
        if m is not None:
            return speaker_from_mention(m, cs)
        if _GAP_MARK in text[sent_start:cs]:
            return _GAP_MARK, None, ""
        np_ = _SUBJECT_NP.match(text[sent_start:cs])
        if np_:
            raw = np_.group(1)
            actor, kind = res.resolve(None, para, cs, raw)
            return raw, actor, kind
        return None

    # ---- direct quotes
    for qs, qe in spans:
        inner = text[qs + 1:qe - 1]
        core = inner.strip().strip(".,;:!?")
        if not core or (_ONE_NAME.fullmatch(core) and not _ENDS_SENTENCE.search(inner)):
            continue  # a name in quotes (“Jadar”), not a quotation
        si = para.sentence_of(qs)
        sent_start = para.sents[si][0]
        who = cue = None
        # (1) speaker and cue right after the quote
        cue_end = qe
        m_after = _COMMA_GAP.match(folded[qe:qe + 10])
        p = qe + m_after.end()
        # only when the quote does not close its sentence ("…,” she said" / "…?” he asked / "…”, said X")
        if _SOFT_END.search(inner) or "," in m_after.group(0):
            ment = next((m for m in para.mentions if m[0] == p), None) or para.name_at(p)
            if ment is not None:
                aux = _AUX_HAS.match(folded[ment[1]:ment[1] + 12]).end()
                c = _CUE_RE.match(folded, ment[1] + aux)
                if c and c.group(0) not in _PARTICIPLES:
                    who, cue, cue_end = speaker_from_mention(ment, qe), text[c.start():c.end()], c.end()
            if who is None:
                c = _CUE_RE.match(folded, p)
                if c and c.group(0) not in _PARTICIPLES:
                    ment = next((m for m in para.mentions if m[0] == c.end() + 1), None) or para.name_at(c.end() + 1)
                    if ment is not None:
                        who, cue, cue_end = speaker_from_mention(ment, qe), text[c.start():c.end()], ment[1]
        # (2) a cue before the quote in the same sentence
        if who is None:
            before = [c for c in cues if sent_start <= c[0] and c[1] <= qs]
            if before:
                cs, ce, cw = before[-1]
                between = text[ce:qs]
                if len(_WORD.findall(between)) <= 8 and not any(ce <= a < qs for a, _ in spans):
                    sp = speaker_for_cue(cs, ce, cw, sent_start)
                    if sp is None and last is not None and last[1] == si and _SHARED_SUBJECT.search(folded, sent_start, cs):
                        sp = last[2]  # "…,” said X, who described … as “…”" / "X said “…” and called … “…”"
                    if sp is not None:
                        who, cue = sp, text[cs:ce]
        # (3) chained / (4) continued quote
        if who is None and last is not None:
            same_sentence = last[1] == si
            opens_sentence = not text[sent_start:qs].strip()
            no_cue_between = not any(last[0] <= c[0] < qs for c in cues)
            if (same_sentence and no_cue_between) or (opens_sentence and no_cue_between):
                who, cue = last[2], last[5]
        if who is None:
            continue  # quote marks without a speaker: a term, not a quotation
        raw, actor, kind = who
        res.remember(actor, kind)
        out.append((qs, raw, actor, cue or "", inner.strip(), "direct"))
        direct_spans.append((qs, qe))
        last = (cue_end, para.sentence_of(qe - 1), who, actor, kind, cue or "")

    # ---- indirect quotes
    def overlaps_direct(a, b):
        return any(a < e and s < b for s, e in direct_spans)

    for s0, s1, sent in para.sents:
        sent_cues = [c for c in cues if s0 <= c[0] < s1]
        found_here = []
        # "..., according to X (data)." / "According to X, ..."
        m = "according" in sent and _ACCORDING_AFTER.match(sent)
        if not m and sent[:1] in ("a", "A"):  # both rules start with "according" / "as", any case
            m = _ACCORDING_BEFORE.match(sent) or _AS_SHOWED.match(sent)
        if m:
            a, b = s0 + m.start("s"), s0 + m.end("s")
            ment = next((x for x in para.mentions if a <= x[0] < b and x[2] is not None), None)
            if ment is not None and not overlaps_direct(s0 + m.start("q"), s0 + m.end("q")):
                cue_txt = "according to" if "according" in sent[:m.start("s")].lower() + sent[m.end("q"):].lower() \
                    or "according" in sent.lower() else sent[m.end("s"):m.start("q")].strip(" ,")
                found_here.append((s0 + m.start("q"), text[ment[0]:ment[1]], ment[2], ment[3], cue_txt,
                                   m.group("q")))
        # "CLAUSE, SPEAKER has stated."
        m = None if found_here or "," not in sent or not sent.endswith((".", ".\n")) \
            else _CLAUSE_THEN_SPEAKER.match(sent)
        if m and not found_here:
            a = s0 + m.start("s")
            ment = next((x for x in para.mentions if x[0] == a), None) or para.name_at(a)
            if ment is not None and s0 + m.end("s") == ment[1] or (ment is not None and ment[2] is None):
                actor, kind = res.resolve(ment, para, a, text[ment[0]:ment[1]])
                if actor:
                    found_here.append((s0, text[ment[0]:ment[1]], actor, kind, m.group("c"), m.group("q")))
        # SPEAKER cue (that) CLAUSE ; participle cue that CLAUSE ; accused X of -ing
        for cs, ce, cw in sent_cues:
            if found_here and any(cs < f[0] + len(f[5]) + 40 and f[0] <= cs for f in found_here):
                continue
            rest = text[ce:s1]
            frest = folded[ce:s1]
            skip = _AFTER_TIME.match(frest)
            k = skip.end() if skip else 0
            clause_start = None
            told = _TOLD_THAT.match(frest[k:]) if cw.startswith(("tel", "told")) else None
            if _THAT.match(frest[k:]):
                clause_start = ce + k + 4
            elif told:
                clause_start = ce + k + told.end()
            elif cw in ("accused", "accuses", "accuse", "accusing"):
                acc = _ACCUSED_OF.match(rest[k:])
                if acc:
                    clause_start = ce + k
            elif cw in ZERO_THAT:
                nxt = _NEXT_WORD.match(rest[k:])
                if nxt and k > 0 and nxt.group(1).lower() not in _NON_CLAUSE:
                    clause_start = ce + k
            if clause_start is None:
                continue
            clause = text[clause_start:s1]
            # the clause stops at a following participle cue, a gap marker or a dash aside
            stop = len(clause)
            for pat in (_CLAUSE_STOP_RE, _GAP_MARK_RE):
                mm = pat.search(clause)
                if mm:
                    stop = min(stop, mm.start())
            if overlaps_direct(clause_start, clause_start + stop):
                continue  # a reported clause holding a direct quote counts once, as the direct quote
            clause = _clean_quote(clause[:stop]).rstrip(".")
            if len(_WORD.findall(clause)) < 3:
                continue
            sp = speaker_for_cue(cs, ce, cw, s0)
            if sp is None or (sp[1] is None and sp[0] != _GAP_MARK and not sp[0]):
                continue
            raw, actor, kind = sp
            if not actor:
                continue
            found_here.append((clause_start, raw, actor, kind, text[cs:ce], clause))
        for start, raw, actor, kind, cue, q in found_here:
            res.remember(actor, kind)
            out.append((start, raw, actor, cue, _clean_quote(q).rstrip("."), "indirect"))
    out.sort(key=lambda r: r[0])
    return out


def share_of_voice(quotes_table=None, articles=None, by="group") -> pd.DataFrame:
    """Each source's share of quoted words by actor group (or by actor).

    Parameters
    ----------
    quotes_table : DataFrame, optional
        Output of :func:`quotes` (default: ``quotes()`` on the shipped corpus).
    articles : DataFrame, optional
        Table with ``article_id`` (and ``short``) listing the sources to report, so that a source
        that quotes nobody still appears (with zeros). Default: ``load_articles()``; a corpus
        passed to :func:`quotes` should be passed here too.
    by : {"group", "actor"}
        Count by actor group (all seven groups listed, zeros included) or by actor (only actors
        quoted somewhere).

    Returns columns ``article_id, short, group`` (or ``actor``), ``quotes, words, share``:
    ``quotes`` counts quotations (direct and indirect), ``words`` their words, ``share`` =
    words / all quoted words of that source (0 when the source quotes nobody). Unresolved speakers
    are counted under ``"unresolved"``.

    Method: word counts of :func:`quotes` rows (sourcing as framing, Entman 1993). Blind spots: a
    long indirect clause weighs as much as a quote; a paraphrase without a speech verb gives no
    voice here; five articles are a tiny sample.
    """
    if by not in ("group", "actor"):
        raise choice_error("by", by, ["group", "actor"])
    if quotes_table is None:
        quotes_table = quotes()
    elif not isinstance(quotes_table, pd.DataFrame) or not {"article_id", "actor", "group", "words"} <= set(
            quotes_table.columns):
        raise CorpusError("quotes_table must be the DataFrame returned by quotes() (columns article_id, "
                          "actor, group, words, ...).")
    if articles is None:
        from helpers.corpus.loading import load_articles
        articles = load_articles()
    articles = require_table(articles, ["article_id"], "articles", "load_articles()")
    ids = list(dict.fromkeys(articles["article_id"].astype(str)))
    if "short" in articles.columns:
        names = dict(zip(articles["article_id"].astype(str), articles["short"]))
    else:
        names = _short_names(ids, articles)
    q = quotes_table.copy()
    q["article_id"] = q["article_id"].astype(str)
    q = q[q["article_id"].isin(ids)]
    q[by] = q[by].fillna("").replace("", "unresolved")
    agg = q.groupby(["article_id", by]).agg(quotes=("words", "size"), words=("words", "sum"))
    if by == "group":
        keys = list(GROUPS) + (["unresolved"] if (q["group"] == "unresolved").any() else [])
        grid = pd.MultiIndex.from_product([ids, keys], names=["article_id", by])
        agg = agg.reindex(grid, fill_value=0)
    out = agg.reset_index()
    out[["quotes", "words"]] = out[["quotes", "words"]].astype(int)
    totals = out.groupby("article_id")["words"].transform("sum")
    out["share"] = (out["words"] / totals.where(totals > 0)).fillna(0.0).astype(float)
    out.insert(1, "short", out["article_id"].map(names))
    order = {a: i for i, a in enumerate(ids)}
    out = out.sort_values(["article_id", by], key=lambda s: s.map(order) if s.name == "article_id" else s,
                          kind="stable").reset_index(drop=True)
    return out[["article_id", "short", by, "quotes", "words", "share"]]
