"""Cue words and the patterns the quotation rules use (compiled once, at import)."""

from __future__ import annotations

import re

from helpers._text.patterns import literal_alternation
from helpers._text.programs import re_compile
from helpers.analysis.actors import _compile_terms

QUOTE_COLUMNS = ["article_id", "paragraph_id", "sentence_id", "speaker", "actor", "group", "cue", "quote",
                 "kind", "words", "text"]
VOICE_COLUMNS = ["article_id", "short", "group", "quotes", "words", "share"]

#: Speech cues (folded, lower case). Finite forms take their speaker from the words before them;
#: participles ("-ing") take the subject of the sentence.
CUES = {
    "finite": (
        "say", "says", "said", "tell", "tells", "told", "state", "states", "stated", "add", "adds", "added",
        "emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised", "stress",
        "stresses", "stressed", "warn", "warns", "warned", "claim", "claims", "claimed", "allege", "alleges",
        "alleged", "argue", "argues", "argued", "insist", "insists", "insisted", "note", "notes", "noted",
        "reveal", "reveals", "revealed", "disclose", "discloses", "disclosed", "announce", "announces",
        "announced", "acknowledge", "acknowledges", "acknowledged", "explain", "explains", "explained",
        "urge", "urges", "urged", "accuse", "accuses", "accused", "describe", "describes", "described",
        "predict", "predicts", "predicted", "express", "expresses", "expressed", "label", "labels", "labeled",
        "labelled", "call", "calls", "called", "dub", "dubs", "dubbed", "term", "termed", "reiterate",
        "reiterates", "reiterated", "declare", "declares", "declared", "confirm", "confirms", "confirmed",
        "deny", "denies", "denied", "assert", "asserts", "asserted", "write", "writes", "wrote", "tweeted",
        "posted", "promised", "vowed", "demanded", "replied", "responded", "asked", "concluded", "suggested",
        "maintained", "admit", "admits", "admitted", "point out", "points out", "pointed out", "inform",
        "informs", "informed", "recall", "recalls", "recalled", "observe", "observes", "observed", "remark",
        "remarks", "remarked", "concede", "concedes", "conceded", "contend", "contends", "contended",
        "complain", "complains", "complained", "caution", "cautions", "cautioned", "comment", "comments",
        "commented", "assure", "assures", "assured", "reply", "replies", "spoke of", "speaks of", "put it",
        "puts it", "like to say", "likes to say", "liked to say", "estimate", "estimates", "estimated",
        "hail", "hails", "hailed", "underline", "underlines", "underlined", "found", "finds", "showed",
        "shows", "find", "show",  # the plural present only after a plural document noun (findings.py)
        "made clear", "makes clear", "make clear", "reported", "reports", "repeat", "repeats", "repeated",
        "remind", "reminds", "reminded", "conveyed", "conveys",
        # verbs of a debate's turns: "“…,” interrupted X", "“…,” X shot back", "X answered that …"
        "retort", "retorts", "retorted", "counter", "counters", "countered", "interjected", "interrupted",
        "shot back", "fired back", "answered", "shouted",
        # aspect verbs with a speech verb: repeated or continued speech is speech
        "keeps saying", "kept saying", "keeps repeating", "kept repeating", "keeps reminding",
        "kept reminding",
        "keeps insisting", "kept insisting", "keeps warning", "kept warning", "keeps telling", "kept telling",
        "continues to say", "continued to say", "continues to insist", "continued to insist",
        "continues to warn", "continued to warn", "went on to say", "goes on to say",
        "went on", "goes on",  # speech continued after a quotation: '"…," he went on.'
        "portray", "portrays", "portrayed",
        # predications only ("presented the plan as a win", "dismissed the protests as staged"): see context
        "presented", "presents", "dismissed", "dismisses", "branded", "brands",
        # praise and thanks: their quoted object is the subject's words ("praised the “speed” of …")
        "praised", "praises", "thanked", "thanks",
        "texted",  # a message to the writer, as "tweeted" and "wrote"
    ),
    "participle": (
        "saying", "adding", "telling", "stating", "emphasizing", "emphasising", "stressing", "warning",
        "claiming", "alleging", "arguing", "insisting", "noting", "revealing", "disclosing", "announcing",
        "acknowledging", "explaining", "urging", "accusing", "describing", "predicting", "expressing",
        "labelling", "labeling", "calling", "reiterating", "declaring", "confirming", "denying", "asserting",
        "writing", "replying", "concluding", "suggesting", "maintaining", "admitting", "pointing out",
        "recalling", "observing", "conceding", "complaining", "cautioning", "commenting", "assuring",
        "underlining", "suggesting", "portraying", "presenting", "dismissing", "branding",
    ),
}
#: Cues that can introduce a clause without "that" ("Gordy says Brussels' response reflects ...").
ZERO_THAT = {
    "say", "says", "said", "state", "states", "stated", "disclose", "discloses", "disclosed", "warn", "warns",
    "warned", "claim", "claims", "claimed", "argue", "argues", "argued", "insist", "insists", "insisted",
    "saying", "claiming", "arguing", "insisting", "add", "adds", "added", "adding", "write", "writes",
    "wrote", "admit", "admits", "admitted", "admitting", "estimate", "estimates", "estimated",
}
_NON_CLAUSE = {"to", "of", "about", "on", "in", "with", "by", "for", "at", "as", "from", "into", "over",
               "through", "after", "before", "during", "so", "yes", "no", "nothing", "something", "goodbye",
               "hello", "thanks", "sorry"}
