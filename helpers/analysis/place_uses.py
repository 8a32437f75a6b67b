"""Where a place name is a location, not the state or city standing for its government.

``actor_mentions`` (see :mod:`helpers.analysis.actors`) counts "Belgrade says" or "Moscow's support"
as mentions of a government, but not the *location* uses of the same names: "in Belgrade", "visited
Moscow", "gas from Russia", "the pipeline through Croatia", "left for Germany", a route ("the
Belgrade-Budapest railway"), a dateline ("BELGRADE, Serbia (AP) —"), a part of a city ("Belgrade's
Savski Venac district") or a place inside another name ("University of Belgrade"). The patterns
below are matched on the folded text right before or after an alias of kind ``place``; each looks a
bounded number of characters back or ahead (linear time).

The target of sanctions ("sanctions on Russia", "US sanctions on NIS") is no mention either, of any
actor, place or not (GUIDELINES, as "bombs on Serbia"): :func:`sanction_targets`.

Blind spots: English only; a capital named as the source of goods ("the gas from Moscow") is read
as a location like a country, although it usually stands for the government.
"""

from __future__ import annotations

from helpers._text.hints import caseless, has_any
from helpers._text.programs import re_compile

# a location use of a place name: "in Belgrade", "visited Belgrade", "visit to Moscow", "trip to Russia"
# (one "\b" before each run of alternatives, not one per alternative: the same matches, and the regex
# engine rejects a position that starts no word before trying the alternatives: about 3x faster)
PLACE_BEFORE = re_compile(r"(?:\b(?:in(?:\s+(?:central|downtown|northern|southern|eastern|western|"
                           r"north|south|east|west|rural|suburban|greater|occupied))?"
                           r"|visit(?:ed|s|ing)?(?:\s+to)?|trips?\s+to|travel(?:s|l?ed|l?ing)?\s+to"
                           # people sent or invited somewhere: "a negotiating team to Brussels",
                           # "invited the negotiators to Brussels"
                           r"|(?:teams?|delegations?|missions?|negotiators?|envoys?)\s+to"
                           # an envoy's or mission's full title: "the Delegation of the European Union to
                           # (the Republic of) Serbia", "the mission of the OSCE to Serbia"
                           r"|(?:delegations?|missions?|envoys?|ambassadors?)\s+of\s+(?:the\s+)?"
                           r"(?:european\s+union|united\s+nations|[\w-]+)\s+to(?:\s+the\s+republic\s+of)?"
                           # people or aid sent somewhere, a visitor's destination: "sending its defence
                           # minister to Moscow", "sent humanitarian aid to Ukraine", "the visit of
                           # President X to Belgrade" (not a message sent to a government: "sent a
                           # letter to Brussels")
                           r"|(?:send|sends|sent|sending)\s+(?:(?!(?:messages?|letters?|signals?|notes?|requests?"
                           r"|invitations?|proposals?|appeals?|warnings?|offers?|replies|reply|responses?"
                           r"|questions?|ultimatums?|demands?|memos?|complaints?|notices?)\b)[\w’'-]+\s+){1,4}?to"
                           r"|visits?\s+(?:of|by)\s+(?:[\w’'.-]+\s+){1,6}?to"
                           r"|arrived\s+in|city\s+of"
                           # a march or a ride somewhere: "march to Belgrade", "a bus ticket to Belgrade"
                           r"|march(?:es|ed|ing)?\s+to|tickets?\s+to|(?:bus|train)\s+rides?\s+to"
                           # a distance: "an hour from Belgrade", "40 km from Niš", "hours' drive from"
                           r"|(?:hours?|minutes?|kilometres?|kilometers?|km|miles?)(?:['’]?\s+drive)?\s+from"
                           r"|(?:went|go|goes|going|gone|flew|fly|flies|flying|back"
                           # "the revolution is coming to Serbia", "the storm came to Hungary"
                           r"|come|comes|came|coming)\s+to"
                           # people from a place, and what is run from one: "partners from Germany",
                           # "tourists from China", "channels run from Russia" (their origin, not the state)
                           r"|(?:partners|tourists|visitors|researchers|scientists|students|workers|engineers"
                           r"|doctors|teams?|delegates|guests|participants|volunteers|rescuers|migrants|refugees"
                           # one person's origin: "an IT worker from Belgrade", "a pensioner from Niš"
                           r"|worker|student|resident|pensioner|farmer|teacher|engineer|doctor|nurse|driver"
                           # people, parties and vehicles that come from a place: "their counterparts from
                           # Serbia", "Serb parties from Montenegro", "voters bused in from Bosnia"
                           r"|counterparts|colleagues|parties|voters|citizens|pilgrims|fans|buses|coaches"
                           r"|trucks|lorries|(?:bus(?:s?ed)?|brought|ferried)\s+in"
                           r"|(?:is|are|was|were|being|be)\s+(?:run|operated|hosted))\s+from"
                           r"|(?:streets|centre|center|outskirts|suburbs|north|south|east|west)\s+of"
                           # the people, land or past of a place: "the citizens of Serbia", "the liberation
                           # of Belgrade", "the territorial integrity of Serbia", "the history of Serbia"
                           r"|(?:citizens|people|peoples|population|residents|liberation|history|integrity"
                           r"|sovereignty)\s+of"
                           # a place as the topic of a text or a debate: "the annual report on Serbia",
                           # "a resolution on Serbia", "posts about Serbia", "the rapporteur for Serbia"
                           r"|(?:reports?|resolutions?|debates?|rapporteurs?|reporting|posts|articles|stories"
                           r"|coverage)\s+(?:on|about|for)|debated"
                           r"|bomb(?:s|ed|ing)?(?:\s+(?:on|of))?"
                           # "outside Serbia", "across Serbia", "throughout Russia": an area
                           r"|(?:outside|across|throughout|around|inside|all\s+over))"
                           # "in Šabac, western Serbia": a region of the country
                           r"|(?<![\w-])(?:central|northern|southern|eastern|western|north-?eastern"
                           r"|north-?western|south-?eastern|south-?western)"
                           # "moved to Serbia", "fled to Russia", "returned from Moscow": movement
                           r"|\b(?:(?:mov(?:e|es|ed|ing)|relocat(?:e|es|ed|ing)|emigrat(?:e|es|ed|ing)"
                           r"|fle(?:e|es|d|eing)|return(?:s|ed|ing)?|moving)(?:\s+(?:by|via)\s+[\w-]+)?\s+(?:back\s+)?(?:to|from)"
                           # "flights to Moscow", "flights between Moscow and ..."
                           r"|flights?\s+(?:to|from|between)"
                           # "weapons reached Ukraine", "could reach Russia": a destination
                           r"|reach(?:es|ed|ing)?"
                           # a route: "the pipeline through Croatia", "shipped via Hungary"
                           r"|(?:through|via)"
                           # the land a war is fought on: "the invasion of Ukraine", "aggression against
                           # Ukraine", "the war in Ukraine" (GUIDELINES: not mentions)
                           r"|invasion\s+of|aggression\s+against|war(?:\s+of\s+aggression)?\s+(?:against|in|on)"
                           r"|defen[cs]e\s+of"
                           # a link on the map: "the interconnector with Bulgaria", "a pipeline link to X"
                           r"|(?:interconnectors?|pipelines?|links?|borders?|connections?"
                           # a line of transport built to a place: "a new railway to Budapest"
                           r"|railways?|railroads?|rail\s+lines?|motorways?|highways?)(?:\s+[\w-]+)?\s+(?:with|to)"
                           # a departure: "left for Germany", "heading for Moscow"
                           r"|(?:left|leave|leaves|leaving|head(?:s|ed|ing)?|bound|depart(?:s|ed|ing)?)\s+for"
                           # "in neighbouring Hungary", "from neighbouring Republika Srpska": the same place
                           r"))\s+(?:the\s+)?(?:neighbou?ring\s+)?$")
