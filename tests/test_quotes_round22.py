"""Round 22 of the quote rules (sentences written for these tests; no devset text).

Opposition parties and the crowd-counting NGO that speak in many splits are actors of ``actors.csv``
(GUIDELINES: opposition parties and their politicians, and NGOs, are civil society), so a person
introduced by the party ("X of the Green-Left Front", "an MP for …", "a spokesman for …") takes its
group, and the organisation speaking under its own name does too; a government speaker who only
talks *about* the party keeps the government's group.
"""

import pandas as pd
import pytest

from helpers import quotes


def _quotes_of(*paragraphs):
    df = pd.DataFrame({"article_id": ["922"] * len(paragraphs),
                       "paragraph_id": [f"922-p{i:02d}" for i in range(len(paragraphs))],
                       "text": list(paragraphs)})
    return quotes(df)


def _speakers(out):
    return [(r.actor, r.group) for r in out.itertuples()]


# a person introduced by a registered opposition party, or the NGO itself, in several wordings
PARTY_SPEAKERS = [
    ('Marko Pavlović of the Green-Left Front told reporters that the budget was "a fiction".',
     "Marko Pavlović"),
    ('Ivana Mitić, an MP for the Green-Left Front, said the budget was "a fiction".', "Ivana Mitić"),
    ("“The budget is a fiction,” wrote Goran Savić of the Party of Freedom and Justice.", "Goran Savić"),
    ('Petar Ilić, a spokesman for the Freedom and Justice Party, said the budget was "a fiction".',
     "Petar Ilić"),
    ('The Archive of Public Gatherings estimated that "about 40,000 people" had joined the march.',
     "Archive of Public Gatherings"),
]


@pytest.mark.parametrize("text, speaker", PARTY_SPEAKERS)
def test_a_speaker_of_a_registered_opposition_party_or_ngo_is_civil_society(text, speaker):
    assert _speakers(_quotes_of(text)) == [(speaker, "civil_society")]


@pytest.mark.parametrize("text, speaker", [
    ('Interior Minister Ivica Dačić said the Green-Left Front had "lied about the numbers".', "Ivica Dačić"),
    ('Government spokeswoman Ana Brnabić said the Archive of Public Gatherings had "inflated the '
     'numbers".', "Ana Brnabić"),
])
def test_a_government_speaker_talking_about_the_party_keeps_the_governments_group(text, speaker):
    # near miss: the party or NGO is only the topic of the quote, not the speaker's employer
    assert _speakers(_quotes_of(text)) == [(speaker, "serbian_government")]


# "the <noun>'s" in a person's role, the noun a word of an alias-table organisation named before (in
# the paragraph or earlier in the article): the person works for that organisation
TABLE_POSSESSORS = [
    (("Members of the Independent Journalists' Association of Serbia (NUNS) protested outside. Jelena "
      "Perić, who chairs the association's ethics board, said the police \"did nothing\".",), "Jelena Perić"),
    (("Members of the Independent Journalists' Association of Serbia (NUNS) protested outside.",
      "Stefan Rakić, who heads the association's legal team, said the police \"did nothing\"."),
     "Stefan Rakić"),
    (("The Independent Journalists' Association of Vojvodina counted 41 attacks this year.",
      "“Nobody is punished,” said Goran Lukić, who leads the association's monitoring unit."), "Goran Lukić"),
    (("Members of the Independent Journalists' Association of Serbia gathered in the square.",
      "Mila Tošić, the head of the association's press-freedom desk, told reporters the law was "
      "\"a trap\"."), "Mila Tošić"),
]


@pytest.mark.parametrize("paragraphs, speaker", TABLE_POSSESSORS)
def test_the_associations_officer_works_for_the_table_organisation_named_before(paragraphs, speaker):
    assert _speakers(_quotes_of(*paragraphs)) == [(speaker, "civil_society")]


def test_no_table_organisation_with_the_noun_leaves_the_group_unknown():
    # near misses: no association named at all; the chamber named last is no alias-table actor, so
    # NUNS (no "chamber" in its name) is not its owner
    assert _speakers(_quotes_of("Jelena Perić, who chairs the association's ethics board, said the "
                                "police \"did nothing\".")) == [("Jelena Perić", "other")]
    out = _quotes_of("NUNS said it had recorded 40 attacks.", "The Serbian Chamber of Commerce disagreed.",
                     "Ana Ilić, who heads the chamber's legal team, said the figures were \"too high\".")
    assert ("Ana Ilić", "other") in _speakers(out)