_PRONOUNS = {"he": "he", "she": "she", "it": "it", "they": "they"}
_TIME = (r"(?:(?:on|last|this|earlier|late|early)"
         r"\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
         r"|week|month|year|morning|evening|night)|(?i:monday|tuesday|wednesday|thursday|friday|saturday"
         r"|sunday)|recently|yesterday|today|previously|again|also|further"  # "said Thursday": wire style
         r"|repeatedly|formally|publicly|once|later|earlier|still|now|already|often|\w+ly)")
_GAP_BEFORE_CUE = re_compile(rf"^(?:\s*,)?(?:\s+(?:has|have|had|was|were|is|are|would|will|\b{_TIME}"
                             r"|himself|herself|itself|themselves))*\s*$")  # "Đurić himself told"
_AFTER_TIME = re_compile(rf"^\s+(?:{_TIME}\s+)*")
_QUOTE_RE = re_compile(r"[“\"]([^“”\"]+)[”\"]")
_SINGLE_OPEN = re_compile(r"(?:^|(?<=[\s(\[—–-]))‘")
_WORD = re_compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.U)
_GAP_MARK = "[…]"

#: Group given to a named speaker who is not in the alias table (see :func:`quotes`).
UNKNOWN_GROUP = "other"
_PERSON = "person"  # kind of a named speaker of unknown gender: "he" and "she" may both refer to it
#: Letters of names: Latin (with every accent of Central European names) and Cyrillic ("Драган Петровић").
_LETTERS = [*map(chr, range(0x41, 0x250)), *map(chr, range(0x400, 0x530))]
_UP = "".join(sorted({c for c in _LETTERS if c.isupper() and c.isalpha()}))
_LOW = "".join(sorted({c for c in _LETTERS if c.islower() and c.isalpha()}))
_NAME_WORD = rf"[{_UP}](?=[^\W\d_]*[{_LOW}])[^\W\d_]+(?:-[^\W\d_]+)*(?:[’'][{_UP}][^\W\d_]+)?"
_ROLE = (r"spokes(?:person|man|woman)|analyst|economist|professor|lawyer|activist|student|researcher"
         r"|director|diplomat|official|mayor|minister|president|ambassador|journalist|editor|adviser|advisor"
         r"|expert|leader|chief|head|deputy|envoy|chairman|chairwoman|chair|commissioner|senator|governor")