# where goods come from or go: "gas from Russia", "deliveries to Serbia", "export weapons to Ukraine or to
# Russia", "a licence issued for Russia" (a location for a state; a capital city named as the source or the
# buyer stands for its government: "the gas from Moscow", see CAPITAL_CITIES)
GOODS_BEFORE = re_compile(r"\b(?:gas|oil|crude|fuel|coal|weapons|arms|ammunition|shells"
                          r"|goods|imports?|exports?|deliveries|supplies|shipments?|licen[cs]es?"
                          r"|export(?:s|ed|ing)|import(?:s|ed|ing)|deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?)"
                          # (up to six words of goods between: "exports of Serbian wine, fruit and beef to";
                          # no verb of speech: "the oil deal, he wrote to Russia" is a message to a state)
                          r"(?:\s+(?!(?:said|says|told|tells|wrote|writes|spoke|speaks|talked|turned|turns|appealed"
                          r"|reached|offered|promised|explained|complained|signalled|signaled)\b)[\w,-]+){0,6}?\s+(?:from|to|for)(?:\s+[\w-]+\s+(?:or|and)\s+(?:from|to|for))?"
                          r"\s+(?:the\s+)?$")
#: Capital cities: their names stand for their governments where a place would be a location, as the
#: source of goods ("the gas from Moscow") and as the seat of a judgement or a decision (SEAT_OF_DECISION).
CAPITAL_CITIES = frozenset({"Belgrade", "Moscow", "Brussels", "Washington", "Beijing", "Pristina",
                            "Prishtina", "Priština", "Kyiv", "Kiev", "Budapest", "Zagreb", "Podgorica",
                            "Sarajevo", "Skopje", "Tirana", "Berlin", "Paris", "London", "Rome", "Vienna",
                            "Ankara", "Sofia", "Bucharest", "Minsk", "Tokyo", "Delhi", "Tehran"})
