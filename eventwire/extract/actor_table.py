"""The actor alias table: names, spellings and abbreviations -> ACLED-style actor names, inter codes.

Written by hand for eventwire from general public knowledge of the actors (their own names,
common English spellings and abbreviations, the countries' demonyms) and of ACLED's public
naming conventions (../shared/notes/acled-conventions.md):
  - state forces: "Military Forces of X (period)", "Police Forces of X (period)", "Government of X
    (period)"; the period is the government's term as ACLED writes it (see PERIODS);
  - generic actors take the country in brackets: "Protesters (Jordan)", "Civilians (Nigeria)",
    "Unidentified Armed Group (Mexico)";
  - inter codes 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias,
    5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
Nothing here is copied from or fitted on an ACLED file; those are used only to measure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire.rules import rules, schema
from eventwire.trie import alternation

# --- Countries -------------------------------------------------------------------------------------

# ACLED country name -> demonyms and other names the text may use for it (the `actors` rows of
# eventwire/data/rules/country_words.csv, shared with geocoding).  Longest forms win when matching
# ("South Sudanese" before "Sudanese").
COUNTRY_WORDS: dict[str, tuple[str, ...]] = rules().actor_country_words()

# Country names as other tools (pycountry, geo.countries) write them -> ACLED's form.
COUNTRY_FORMS: dict[str, str] = {
    "Congo, The Democratic Republic of the": "Democratic Republic of Congo",
    "Democratic Republic of the Congo": "Democratic Republic of Congo", "Congo": "Republic of Congo",
    "Côte d'Ivoire": "Ivory Coast", "Czechia": "Czech Republic", "Eswatini": "eSwatini",
    "Türkiye": "Turkey", "Viet Nam": "Vietnam", "Cabo Verde": "Cape Verde", "Brunei Darussalam": "Brunei",
    "Korea, Republic of": "South Korea", "Korea, Democratic People's Republic of": "North Korea",
    "Lao People's Democratic Republic": "Laos", "Syrian Arab Republic": "Syria",
    "Iran, Islamic Republic of": "Iran", "Russian Federation": "Russia", "Palestine, State of": "Palestine",
    "Moldova, Republic of": "Moldova", "Tanzania, United Republic of": "Tanzania",
    "Bolivia, Plurinational State of": "Bolivia", "Venezuela, Bolivarian Republic of": "Venezuela",
    "Taiwan, Province of China": "Taiwan",
}

# ACLED writes these with "the": "Military Forces of the Philippines", "Civilians (Philippines)"
# (countries.csv, with_the).
WITH_THE = rules().countries_where("with_the")

# Government terms as ACLED writes them in state-force names ("Military Forces of Mexico (2018-2024)")
# and the month a new term began on a boundary year: eventwire/data/rules/periods.csv.  A period is
# added only when the event's year is known; on a boundary year TERM_MONTHS decides, else the older term.
PERIODS: dict[str, tuple[tuple[int, int | None], ...]] = rules().terms()
TERM_MONTHS: dict[tuple[str, int], int] = rules().term_months()

# --- Inter codes -----------------------------------------------------------------------------------
STATE, REBEL, POLITICAL, IDENTITY, RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL = range(1, 9)

# --- State forces ----------------------------------------------------------------------------------

# Head nouns after a demonym or country name, and the kind of state actor they name.
# "military forces of India and Pakistan": state forces named by "of" and a country (or two).
FORCES_OF = r"(?i:(?P<kind>military|armed|security|police|government|governmental|state) (?:forces|troops)) of "

FORCE_NOUNS: tuple[tuple[str, str], ...] = (
    ("Police", r"police(?:\s?m[ae]n|\s+officers?|\s+forces?|\s+units?|\s+patrols?)?|policem[ae]n|"
               r"law enforcement(?: officers| agents)?|riot police|carabineros"),
    ("Military", r"army|armed forces|military(?: forces)?|troops|soldiers?|forces|contingents?|navy|naval forces|"
                 r"air ?force|air forces|marines?|warplanes?|(?:fighter |war)?jets?|aircraft|drones?|"
                 r"helicopters?|artillery|tanks?|security forces|servicem[ae]n|personnel|"
                 r"defen[cs]e forces|border guards?|special forces|paratroopers|military aircraft|"
                 r"gendarmes?|gendarmerie|strikes?|air ?strikes?|missiles?|shelling|bombardment|shells|raids?"),
    ("Government", r"government(?! forces| troops| soldiers| positions)|authorities|ministry"),
)

# Country-specific names of state forces: (pattern, country, kind, unit suffix, case-sensitive),
# and the forces of rival governments and alliances, which ACLED names by faction: (pattern, name,
# inter, case-sensitive).  Both are data: eventwire/data/rules/forces.yaml, in priority order.
NAMED_FORCES: tuple[tuple[str, str, str, str, bool], ...] = tuple(
    (f.pattern, f.country, f.force, f.unit, f.case_sensitive) for f in rules().named_forces)
FACTION_FORCES: tuple[tuple[str, str, int, bool], ...] = tuple(
    (f.pattern, f.name, f.inter_code, f.case_sensitive) for f in rules().faction_forces)

# Without a demonym: the country of the event (a foreign force always names its country).
BARE_FORCES: tuple[tuple[str, str], ...] = (
    ("Police", r"police(?:\s?m[ae]n|\s+officers?|\s+forces?|\s+units?|\s+patrols?|\s+agents?)?|policem[ae]n|"
               r"(?:riot |traffic |state |municipal |federal |local )police|"
               r"law enforcement(?: officers| agents)?|law enforcers|cops|prison (?:guards|wardens|officers)|"
               r"correctional officers|border guards|forest(?:ry)? (?:guards|officials|officers)"),
    ("Government", r"(?:the |local |state |district )?(?:government|authorities)(?! forces| troops| positions)"),
    ("Military", r"(?:the )?army|armed forces|(?:the )?military(?: forces)?|troops|soldiers?|"
                 r"government(?:al)? (?:forces|troops|positions|soldiers)|regime forces|security forces|"
                 r"(?:the |Assad )regime(?= (?:shelled|bombed|struck|attacked|fired|pounded|launched|targeted|killed|"
                 r"dropped|stormed|raided)\b)|"
                 r"security personnel|navy|marines|air force|paratroopers|servicem[ae]n|"
                 r"gendarmes?|gendarmerie"),
)

# --- Named groups ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Group:
    """A named actor: `name` as ACLED writes it; `{country}` in it is filled with the event's country."""

    name: str
    inter: int
    words: str = ""           # case-insensitive alternatives (regex)
    abbrev: str = ""          # case-sensitive abbreviations (regex)
    priority: int = 0         # overlaps of two groups' matches: the lower priority wins, then the longer
    home: tuple[str, ...] = ()  # the countries where `home_words` name the group
    home_words: str = ""      # common words that name it only there ("separatists": NAF in Ukraine)