#: Capitalised names next to a cue: "Milan Novak", "Mayor Ana Petrović", "spokesperson Milan Novak",
#: "Mr. Novak", "Ursula von der Leyen" (particles), "Danube Policy Lab" (an organisation).
_NAME_TOKEN = rf"(?:(?:Mr|Mrs|Ms|Dr|Prof|Rev|Gen|Col|Sen)\.|{_NAME_WORD})"
#: Lowercase particles that open a surname written alone ("van Dam said", "said de Vries", "von der Heide
#: told"): part of the name when a capitalised word follows (the particles of a name inside ``_NAME_RE``).
_LEAD_PARTICLE = rf"(?:(?:van|von|de)\s+(?:(?:der|den|de|la)\s+)?(?=[{_UP}]))?"
#: The words of ``_ROLE`` one by one: ``_NAME_RE`` matches them as a prefix tree (same matches, faster).
_ROLE_WORDS = ("spokesperson", "spokesman", "spokeswoman", *_ROLE.split("|")[3:])
_NAME_RE = re_compile(
    rf"(?<![\w’'-])(?:{literal_alternation(_ROLE_WORDS)}\s+)?{_LEAD_PARTICLE}{_NAME_TOKEN}"
    rf"(?:\s+(?:(?:von|van|der|den|de|da|di|del|della|la|le|du|bin|ibn|al)\s+){{0,2}}{_NAME_TOKEN}){{0,5}}")
_TITLES = {
    "mayor", "president", "minister", "mr", "mrs", "ms", "dr", "prof", "rev", "gen", "col", "sen",
    "senator", "general", "judge", "governor", "chancellor", "secretary", "sir", "dame", "father", "bishop",
    "patriarch", "colonel", "captain", "spokesperson", "spokesman", "spokeswoman",
    "portfolio",  # "Minister without Portfolio Dragan Ilić": the end of a title
} | set(_ROLE.split("|")[3:])
_NOT_NAME = {
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "as", "after", "before", "when", "while", "if",
    "for", "from", "with", "by", "of", "to", "this", "that", "these", "those", "it", "he", "she", "they",
    "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "meanwhile", "however", "yet", "so",
    "also", "then", "now", "last", "next", "there", "here", "what", "who", "why", "how", "one", "some",
    "many", "most", "all", "both", "neither", "no", "not", "other", "others", "such", "since", "until",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "breaking", "update", "read", "according", "former", "ex", "only", "earlier", "even", "asked", "speaking",
}
_ORG_HEADS = {
    "lab", "laboratory", "institute", "institution", "centre", "center", "council", "committee", "commission",
    "ministry", "agency", "office", "party", "union", "fund", "foundation", "association", "bank", "company",
    "coalition", "group", "service", "court", "university", "college", "school", "network", "movement",
    "alliance",
    "federation", "forum", "society", "trust", "corporation", "corp", "inc", "ltd", "wire", "news", "times",
    "post", "press", "radio", "television", "tv", "board", "authority", "police", "army", "government",
    "parliament", "assembly", "embassy", "mission", "organisation", "organization", "initiative", "project",
    "observatory", "watch", "report", "daily", "review", "journal", "magazine", "chamber", "cabinet",
}
#: Last words of names of things, not of people or bodies: a law, a treaty, a plan, a road, a place
#: ("the Critical Raw Materials Act", "the Ohrid Agreement", "the Adriatic Pipeline", "Gornje Nedeljice
#: Square"). A name ending in one is no speaker and no antecedent of "he" or "she".
_THING_HEADS = {
    "act", "law", "code", "agreement", "treaty", "accord", "accords", "plan", "strategy", "programme",
    "program", "declaration", "directive", "regulation", "convention", "charter", "summit", "expo",
    "conference", "pipeline", "corridor", "road", "railway", "highway", "motorway", "bridge", "mine",
    "valley", "river", "street", "square", "airport", "stadium", "war", "crisis", "deal", "package",
    "contract", "protocol", "process", "dialogue", "framework", "principles", "doctrine", "budget",
}
_SHARED_SUBJECT = re_compile(r"(?:,\s+who|\sand)\s+(?:also\s+)?$")
#: A participial or discourse aside between a speaker and the cue ("Brnabić, speaking on state
#: television, accused …"; "Lazić, walking with the crowd, said …"; "Đurić, for his part, said …";
#: an age: "Radovanović, 64, said").
_ASIDE = re_compile(r"^,\s+(?:(?:speaking|writing|addressing|appearing|talking|asked|interviewed|commenting|"
                    # any participle: "Lazić, walking with the crowd, said"
                    r"responding|visiting|standing|[a-z]{3,}ed|[a-z]{3,}ing)\b[^,;:“”\"()]{0,100}"
                    r"|for\s+(?:his|her|its|their)\s+part|in\s+turn"
                    r"|however|meanwhile|too|though|\d{1,3}"
                    # a contrast or sequence adverbial: "Đilas, by contrast, said"
                    r"|by\s+(?:contrast|comparison)|in\s+contrast|on\s+the\s+other\s+hand|in\s+(?:response|reply)"
                    r"|likewise|similarly|nevertheless|nonetheless|instead"
                    r"|in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|post|report"
                    r"|letter|speech|article|remarks|address|op-ed|column)\b[^,]{0,60}),\s*"
                    r"(?:(?:has|have|had|also|later|again|then|once|[a-z]{3,}ly)\s+)*$")