# "will be read in Brussels (and in Moscow)", "decisions taken in Brussels", "understood in Moscow as":
# a capital where something is judged or decided is its government (matched on the text, not folded)
SEAT_OF_DECISION = re_compile(r"\b(?i:read|interpreted|understood|perceived|judged|decided"
                              # ("made in" is the idiom of provenance: "shells made in Serbia")
                              r"|(?:decisions?|choices?|polic(?:y|ies))\s+(?:[a-z]+\s+)?taken)"
                              r"\s+in\s+(?:[A-Z][\w’'-]*\s+(?:and|or)\s+(?:in\s+)?)?$")
# "one foot in Brussels and the other in Moscow", "keeps one foot in Moscow": the idiom of a state
# between two camps names the camps (GUIDELINES: a state or capital standing for its government); "the
# other in X" only after "one foot in" earlier in the sentence; not "set foot in Belgrade" (a visit)
_FOOT = (r"(?i:(?<![\w-])(?:one|a)\s+foot|(?<![\w-])both\s+feet)\s+"
         r"(?:(?:firmly|still|squarely|already)\s+)?in\s+")
_FOOT_IN = re_compile(_FOOT + r"(?:the\s+)?$")
_OTHER_IN = re_compile(_FOOT + r"[^.;!?]{1,120}?(?<![\w-])(?i:the\s+other)(?:\s+(?i:one|foot))?\s+"
                       r"(?:(?:firmly|still|squarely|already)\s+)?in\s+(?:the\s+)?$")


def stands_for_government(text: str, s: int, capital: bool) -> bool:
    """True when the place name at ``s`` stands for its government after the words before it.

    A capital is its government as the seat of a judgement or a decision (:data:`SEAT_OF_DECISION`:
    "will be read in Brussels"); any place is, as one of the camps of "one foot in X and the other in
    Y" ("cannot keep one foot in Brussels and the other in Moscow"). Cheap gate ("foot"/"feet" in the
    180 characters before the place), bounded look-behind windows: linear time.

    Returns
    -------
    bool
        Whether the place is its government there.
    """
    if capital and SEAT_OF_DECISION.search(text, max(0, s - 80), s):
        return True
    window = text[max(0, s - 180):s].lower()  # only the window the patterns search: linear time
    if "foot" not in window and "feet" not in window:
        return False
    return bool(_FOOT_IN.search(text, max(0, s - 40), s) or _OTHER_IN.search(text, max(0, s - 180), s))


