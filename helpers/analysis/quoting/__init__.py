"""Who gets to speak: direct and indirect quotations, their speakers and each source's share of voice.

Whose words a story carries is a framing choice (Entman 1993: selection and salience; sourcing
studies ask who is "given voice"). This module finds quotations in the body paragraphs, attributes
each to a speaker and resolves the speaker to an actor and actor group with the alias table of
:mod:`helpers.analysis.actors`.

Method (rules, no model):

* **Direct quotes** are words inside quote marks: curly “…”, straight "…", or curly single ‘…’
  (only when an opening ‘ and a closing ’ not followed by a letter are found, so apostrophes such as
  Vučić’s never open a quote). Every other style is first rewritten to these marks, one character
  for one (:mod:`.marks`): « guillemets » and » reversed «, „low-high“, ‚single low-high‘, ‹ single
  guillemets ›, straight 'single' quotes, a quote nested in a quote, and a paragraph that opens
  with a dash of speech ("– No one …, – he added."); the ``text`` column keeps the original. A quote
  may span sentences. It is attributed, in this order, to
  (1) a speaker and cue right after it ("…,” von der Leyen said; "…,” she added; "…,” said X);
  (2) a cue before it in the same sentence, at most 8 words before the opening mark: the speaker is
  the actor or pronoun just before the cue ("Vučić described Maduro as “…”", "Peskov emphasized on
  Tuesday that Russia “…”"), the agent of a passive ("described by officials as “…”"), or, for a
  participle cue ("saying", "adding", "describing"), the subject of the sentence ("Brnabić attended
  …, saying Serbia “…”"); (3) the speaker of the previous quote in the same sentence ("accused
  Brussels of a “Maidan coup” … by “brainwashing”"); (4) the previous quote's speaker when the quote
  opens a sentence with no cue of its own (the second half of "“…,” von der Leyen said. “…”");
  (5) a sentence all in quote marks, with no cue, goes on from the reported speech of the sentence
  before ("Ilić argued that … . “It earns money from both sides.”").
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
  speaker, for speakers); the gender comes from the ``kind`` column of the alias table;
  "it"/"they" go to the most recent non-person speaker; "the council" goes to the
  last mention containing "council" (Serbia's National Security Council). Unresolved speakers
  keep ``actor`` and ``group`` empty.
* **Quotes that continue**: a quote split around its attribution ("“…,” Vučić said, “…”"), a
  quote after a colon whose sentence opens with its speaker ("Brnabić did not mince words: “…”"),
  "According to her, … “…”", "in his words, “…”", and an opening mark never closed before the
  paragraph ends (the quote runs to the end of the paragraph). A quote inside the "that"-clause of
  its cue ("Kallas told Serbian leaders on Wednesday that the country could not keep “…”") goes to
  the cue's speaker however far it is.
* **Named speakers not in the alias table** (:mod:`.people`): a name (two or more capitalised
  words, or one after a title) is introduced with the role words around it: a title before it
  ("Russian Foreign Ministry spokeswoman Maria Zakharova", "the Minister for European Integration,
  Nemanja Starović") or an appositive after it ("Vladimir Pešić, an economist at the University of
  Belgrade,"). Later, the surname alone ("said Kallas", "Zakharova told", "Đurić, for his part,
  said") and a definite role ("the spokeswoman added", "the ambassador said") refer to the person
  introduced earlier in the article. ``speaker`` keeps the words as written, ``actor`` is the
  name without the title, ``group`` comes from the role words (``helpers/data/roles.csv``), else
  ``"other"`` (:data:`UNKNOWN_GROUP`). An organisation ("Belgrade Centre for Security Policy",
  "Ministry of Mining and Energy") takes its group from its own words.
* **Role speakers** with no name ("A senior EU diplomat, who asked not to be named …, said", "The
  Russian embassy in Belgrade said in a statement", "according to diplomats in Brussels", "one
  Western ambassador told reporters", "Vučić’s spokesperson said"): ``actor`` says what they are
  ("unnamed senior EU diplomat"; an organisation keeps its name: "Russian embassy"), ``group``
  comes from the role words (EU, Commission, Brussels -> eu_west; Russian, Kremlin, Moscow ->
  russia; Chinese, Beijing -> china; Serbian, ministry, president, police -> serbian_government;
  opposition, students, activists -> civil_society; analysts, think tank, poll -> experts) or from
  the actor whose role it is ("Vučić’s spokesperson"). The words are in ``helpers/data/roles.csv``,
  which an instructor can edit.
* **Who heads a phrase**: the name before an appositive or relative clause, not a name inside it
  ("Zhang Wei, a researcher at the Chinese Academy of Social Sciences, told"; "Vučić, who has met
  President Xi Jinping eight times, told"); a person after a state's possessive ("said Russia's
  ambassador Alexander Botsan-Kharchenko"); the person a title belongs to ("A spokesman for the
  Kremlin, Dmitry Peskov, declined …, telling" is Peskov, not the Kremlin); a portfolio is not part
  of a name ("State Secretary for the Economy Bojan Krstić", "Minister of Mining and Energy Dubravka
  Đedović Handanović"); a name
  that speaks ("said Snežana Radovanović", "Radovanović, 64, said") is introduced even with no role
  words; "the company" goes to the organisation introduced as one; "he"/"she" prefer the subjects
  of the current and previous sentence to a name after a preposition ("raised the matter with
  Foreign Minister Marko Đurić. She stressed …" is not Đurić). "According to" takes any source:
  a document's author ("a forensic analysis by the Digital Integrity Lab", "the Commission's annual
  report"), a name ("according to Srbijagas"). A quote with a nearer cue word that has no speaker
  goes to an earlier cue of its sentence ("told state television that …"). A dateline is not
  reported words; a trailing participial phrase (", coming a week after …") ends a reported clause.
* **Asides** between a speaker and the cue: "Brnabić, speaking on state television, accused …",
  "Đurić, for his part, said", "Starović, who said …", "Pešić, an energy economist at …, said".
* **Cues** (``CUES``): say, tell, state, add, stress, warn, claim, argue, insist, note, admit,
  explain, emphasize, recall, point out, underline, spoke of, put it ("as X put it"), like to say,
  made clear, hailed, praised/thanked (their quoted object: "praised the “speed” of …"), found/showed
  that, told <outlet> that, wrote on social media that …; a
  parenthetical attribution ("The Russian side, he explained, has little reason …").
* **Alias independence**: every name is a possible antecedent of "he"/"she", whether or not the
  alias table knows it, so adding an alias changes only the attributions of that actor.

Blind spots: the cue list is English and finite (``CUES``); paraphrase without a speech verb
("Many in Serbia believe …", "Russia sees the Balkans as …", "Brussels describes lithium as …")
is not reported speech here; infinitive reports ("urged EU support", "threatened to use force")
are not indirect quotes; a quote whose speaker is lost in a gap ("But […] claiming police used
“minimum force”") stays unresolved; the agent of a passive ("described by officials as “…”")
stays unresolved when it is a bare role; a pronoun may resolve wrongly when two people of the
same gender speak in one passage (a person of unknown gender matches both pronouns); people are
introduced only from the paragraphs passed (a dateline or standfirst that is not body text does
not introduce anyone); state roles with no owner named ("officials", "the ministry") are taken as
Serbia's; the course has no separate opposition or media group (opposition -> civil_society;
media by owner, else other); the span of an indirect quote runs to the end of the sentence (or
the next participle cue), so it can include a trailing clause. Figures: see ``tools/accuracy.py``
(seeds are in-sample; the dev split was used for tuning; the test split was not looked at).

Layout: :mod:`.records` (the named records), :mod:`.patterns` (cue words and patterns), :mod:`.marks`
(quotation-mark styles),
:mod:`.paragraph` (a paragraph prepared for the rules), :mod:`.speakers` (names, role phrases and
the speaker history), :mod:`.people` (people and organisations an article introduces),
:mod:`.organisations` (short organisation names recognised from their context), :mod:`.collectives`
(embassies, state television and media named by an owner word), :mod:`.context` (what the
rules share, who goes with a cue), :mod:`.heads` (which name heads a speaker phrase),
:mod:`.direct` and :mod:`.indirect` (one function per rule),
:mod:`.rules` (a paragraph, sentence by sentence), :mod:`.reuse` (an ``actor_mentions()`` table
passed in), :mod:`.table`
(:func:`quotes`, :func:`share_of_voice`). Every call starts from nothing: no state is kept between
calls.
"""

from helpers.analysis.quoting.patterns import CUES, UNKNOWN_GROUP, ZERO_THAT
from helpers.analysis.quoting.table import QUOTE_COLUMNS, VOICE_COLUMNS, quotes, share_of_voice

__all__ = ["CUES", "QUOTE_COLUMNS", "UNKNOWN_GROUP", "VOICE_COLUMNS", "ZERO_THAT", "quotes", "share_of_voice"]