_APPOSITIVE = re_compile(r"^(?:\s*\([^()]{1,40}\))?,\s+(?:\d{1,3},\s+)?"  # "X (ACR), a coalition …, said"
                         r"(?:a|an|the|who|whose|which|former|deputy|director|head|chief|spokes(?:person|man|woman)"
                         r"|leader|member|professor|analyst|economist|researcher|editor|president|minister"
                         r"|ambassador|chair|chairman|chairwoman|founder|secretary)\s+[^,;:“”\"()]{1,160},\s*"
                         r"(?:(?:has|have|had|also|once|later|then|again|\w+ly)\s+)*$")
#: "…, Nemanja Starović, who said …"
_WHO_GAP = re_compile(r"^,\s+who\s+(?:(?:has|have|had|also|later|then)\s+)*$")


def _cue_regex():
    """One regex for all cue words (a prefix trie, see helpers.analysis.actors._compile_terms)."""
    return _compile_terms(sorted(set(CUES["finite"]) | set(CUES["participle"])), "cues")


_CUE_RE = _cue_regex()
# What else can start a quotation rule (see _Para.may_quote): quote marks, "according to" and the
# verbs of "as a poll showed" that are not cue words.
_QUOTE_CHARS = re_compile("[“\"‘]")
_AS_SHOWED_VERBS = "showed|shows|show|found|finds|find|revealed|reported|noted|said|says"
_OTHER_TRIGGERS = re_compile(rf"according|{_AS_SHOWED_VERBS}")
_PARTICIPLES = set(CUES["participle"])
#: A trailing participial phrase closes a reported clause (", coming a week after …"), except the
#: prepositions and nouns that end in -ing.
_ING_NOT_VERB = ("including|during|according|regarding|concerning|notwithstanding|nothing|something"
                 "|everything"
                 "|anything|morning|evening|spring|king|thing|building|meeting|bring|sing|ring|string|wing")
# a second speech verb of the same subject ends the first clause ("noted A and described B"), and so
# does a speech act without a proposition ("said A and invited everyone to …")
_AND_VERB = (r"and\s+(?:also\s+|then\s+)?(?:described|called|said|added|warned|accused|urged|noted"
             r"|stressed|insisted|argued|claimed|denied|dismissed|rejected|praised|welcomed"
             r"|invited|urged|thanked|condemned|expressed|promised|pledged|vowed|demanded|asked|refused"
             r"|threatened|appealed|called\s+on)\b")