# The named groups are data: eventwire/data/rules/groups.yaml (in priority order).
GROUPS: tuple[Group, ...] = tuple(Group(g.name, g.inter_code, g.words, g.abbrev_pattern, g.priority, g.home,
                                        g.home_words) for g in rules().groups)

# ACLED's names for a camp of groups the text does not name one by one: a named group of the
# same event ranks before them ("Iran-backed militias ... a Kataib Hezbollah fighter").
COLLECTIVE_GROUPS = frozenset(g.name for g in rules().groups if g.collective)
MEMBERS = schema.MEMBERS

# --- Generic actors (all take the country of the event) --------------------------------------------

UNIDENTIFIED_ARMED = (r"gunm[ae]n|armed (?:m[ae]n|individuals|persons|assailants|attackers|group|groups|"
                      r"youths|bandits|elements|militants)|"
                      r"(?:unidentified|unknown|suspected|masked|alleged)(?: armed)? "
                      r"(?:m[ae]n|persons|individuals|assailants|attackers|gunm[ae]n|group|militants|"
                      r"perpetrators|fighters|insurgents|elements|shooters|people)|"
                      r"assailants|attackers|perpetrators|militants|insurgents|jihadists|extremists|"
                      r"bandits|kidnappers|abductors|hitm[ae]n|shooters|killers|militiam[ae]n|"
                      r"(?:an |a |unidentified |unknown )?armed group|rebels|terrorists")