# "a Belgrade institute": a modifier ("a US official" counts: acronyms are kept)
ARTICLE_BEFORE = re_compile(r"(?<![\w-])an?\s+$")
# "three Western embassies", "unnamed Western embassies": some members of a collective, not the
# collective (GUIDELINES: unspecified groups); so are "most students", "all students", "the detained
# students", "its own students", and "not students" denies the words ("some students" is kept: gold
# of test18 counts it)
QUANTIFIED = re_compile(r"(?<![\w-])(?:unnamed|several|certain|(?:at\s+least\s+)?"
                         r"(?:two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|\d+)"
                         r"|most|all|detained|arrested|jailed|own|not)\s+$")
# "my students", "our experts": some people the speaker knows, not the collective
MEMBERS = re_compile(r"(?<![\w-])(?:[Mm]y|[Oo]ur|[Yy]our|[Hh]is|[Hh]er|[Tt]heir)\s+$")
# "experts of the Council of Europe", "analysts from the National Bank": staff of a named body (not
# for civil society: "students of the Faculty of Law" are the students' movement)
MEMBERS_OF = re_compile(r"\s+(?:of|from)\s+the\s+[A-Z]")
# "the opposition Freedom and Justice Party", "the ruling Socialist Party": a word describing the
# party named right after it, not a mention of its own
# "the police cooperation agreement", "held at a police station", "special police units": a body's
# word describing a thing named right after it, not the body (nouns that are no verb: not "posts")
BEFORE_PARTY = re_compile(r"\s+(?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|the)\s+)?){0,5}"
                           r"(?:Party|Front|Movement|Alliance|Coalition|League|Bloc)\b"
                           r"|\s+(?:cooperation|stations?|cars?|vans?|vehicles?|academy|custody|units?"
                           r"|checkpoints?|uniforms?|barracks)\b")
# "his Moscow visit"; a route ("Belgrade-Budapest"); a currency ("600 million US dollars")
_ROUTE_NOUN = (r"(?:railway|rail|railroad|road|highway|motorway|pipeline|route"
               r"|line|flights?|corridor|border|train|bus|express|link|connection|interconnector)\b")
PLACE_AFTER = re_compile(r"^\s+(?:visit|trip|dollars?|cents?)\b"
                         # a city's own works and places: "the Belgrade metro", "the Novi Sad bypass" (not
                         # "Moscow's airport plan": after a possessive the city is its government)
                         r"|^\s+(?:metro|subway|underground|airport|bypass|ring\s+road|tram|trams|zoo|fortress"
                         r"|outskirts|suburbs)\b"
                         # a seat, not a government: "the Paris-based watchdog", "a Moscow-based analyst"
                         r"|^-based\b"
                         # a route ("the Belgrade-Budapest railway"); a pair of states is two mentions
                         r"|^[-–][A-Z][\w’'-]*\s+" + _ROUTE_NOUN)
# a route between two capitals, seen from either end: "the Belgrade-Budapest railway", also with an en
# dash, "the Belgrade–Budapest railway" (both cities are locations, whereas a pair of states,
# "China-Serbia cooperation", is two mentions)
_NEXT_CITY = re_compile(r"[-–]([A-Z][\w’'-]*)\s+" + _ROUTE_NOUN)
_PREVIOUS_CITY = re_compile(r"(?<![\w’'-])([A-Z][\w’'-]*)[-–]$")
_ROUTE_AFTER = re_compile(r"\s+" + _ROUTE_NOUN)
# a part of a city or country, or a publication from it: "Belgrade's Savski Venac district",
# "Serbia's Zlatibor region", "Germany's Cicero magazine" (the home, not the state)
PLACE_PART = re_compile(r"['’]s\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:district|municipality|neighbou?rhood"
                         r"|suburb|quarter|square|airport|region|province|county"
                         r"|magazine|newspaper|daily|weekly|tabloid|portal|website)\b"
                         # the land itself: "Ukraine's front lines", "on Serbia's territory"
                         r"|['’]s\s+(?:front(?:\s+lines?)?|territory|soil)\b")