_DASH_ASIDE = r"\s[–—]\s"
#: Where a reported clause stops, after a comma: a participle cue, a dash aside, "and" with a second
#: speech verb, a trailing participial phrase, "which he described", or a contrast with a speaker of
#: its own ("A said X, while B said Y": X ends at "while").
_AFTER_COMMA = (r"\s+(?:" + "|".join(sorted(_PARTICIPLES)) + r")\b|" + _DASH_ASIDE + r"|\s+" + _AND_VERB
                + rf"|\s+(?!(?:{_ING_NOT_VERB})\b)[a-z]{{2,}}ing\b"
                r"|\s+which\s+(?:he|she|they|it)\s+(?:\w+\s+)?(?:described|called|termed|labelled|labeled)\b"
                r"|\s+(?:although|even\s+though)\b(?![^,.;:“”\"]{0,40},)"  # not an aside ", although costly,"
                r"|\s+(?:while|whereas)\s+[^.;:“”\"]{1,120}?\b(?:said|says|say|told|tells|claimed|claims"
                r"|argued|argues|insisted|insists|estimated|estimates|reported|reports|put\s+it)\b")
# A semicolon ends it too: the next clause is another statement ("police said 11,000 took part; the
# monitors put the number at …"), and so does a concessive clause (", although it has voted …").
# The same matches as the alternation ",AFTER_COMMA|[,;]?DASH_ASIDE|,?\s+AND_VERB", written to start
# with one class of characters, so that re skips to the commas, semicolons and spaces (twice as fast).
_CLAUSE_STOP = (r"[,;\s](?:(?<=,)(?:" + _AFTER_COMMA + r")|(?<=;)(?=\s)"
                + r"|(?<=\s)(?:[–—]\s|\s*" + _AND_VERB + "))")
# Patterns used per paragraph, compiled once (re's own cache lookup was a hot spot at 10,000 articles).
_CLAUSE_STOP_RE = re_compile(_CLAUSE_STOP, re.I)
_GAP_MARK_RE = re_compile(re.escape(_GAP_MARK), re.I)
_SINGLE_CLOSE = re_compile(r"(?<!\s)’(?![^\W\d_])")
_TOKEN = re_compile(r"\S+")
_PRONOUN_RE = re_compile(r"(?<!\w)(he|she|it|they)(?!\w)")
_BY = re_compile(r"\s+by\s+")
_BY_NP = re_compile(r"((?:[\w'’-]+\s+){0,2}?[\w'’-]+?)(?=\s+(?:as|to|that)\b|[,.])")
_LEAD = re_compile(r"\s*(?:(?:but|and|yet|meanwhile|later|then),?\s+)?")
_ONE_NAME = re_compile(r"[A-ZÀ-Þ][\w'’-]*")
_ENDS_SENTENCE = re_compile(r"[.!?]\W*$")
_COMMA_GAP = re_compile(r"\s*(?:,|\s[—–]|—|–)?\s*")
_SOFT_END = re_compile(r"[,?!—–]\s*$")
_AUX_HAS = re_compile(r"\s*(?:has\s+|have\s+)?")
#: "CLAUSE, according to X." The sentence may go on after the source with a short phrase, or with a
#: clause of its own joined by "and", "but" or a relative "which" ("…, according to the ministry, which
#: said it had fined the firm.", "…, according to customs data, and exports fell."): not part of the span.
#: A second predicate of the clause's subject ("Leaders held back, according to X, and tied …") is no
#: new clause: the rule does not apply.
_ACCORDING_AFTER = re_compile(r"^(?P<q>.{15,}?),\s+according\s+to\s+(?P<s>[^,.;]+?)"
                              r"\s*(?:,\s+[^,.;“”\"]{1,80}|,\s+(?:(?:and|but)\s(?![a-z]+ed\b)|(?:which|while|whereas)\s)[^;]{1,400})?[.]?$")