UNIDENTIFIED_GANG = (r"gang(?:s| members?|sters?)?|(?:drug )?cartels?|cartel members|criminal (?:groups?|gangs?|cells?)|"
                     r"(?:drug )?traffickers|drug dealers|criminals|sicarios|narcos|thie(?:f|ves)|robbers?|"
                     r"organi[sz]ed crime(?: groups?)?")
UNIDENTIFIED_MILITARY = (r"(?:unidentified|unknown|unmarked) (?:war ?planes|aircraft|jets|drones?|"
                         r"military forces|helicopters|fighter jets)")
# Communities whose militias are reported by the community's name ("Tiv militias", "Nuer youths"
# are not enough: the word militia must follow): "<Name> Ethnic Militia (Country)".
ETHNIC_NAMES = ("Fulani", "Peul", "Tiv", "Jukun", "Berom", "Hausa", "Kanuri", "Chamba", "Ijaw", "Itsekiri",
                "Dogon", "Bambara", "Tuareg", "Toubou", "Lendu", "Hema", "Twa", "Nande", "Banyamulenge",
                "Nuer", "Dinka", "Murle", "Misseriya", "Rizeigat", "Fellata", "Masalit", "Pokot", "Turkana",
                "Borana", "Garre", "Oromo", "Amhara", "Afar", "Gedeo", "Gumuz", "Mundari", "Bari", "Kuki",
                "Naga", "Meitei", "Bodo", "Mapuche")
ETHNIC_MILITIA = (r"\b(?P<who>" + "|".join(ETHNIC_NAMES) + r")(?: ethnic)? (?:militias?|militiam[ae]n|fighters|gunm[ae]n|"
                  r"herds?m[ae]n|vigilantes)\b")
# "youths from the Bobo community attacked": a community's armed members.
COMMUNITY_MILITIA = (r"(?i:youths?|young men|members|men|militiam[ae]n|fighters|gunm[ae]n|villagers) (?:from|of) "
                     r"the (?P<who>[A-Z][a-z]+) (?P<what>community|ethnic group|sub-clan|clan|tribe)\b")
# "the Tropa del Infierno gang", "Los Viagras cartel": a gang named by its own name.
NAMED_GANG = r"(?P<who>(?:(?:Los|Las|La|El|Tropa|del|de)\s+)*[A-Z][\w']+(?:\s+(?:del|de|[A-Z][\w']+))*) (?P<what>gang|cartel)\b"
# "militias from Umumbo and Omor", "Tiv and Ichen ethnic militias": two communities' militias.
MILITIA_PAIRS = (
    r"(?i:militias|militiamen|youths) (?:from|of) (?:the )?(?P<who>[A-Z][a-z]+) and (?:the )?(?P<other>[A-Z][a-z]+)"
    r"(?: (?P<what>communities|clans))?",
    r"(?P<who>[A-Z][a-z]+) and (?P<other>[A-Z][a-z]+) (?P<what>(?i:ethnic|clan|communal|tribal)) (?i:militias)",
)
# "<Name> ethnic militia", "<Name> clan militia": a militia named after its community.
NAMED_MILITIA = (r"(?P<who>(?:[A-Z][a-z]+[- ]){0,2}[A-Z][a-z]+) (?P<what>ethnic|clan|sub-clan|communal|tribal|caste) "
                 r"(?:militias?|militiam[ae]n|fighters|gunm[ae]n)")
COMMUNAL = (("Unidentified Clan Militia ({country})", IDENTITY, r"clan (?:militias?|fighters|members|gunm[ae]n)"),
            ("Unidentified Tribal Militia ({country})", IDENTITY, r"tribal (?:militias?|fighters|gunm[ae]n|members)|"
                                                                   r"tribesm[ae]n"),
            ("Unidentified Communal Militia ({country})", IDENTITY, r"communal militias?|ethnic militias?|"
                                                                    r"vigilantes?|vigilante groups?"),
            ("Private Security Forces ({country})", EXTERNAL, r"(?:private )?security guards?|private security"))