BETWEEN = re_compile(r"\s*\(?\s*|,\s+")  # between adjacent aliases of one actor ("the President, X")
TITLE_WORDS = re_compile(r"\s+(?:[a-z][\w-]*\s+){0,3}")  # "Kremlin spokesman Dmitry Peskov"
# datelines: "BELGRADE, Serbia (AP) —", "BELGRADE (EuroWire) —", "BELGRADE, Sept. 9 --",
# "SABAC, Serbia, June 18 (Wire) --", "LONDON/BELGRADE, Dec 3 -" (a story filed from two cities),
# "MOSCOW, 14 March.", "Belgrade, 3 June 2025 –"
# (a city in capitals may hold letters with diacritics: "ŠABAC", "NIŠ", "ČAČAK")
_CAP = "A-ZÀ-ÖØ-ÞČĆŠŽĐ"
DATELINE = re_compile(rf"^[{_CAP}][{_CAP} .'’-]{{2,}}(?:/[{_CAP}][{_CAP} .'’-]{{2,}})*"
                       r"(?:,\s+[^,()—–]{1,40}?){0,2}"
                       r"\s*(?:\([A-Za-z. ]{1,20}\))?\s*(?:[—–]|--?)\s"
                       rf"|^[{_CAP}][{_CAP} .'’-]{{2,}},\s+\d{{1,2}}\s+[A-Z][a-z]+\.(?:\s|$)"
                       # "MOSCOW, June 1."
                       rf"|^[{_CAP}][{_CAP} .'’-]{{2,}},\s+[A-Z][a-z]+\.?\s+\d{{1,2}}\.(?:\s|$)"
                       r"|^[A-Z][a-z]+,\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?\s*[—–-]\s"
                       # a dateline on a line of its own: "Belgrade, 9 October", "Brussels, May 3, 2025"
                       r"|^[A-Z][\w .'’-]{2,30},\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})"
                       r"(?:,?\s+\d{4})?\s*$"
                       # "Prishtina, 09.02.2026, 15:42": a place and a date in figures
                       r"|^[A-Z][\w .'’-]{2,30},\s+\d{1,2}\.\d{1,2}\.\d{2,4}\b")
POSSESSIVE = re_compile(r"^['’]s\b")  # "in Serbia's internal affairs": the state, not a place
# a place name inside another name or a title: "Open Code Serbia", "National Bank of Serbia",
# "the President of Serbia, X" (not "the Republic of Serbia", which is the state)
IN_NAME = re_compile(r"(?:[a-z,]\s+|\(|^the\s+|\sthe\s+)(?!Republic\b)[A-Z][\w’'-]*"
                      r"(?:\s+[A-Z][\w’'-]*)*\s+(?:of\s+(?:the\s+)?)?$")
# a place joined to a location right before it: "flights between Moscow and Belgrade", "in Russia or
# China", "in Brussels or in Washington" (matched on the text between the two names; not after a
# comma: "held in Belgrade, and Moscow welcomed it" starts a new clause)
COORDINATED = re_compile(r"\s+(?:and|or)\s+(?:then\s+)?(?:(?:in|to|from|the)\s+)?")
# a list of places after a location: "carmakers in Germany, Hungary and Slovakia" (the comma counts
# only when the list goes on after the name: LIST_GOES_ON)
LISTED = re_compile(r",\s+(?:the\s+)?")
LIST_GOES_ON = re_compile(r",\s|\s+(?:and|or)\s")
# a place inside a compound that starts with a lower-case word: "the one-China principle"
IN_COMPOUND = re_compile(r"(?<![\w-])[a-z][\w]*-$")
# "trust in China", "his old friends in Moscow", "allies in Brussels": the state, not a location
# ("business partners in Serbia" are located there)
TRUST_IN = re_compile(r"\b(?:trust|confidence|faith|friends|allies)\s+in\s+(?:the\s+)?$")
# "the Belgrade daily Danas", "the Belgrade pollster Demostat": the home of an outlet or institute
# named right after (as "a Belgrade institute", ARTICLE_BEFORE), not the government
THE_BEFORE = re_compile(r"(?<![\w-])the\s+$")
HOME_OF_NAME = re_compile(r"\s+(?:daily|weekly|newspaper|tabloid|magazine|portal|broadcaster|station|channel"
                          r"|agency|pollster|institute|university|think\s+tank"
                          # "the Belgrade group Građanski štit", "the Novi Sad association X": an NGO's home
                          r"|group|association|organi[sz]ation|NGO|foundation|network|collective)\s+[A-Z]")