_ACCORDING_BEFORE = re_compile(r"according\s+to\s+(?P<s>[^,]+),"
                               r"\s+(?:(?:a|an|the|its|his|her)\s+[^,“”\"]{1,60},\s+)?"
                               r"(?P<q>.{15,}?)[.]?$", re.I)
_AS_SHOWED = re_compile(r"^as\s+(?:a\s+|the\s+)?(?:recent\s+|new\s+|latest\s+)?(?P<s>[^,]{2,60}?)\s+"
                        rf"(?:{_AS_SHOWED_VERBS}),\s+(?P<q>.{{15,}}?)[.]?$",
                        re.I)
#: The cues of :data:`_CLAUSE_THEN_SPEAKER`, in its order ("told" takes its addressee: "told the agency").
_SPEAKER_LAST_CUES = ("said", "says", "stated", "states", "added", "adds", "warned", "warns", "claimed",
                      "claims", "insisted", "argued", "noted", "told", "explained", "stressed", "emphasized",
                      "emphasised", "announced", "acknowledged", "confirmed", "wrote", "reported", "admitted",
                      "claimed", "argued", "suggested", "estimated", "recalled", "underlined", "found",
                      "showed", "shows", "show",
                      # the present plural of collective sources: "…, officials in Brussels say."
                      "say", "warn", "argue", "insist", "admit", "confirm", "estimate")
_TOLD_WHOM = r"told\s+(?:(?:the|a|an|our|this|state|local)\s+)?(?:[\w'’-]+\s+)?[\w'’-]+"
#: A sentence without one of those cues after a space cannot match (a cheap test first).
_SPEAKER_LAST_CUE = re_compile(r"\s(?:" + "|".join(dict.fromkeys(_SPEAKER_LAST_CUES)) + ")")
_CLAUSE_THEN_SPEAKER = re_compile(
    r"^(?P<q>[^“”\"]{15,}?),\s+(?P<s>[^,]{2,80}?)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?P<c>" + "|".join(_TOLD_WHOM if c == "told" else c for c in _SPEAKER_LAST_CUES) + ")"
    rf"(?:\s+{_TIME}|\s+(?:on|in|at|during|after|before|to|with|from)\s+(?:(?!that\b)[^,.;“”\"]){{1,100}}?"
    # a date with an abbreviated month: "said on Nov. 26"
    r"|\s+on\s+(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s+\d{1,2}\b)*"
    # a comment on the reported fact may close the sentence: "..., the ministry said, a move that ..."
    r"(?:,\s+(?:in\s+)?(?:a|an|the)\s+(?:move|step|decision|sign|signal|development|announcement|"
    r"shift|reversal|gesture|statement|remark|warning|claim|deal|agreement|blow|boost|rebuke|setback"
    # ... "the sixth such …", "the latest …": an ordinal ranks the fact among others
    r"|first|second|third|fourth|fifth|sixth|seventh|latest)\b[^“”\"]{0,200}?"
    # ... or the speaker's own words for it: "..., the minister said, in what he called “a turning point”."
    r"|,\s+in\s+what\s+(?:he|she|they|it)\s+(?:called|described\s+as|termed)\s.{0,300}?"
    # ... or a participle on what it does: "..., the ministry said Thursday, keeping the country tied to ..."
    r"|,\s+(?!(?:adding|saying|noting|stressing|warning|claiming|arguing|insisting|explaining|calling)\b)"
    r"[a-z]+ing\s.{0,300}?"  # (quoted words in it are quotes of their own: "dismissing “…” as “…”")
    # ... or a clause of time or cause: "..., the ministry said on Friday, after talks with Hungary ended."
    r"|,\s+(?:after|as|amid|following|ahead\s+of|days\s+after|hours\s+after)\s[^“”\"]{0,200}?"
    # ... or a speech participle with its own report: "..., the ambassador said, adding that “…”." (a quote
    # of its own, found by its cue)
    r"|,\s+(?:adding|saying|noting|stressing|warning|insisting|explaining)\s+that\s.{0,300}?)?\s*[.]$")