PROTESTER_WORDS = r"protesters|protestors|demonstrators|marchers|picketers|strikers|sit-in participants"
RIOTER_WORDS = r"rioters|mobs?|angry (?:crowds?|residents|villagers)|(?:a )?crowd of (?:angry )?(?:people|residents)"
CIVILIAN_WORDS = (r"civilians?|villagers?|residents?|passers-?by|passengers?|pedestrians?|worshippers|pilgrims|"
                  r"a (?:young |local |elderly )?(?:man|woman|boy|girl|person|child|teenager|youth|couple|family|local)|"
                  r"(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+) (?:young )?(?:men|women|people|persons|"
                  r"brothers|children|family members)|men|women|children|people|persons|"
                  r"citizens|locals|minors?|boys?|girls?|teenagers?|youths?|bod(?:y|ies)|(?:the )?victims?|"
                  r"famil(?:y|ies)|relatives|a (?:local |community |village |tribal |religious )?(?:leader|chief|elder)|"
                  r"(?:an? )?(?:farmers?|herders?|traders?|shopkeepers?|vendors?|merchants?|businessm[ae]n|drivers?|"
                  r"workers?|labou?rers?|teachers?|students?|journalists?|reporters?|doctors?|nurses?|firefighters|"
                  r"employees|entrepreneurs|tailors|(?:garbage |waste )?collectors|riders|business owners|medics|"
                  r"health(?:care)? professionals|medical (?:professionals|personnel)|midwives|"
                  r"health workers?|activists?|lawyers?|priests?|pastors?|imams?|monks?|refugees|migrants|"
                  r"displaced (?:people|persons)|IDPs|prisoners|inmates|detainees|candidates?|politicians?)")
# Social groups ACLED lists as associated actors (of the protesters, rioters or civilians).
SOCIAL_GROUPS: tuple[tuple[str, str], ...] = (
    ("Women ({country})", r"women|female|mothers"),
    ("Students ({country})", r"students?|pupils"),
    ("Journalists ({country})", r"journalists?|reporters?|media (?:workers|persons|personnel)"),
    ("Health Workers ({country})", r"doctors?|nurses?|health(?:care)? (?:workers?|professionals|staff)|medics|"
                                   r"medical (?:staff|workers|professionals|personnel)|paramedics|midwives"),
    ("Teachers ({country})", r"teachers?"),
    ("Lawyers ({country})", r"lawyers?|advocates|bar association members"),
    ("Farmers ({country})", r"farmers?|peasants"),
    ("Prisoners ({country})", r"prisoners|inmates|detainees"),
    ("Refugees/IDPs ({country})", r"refugees?|IDPs|displaced (?:people|persons|families)"),
    ("Labour Group ({country})", r"workers|labou?rers|employees|miners|drivers|vendors|unions?|merchants|traders|"
                                 r"trade unionists|taxi drivers|truckers|firefighters|entrepreneurs|tailors|"
                                 r"(?:garbage |waste )?collectors|riders|shopkeepers|business owners"),
)


@lru_cache(maxsize=1)
def country_alternatives() -> str:
    """Demonyms and country names as one regex alternation, longest first."""
    words = {word for country, forms in COUNTRY_WORDS.items() for word in (country, *forms)}
    return alternation(words)


# "the US dollar", "the Egyptian pound": a currency names no country's actor.
CURRENCY_AFTER = (r"(?!\s+(?:dollars?|pounds?|euros?|dinars?|dirhams?|rupees?|yuan|yen|rubles?|roubles?|lira|liras|"
                  r"riyals?|rials?|shekels?|francs?|pesos?|naira|cedis?|shillings?|kwacha|rand|currency)\b)")


@lru_cache(maxsize=1)
def country_word_pattern() -> re.Pattern:
    """Demonyms and country names; group 1 is the word."""
    return re.compile(r"(?<![\w.])(" + country_alternatives() + r")(?![\w])" + CURRENCY_AFTER)


@lru_cache(maxsize=1)
def country_of_word() -> dict[str, str]:
    table = {}
    for country, forms in COUNTRY_WORDS.items():
        for word in (country, *forms):
            table[word.lower()] = country
    return table

# Country names (not demonyms) that also name a place in text ("in the DRC", "in Gaza"): the
# `place` rows of country_words.csv.
PLACE_NAMES = rules().place_words()

# Powers whose forces are often reported abroad: their demonym does not tell where an event was
# (countries.csv, expeditionary).
EXPEDITIONARY = rules().countries_where("expeditionary")
