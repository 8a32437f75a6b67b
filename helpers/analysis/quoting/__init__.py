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
Layout: :mod:`.records` (the named records), :mod:`.patterns` (cue words and patterns),
:mod:`.paragraph` (a paragraph prepared for the rules), :mod:`.speakers` (names and the speaker
history), :mod:`.rules` (one function per rule), :mod:`.reuse` (an ``actor_mentions()`` table
passed in), :mod:`.table` (:func:`quotes`, :func:`share_of_voice`).
"""

from helpers.analysis.quoting.patterns import CUES, UNKNOWN_GROUP, ZERO_THAT
from helpers.analysis.quoting.table import QUOTE_COLUMNS, VOICE_COLUMNS, quotes, share_of_voice

__all__ = ["CUES", "QUOTE_COLUMNS", "UNKNOWN_GROUP", "VOICE_COLUMNS", "ZERO_THAT", "quotes", "share_of_voice"]