#: A dateline opening a wire report ("MOSCOW, 2 October – ", "BELGRADE, Nov. 22 (Xinhua) -- "):
#: not reported words.
_DATELINE = re_compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,40}(?:,[^–—\n(]{0,40}?)?(?:\s\([^()]{1,30}\))?"
                       r"\s(?:[–—-]|--)\s+")  # "BELGRADE (Reuters) — ", "OSLO, May 2 - "
#: "wrote on social media that", "said in a statement that", "told the daily Politika that".
#: Prepositional phrases between a cue and "that", one or two ("said in a television interview in
#: January that …"), or a span of time ("has said for three years that", "since 2022 that").
_PP_THAT = re_compile(r"(?:(?:on|in|to|at|during|after|before|with|from|over|as)\s+(?:[\w'’-]+\s+){0,4}?"
                      # a span of time: "has said for three years that", "has argued since 2022 that"
                      r"|(?:for|since)\s+(?:[\w'’-]+\s+){0,2}?(?:years?|months?|weeks?|days?|decades?"
                      r"|time|long|a\s+while|\d{4})\s+){1,2}that\b")
_TOLD_THAT = re_compile(r"(?:[\w'’/.&-]+\s+){1,10}?that\b")  # "told RFE/RL that", "told U.S. officials that"
_THAT = re_compile(r"that\b")
_ACCUSED_OF = re_compile(r"((?:[\w'’-]+\s+){1,4}?of\s+\w+ing\b)")
_NEXT_WORD = re_compile(r"([^\W\d_][\w'’-]*|\d)")
_NP_BEFORE = re_compile(r"(?:^|[\s,;:—–(])((?:the|a|an|this|these|those|its|their)\s+)?"
                        r"((?:[\w'’-]+\s+){0,2}[\w'’-]+)\s*$", re.I)
_SUBJECT_NP = re_compile(r"^\s*(?:[^,]{0,40},\s+)?((?:the|this|these|those)\s+[\w'’-]+)", re.I)
_STOP_NP = {"and", "but", "or", "which", "that", "who", "also", "has", "have", "had", "to", "of", "the", "a"}
#: People outside the alias table (people.py): posts abroad ("the Russian ambassador in Belgrade" is
#: Russia's), "the group's director", "A and B" after one plural title, a name opening a clause.
_POSTED = re_compile(r"(?:ambassador|envoy|consul|representative|delegate|emissary|correspondent"
                     r"|reporter|journalist)s?")
#: Where a post is held, not whose it is: "ambassador to Serbia", "the Ambassador of Korea to Serbia" (keeps
#: "of Korea": the sender), "correspondent in Brussels".
_POSTING = re_compile(rf"\b({_POSTED.pattern}"
                      rf"(?:\s+of\s+(?:the\s+)?(?:{_NAME_WORD}(?:['’]s)?\s+)*?{_NAME_WORD})?)"
                      rf"\s+(?:in|to)\s+(?:the\s+)?(?:{_NAME_WORD}\s*)+", re.I)
_POSSESSOR = re_compile(r"\b(?:the|its|their)\s+([a-z]+)['’]s\s", re.I)
#: The same owner after the post: "a spokesman for the party", "a lawyer with the network" (the role's end).
_POST_OF_THE = re_compile(r"\b(?:for|of|at|with)\s+(the)\s+([a-z]+)\s*$", re.I)


def owner_noun(role: str) -> tuple[str, str]:
    """``(determiner, noun)`` of the owner a role names by a bare noun, or ``("", "")``.

    "the party's spokesman" and "a spokesman for the party" -> ``("the", "party")``; "its network's
    director" -> ``("its", "network")``.
    """
    m = _POSSESSOR.search(role)
    if m is not None:
        return m.group(0).split()[0].lower(), m.group(1)
    m = _POST_OF_THE.search(role)
    return (m.group(1).lower(), m.group(2)) if m is not None else ("", "")