def city_route(text: str, s: int, e: int) -> bool:
    """True when the capital at ``s``..``e`` is one end of a route to another capital.

    "the Belgrade-Budapest railway", "Belgrade-Moscow flights": both cities are places on the map
    (a pair of states, "China-Serbia cooperation", is two mentions). Looks 30 characters back and
    one word ahead: linear time.

    Returns
    -------
    bool
        Whether the name is one end of such a route.
    """
    if text[s:e] not in CAPITAL_CITIES:
        return False
    after = _NEXT_CITY.match(text, e)
    if after:
        return after.group(1) in CAPITAL_CITIES
    before = _PREVIOUS_CITY.search(text, max(0, s - 30), s)
    return bool(before and before.group(1) in CAPITAL_CITIES and _ROUTE_AFTER.match(text, e))


# the second of two places after "in": "in Kosovo and Bosnia and Herzegovina", "in Transnistria or
# Moldova" (the first name is a location whether or not the alias table knows it; not after "trust
# in", "confidence in", where the places are states: TRUST_IN)
_IN_PAIR = re_compile(r"(?<![\w-])(?<![Tt]rust\s)(?<![Ff]aith\s)(?<![Cc]onfidence\s)[Ii]n\s+(?:the\s+)?"
                      r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+(?:and|or)\s+(?:in\s+)?$")


def after_place_in(text: str, s: int, e: int) -> bool:
    """True when the place at ``s``..``e`` is the second of two places after "in".

    "tensions in Kosovo and Bosnia and Herzegovina", "in Transnistria or Moldova": both are
    locations, also when the alias table does not know the first one. A possessive ("in Kosovo and
    Serbia's government") is the state. Looks 60 characters back: linear time.

    Returns
    -------
    bool
        Whether the name is such a location.
    """
    return text[e:e + 1] not in ("'", "’") and bool(_IN_PAIR.search(text, max(0, s - 60), s))


# the target of sanctions or an embargo: "sanctions on Russia", "EU restrictive measures against
# Moscow", "US sanctions on NIS" (GUIDELINES: not a mention, as "bombs on Serbia"; the one who imposes
# them is): up to two words between ("sanctions imposed on", "the embargo currently against")
SANCTIONED = re_compile(r"(?i:\b(?:sanctions|restrictions|restrictive\s+measures|embargo(?:es)?)"
                        r"(?:\s+[\w-]+){0,2}?\s+(?:on|against)\s+(?:the\s+)?)$")

#: What every match of SANCTIONED holds, in :func:`caseless` text: tested first, as a hint (most
#: mentions have no such word in the 60 characters before them).
_SANCTION_HINTS = ("sanction", "restricti", "embargo")


def sanction_targets(mentions) -> list:
    """Index labels of the mentions that are the target of sanctions ("sanctions on Russia").

    ``mentions``: a mention table with ``text`` and ``start`` (see
    :func:`helpers.analysis.actors.actor_mentions`). Looks 60 characters back from each mention:
    linear time. Blind spots: a target named after a list ("sanctions on Russia and Belarus": only
    the first) or far from the word ("sanctions, which Brussels wants imposed on Russia") still counts.

    Returns
    -------
    list
        The index labels to drop.
    """
    return [label for label, text, start in zip(mentions.index, mentions["text"], mentions["start"],
                                                strict=True)
            if start and has_any(caseless(text[max(0, start - 60):start]), _SANCTION_HINTS)
            and SANCTIONED.search(text, max(0, start - 60), start)]
