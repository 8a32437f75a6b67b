"""The course's keys, defined once: themes, actor groups, label categories, frames, and how they show.

Every analysis, plot and view takes its keys from here; the shipped CSVs in ``helpers/data/`` use
the same keys (``tests/test_keys.py`` checks that they agree). The *labels* a table prints for a
theme come from ``themes.csv`` (an instructor can reword them there); :data:`DISPLAY` holds the
short names figures and views print on axes and legends.
"""

from __future__ import annotations

#: The twelve analysis themes (``themes.csv``, ``timeline.csv``), in teaching order.
THEMES = (
    "sanctions", "eu_accession", "russia_ties", "china_ties", "arms_exports", "protests_democracy",
    "energy_nis", "kosovo", "novi_sad", "war_in_ukraine", "other_governments", "lithium_economy",
)

#: The actor groups (``actors.csv``): key -> (label, description), in display order.
GROUPS = {
    "serbian_government": ("Serbian government", "President Vučić, ministers, officials, police, "
                           "'Serbia'/'Belgrade' standing for the state, and state media (RTS)."),
    "eu_west": ("EU and the West", "EU institutions and leaders, the EU's member states (each standing "
                "for its government, Hungary included), NATO, the United States, the United Kingdom, "
                "'the West', their state-owned or state-funded media (RFE/RL, VOA, DW, France 24, RFI, "
                "the BBC), Western companies named by nationality."),
    "russia": ("Russia", "The Russian state, Putin, the Kremlin and its spokesman, the SVR, Russian "
               "companies named by nationality, and state media."),
    "china": ("China", "The Chinese state, Xi Jinping, Chinese companies named by nationality, and "
              "state media."),
    "civil_society": ("Civil society and opposition",
                      "Protesters and students, NGOs and civic groups, and opposition parties and their "
                      "politicians (think tanks count as experts). One group because the course keeps seven: "
                      "a coding choice, not a claim that the parties lead the protests."),
    "experts": ("Experts", "Analysts, academics, think tanks and research institutes (Serbian or foreign)."),
    "other": ("Other", "Other governments and organisations (Kosovo's institutions, Ukraine, Venezuela, "
              "Belarus; the UN, the Council of Europe), companies named "
              "by their own name (Rio Tinto, NIS), Serbian companies, privately owned media (tabloids, "
              "Izvestia) and media named in general ('Western media', 'Serbian media')."),
}
#: The actor group keys in display order.
GROUP_ORDER = tuple(GROUPS)

#: Categories of loaded labels (``labels.csv``).
LABEL_CATEGORIES = ("delegitimising", "alarm", "solidarity", "conflict", "legitimising")

#: Semetko & Valkenburg's (2000) five generic news frames (``frames.csv``, axis ``generic``).
GENERIC_FRAMES = ("conflict", "economic", "responsibility", "human_interest", "morality")
#: The geopolitical axis (``frames.csv``, axis ``geopolitical``).
GEOPOLITICAL_FRAMES = ("eu_west", "russia_china")
#: All frames of the shipped dictionary, in display order.
FRAMES = GENERIC_FRAMES + GEOPOLITICAL_FRAMES

#: Short display names for keys on axes and legends; other keys show with spaces for underscores.
DISPLAY = {
    "serbian_government": "Serbian government", "eu_west": "EU / West", "russia": "Russia",
    "china": "China", "civil_society": "civil society / opposition", "experts": "experts", "other": "other",
    "russia_china": "Russia / China", "human_interest": "human interest", "eu_accession": "EU accession",
    "russia_ties": "Russia ties", "china_ties": "China ties",
    "protests_democracy": "protests / political order", "energy_nis": "energy / NIS", "novi_sad": "Novi Sad",
    "war_in_ukraine": "war in Ukraine",
    "other_governments": "other governments", "lithium_economy": "lithium / economy",
    "arms_exports": "arms exports", "regional_security": "regional security",
}

#: Okabe & Ito (2008) colour-blind-safe palette (black last).
COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000")
#: Hatches that pair with the palette, so every series also differs by pattern.
HATCHES = ("//", "..", "xx", "\\\\", "++", "oo", "--", "||")
#: Markers for line and dot plots (a third way to tell series apart).
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*", "h", "<", ">", "p", "d", "8", "H")


def display_name(key) -> str:
    """The short display name of a key (:data:`DISPLAY`), else the key with spaces.

    Parameters
    ----------
    key : str
        A theme, group or frame key (or any other label).

    Returns
    -------
    str
        ``display_name("eu_west") == "EU / West"``, ``display_name("new_theme") == "new theme"``.
    """
    return DISPLAY.get(key, str(key).replace("_", " "))