_AND_GAP = re_compile(r"\s+and\s+")
#: A place noun right after a name makes it a place ("Belgrade's Savski Venac district"), not a person.
_PLACE_AFTER = re_compile(r"\s+(?:district|neighbou?rhood|municipality|street|square|boulevard|avenue"
                          r"|village|county|region|province|valley|river|mountain|hill|island|quarter"
                          r"|suburb)s?\b", re.I)
_CAP_BEFORE = re_compile(r"[A-Z][\w’'-]*\s$")
_CLAUSE_OPEN = re_compile(r"(?:^|[.!?]\s+|,\s+)$")
#: The attribution inside a reported clause, between commas: "The other side, he told Prva, was ready
#: to sign" (the clause may go on to a quotation: "…, but “…”", "…, and his company had “…”").
_PARENTHETICAL = re_compile(r"^(?P<q1>[^,“”\"]{3,}?),\s+(?P<s>[^,“”\"]{2,60}?)"
                            r"\s+(?P<c>said|says|say|explained|explains|added|adds|points\s+out|pointed\s+out|"
                            r"notes|stresses|stated|states|underlined|underlines|recalls|emphasised|emphasized|"
                            r"argued|argues|noted|insisted|insists|warned|warns|claimed|claims|stressed|admitted"
                            r"|believes|recalled|wrote|writes|confirmed|confirms|reported|reports|announced|announces"
                            r"|made\s+clear|makes\s+clear|acknowledged|acknowledges|conceded|concedes|suggested"
                            r"|suggests|observed|observes|remarked|maintained|maintains|predicted|predicts|replied"
                            r"|replies|countered|counters|cautioned|cautions|reiterated|reiterates|admits|complained"
                            r"|told\s+[^,“”\"]{1,40}?),\s+"
                            r"(?P<q2>[^“”\"]{10,}?)(?:[.]?$|(?=,?\s+(?:and|but)\s[^“”\"]{0,80}[“\"]))")
#: The same attribution between commas when a quotation follows it: "The plant is safe, she said, and
#: “nobody has been harmed”", "…, he noted, adding: “…”". The clause before the commas is reported speech.
#: The quotation must be a statement of its own: after "and", "but" or "adding", or opening with a capital
#: or "and"/"but" ("Serbia, she said, “cannot wait”" is one clause the quotation completes: not this rule).
#: The clause may hold commas here ("The village, built in 1950, lies …, she said, and “…”"): the
#: attribution is the last comma pair before the quotation mark.
_PARENTHETICAL_QUOTE = re_compile(_PARENTHETICAL.pattern.split("(?P<q2>")[0]
                                  .replace(r'(?P<q1>[^,“”\"]{3,}?)', r'(?P<q1>[^“”\"]{12,300}?)', 1)
                                  + r"(?:(?:and|but)\s+[“\"]|adding:?\s+[“\"]|[“\"](?:[A-Z]|and\s|but\s))")
#: Openers of an adverbial phrase, not of a reported clause ("In Brussels, she said, “…”").
_NOT_CLAUSE_OPENER = re_compile(r"(?:in|on|at|for|after|before|when|while|if|as|asked|speaking|later|then"
                                r"|but|and|so|yet|still|now|today|here|there|meanwhile|however|instead"
                                r"|[a-z]+ing)\b", re.I)
_VERB_NEXT = re_compile(r"\s+(?:(?:still|also|now|again|already|never|often|rarely|[a-z]{3,}ly)\s+)?"
                        r"(?!of\b|and\b|in\b|on\b|to\b|for\b|at\b)[a-z]+(?:s|ed)\b")  # "Ilić still votes"
#: A parenthesis right after a name and before its appositive: an acronym or the name in the local
#: language ("The Open Newsroom Network (ONN), a coalition of …", "the Workers' Network (Radnička
#: mreža), a group of …"): the appositive after it is the name's.
PAREN_ASIDE = re_compile(r"\s*\([^()]{1,40}\)(?=,)")
