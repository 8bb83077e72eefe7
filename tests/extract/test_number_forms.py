"""How casualty counts are written: one test per number form (sentences written for these tests).

ACLED's fatality rules (../shared/notes/acled-conventions.md): reported deaths, the conservative
figure; "tens" 10, "dozens" 12, "hundreds" 100; a plural with no number is unknown, coded 0.
"""

from __future__ import annotations

import pytest

from eventwire.extract.casualties import extract_casualties, is_vague
from eventwire.extract.sentences import split_sentences


def _one(text: str):
    (sentence,) = split_sentences(text)
    return extract_casualties(sentence)


def _deaths(text: str) -> int:
    return _one(text).fatalities


# --- spelled-out and compound numbers --------------------------------------------------------------

@pytest.mark.parametrize("text,deaths", [
    ("Fifty-one people were killed when gunmen stormed the market.", 51),
    ("Gunmen killed twenty-three villagers overnight.", 23),
    ("Twenty three soldiers died in the ambush near the border.", 23),
    ("Ninety-nine fighters were killed in a week of clashes around the town.", 99),
    ("One hundred and twelve people were killed in the fighting for the city.", 112),
    ("The air strikes killed two hundred and five people in the camp.", 205),
    ("A hundred civilians died when the shelling hit the shelter.", 100),
    ("A dozen villagers were killed by the raiders.", 12),
    ("Two dozen fighters were killed in the clashes.", 24),
    ("Half a dozen guards were killed at the gate.", 6),
    ("The rebels said they had killed thirty-four soldiers in the assault.", 34),
    ("Forty-Two police officers were killed in the coordinated attacks.", 42),
], ids=["hyphenated-capitalised", "hyphenated-after-verb", "two-words", "ninety-nine", "hundred-and",
        "hundreds-after-verb", "a-hundred", "a-dozen", "two-dozen", "half-a-dozen", "after-verb-in-claim",
        "capitalised-second-part"])
def test_compound_number_words_read_as_their_value(text, deaths):
    assert _deaths(text) == deaths


def test_compound_numbers_keep_deaths_and_injuries_apart():
    c = _one("The blast killed thirty-four people and injured sixty-one others.")
    assert (c.fatalities, c.injuries) == (34, 61)


def test_a_listed_count_in_compound_words_adds_up():
    assert _deaths("Twenty-one soldiers and four civilians were killed in the ambush.") == 25


def test_a_compound_number_is_not_vague():
    (sentence,) = split_sentences("Fifty-one people were killed in the attack.")
    assert not is_vague(sentence)


# --- words for dying -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,deaths", [
    ("Four protesters were martyred by the security forces on Friday.", 4),
    ("Seven fighters perished in the assault on the base.", 7),
    ("Nine soldiers lost their lives in the ambush.", 9),
    ("Five policemen were slain in the raid on the station.", 5),
    ("Three soldiers succumbed to wounds sustained in the attack.", 3),
    ("A soldier succumbed to his injuries in hospital on Sunday.", 1),
    ("Two of the wounded later succumbed to their wounds.", 2),
    ("Two of the injured later died in hospital.", 2),
], ids=["martyred", "perished", "lost-their-lives", "were-slain", "succumbed-to-wounds",
        "succumbed-to-his-injuries", "wounded-succumbed", "injured-later-died"])
def test_words_for_dying_read_as_killed(text, deaths):
    assert _deaths(text) == deaths


def test_succumbing_to_injuries_is_a_death_not_an_injury():
    c = _one("A soldier succumbed to his injuries in hospital on Sunday.")
    assert (c.fatalities, c.injuries) == (1, None)


# --- a subtotal inside a total is not added -------------------------------------------------------

@pytest.mark.parametrize("text,deaths", [
    ("12 people were killed, including three children.", 12),
    ("Militants attacked the village, killing 7: four soldiers and three civilians.", 7),
    ("Seven people, including four soldiers, were killed.", 7),
    ("The bomb killed eleven people, among them seven civilians and four soldiers.", 11),
    ("Ten people were killed: six soldiers and four civilians.", 10),
    ("Three soldiers and two civilians were among the 5 killed.", 5),
    ("A total of nine people were killed, five of them soldiers.", 9),
], ids=["including", "colon-list-after-verb", "including-between-commas", "among-them", "colon-list",
        "among-the-total", "of-them"])
def test_a_subtotal_is_part_of_the_total(text, deaths):
    assert _deaths(text) == deaths


# --- the death toll --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,deaths", [
    ("The death toll rose to seven.", 7),
    ("The death toll from Sunday's attack on the market rose to seven.", 7),
    ("The death toll has risen to forty-five, officials said.", 45),
    ("Two more people died in hospital, bringing the death toll to 12.", 12),
    ("Three wounded men died overnight, raising the toll to nine.", 9),
], ids=["rose-to", "long-subject", "has-risen", "bringing-the-toll", "raising-the-toll"])
def test_the_death_toll_is_the_count(text, deaths):
    assert _deaths(text) == deaths


# --- vague counts ----------------------------------------------------------------------------------
# The conventions note gives "tens", "dozens" and "hundreds" values and says a plural with no number
# is unknown (0); it gives no value for "several" or "a number of", so their existing reading (3,
# marked vague so a precise count elsewhere wins) is kept.

@pytest.mark.parametrize("text,deaths,vague", [
    ("Several people were killed in the attack.", 3, True),
    ("A number of soldiers were killed in the ambush.", 3, True),
    ("Dozens of people were killed in the raid.", 12, True),
    ("Tens of people were killed in the raid.", 10, True),
    ("Hundreds of people died in the siege.", 100, True),
    ("Fighters were killed in the clashes.", 0, False),
], ids=["several", "a-number-of", "dozens", "tens", "hundreds", "bare-plural"])
def test_vague_counts(text, deaths, vague):
    (sentence,) = split_sentences(text)
    assert extract_casualties(sentence).fatalities == deaths
    assert is_vague(sentence) is vague


# --- deaths an event's crowd is angry about are not its own ----------------------------------------

@pytest.mark.parametrize("text", [
    "A large crowd camped outside the embassy, angry at air strikes that killed 25 fighters.",
    "Hundreds of students protested on Monday against the killing of three classmates.",
    "Residents blocked the highway in protest over the shooting that killed two farmers.",
    "Protests outside the ministry began on Monday after air strikes on the militia killed 25 people.",
], ids=["angry-at", "protested-against-the-killing", "in-protest-over", "protests-began-after"])
def test_deaths_a_crowd_protests_are_not_counted(text):
    assert _deaths(text) == 0


def test_deaths_in_the_event_itself_still_count_beside_a_protest_cue():
    assert _deaths("Police killed two protesters who were demonstrating against the new law.") == 2


def test_deaths_after_a_protest_in_another_clause_still_count():
    assert _deaths("Thousands protested against the government and police shot dead three of them.") == 3


def test_a_crowd_that_kills_after_a_cause_keeps_its_own_count():
    assert _deaths("After the verdict, rioters attacked the police station, killing two officers.") == 2


def test_the_month_march_is_no_protest_march_whose_deaths_belong_elsewhere():
    from eventwire.extract.casualties import extract_casualties
    from eventwire.extract.sentences import split_sentences

    sentence = split_sentences("A car bomb at a market in Herat on 3 March killed nine people.")[0]
    assert extract_casualties(sentence).fatalities == 9
    relative = split_sentences("Mourners recalled the bombing of a market in Herat on 3 March that killed nine people.")[0]
    assert extract_casualties(relative).fatalities == 9


# --- bodies found and pairs of victims -------------------------------------------------------------

@pytest.mark.parametrize("text,deaths", [
    ("Villagers came upon the body of a man with gunshot wounds beside the road to Tula.", 1),
    ("Farmers found the charred body of an elderly woman near the village well.", 1),
    ("A herder's body was found in a ditch outside Gombe.", 1),
    ("The bodies of three abducted traders were recovered from the river.", 3),
    ("A shopkeeper and his son were killed when gunmen opened fire on the shop.", 2),
    ("Troops killed a suspected rebel commander and his son at a checkpoint.", 2),
    ("A soldier opened fire on a family, killing the father and a son.", 2),
    ("Gunmen killed a trader and his sons in the market.", 1),  # the trader; how many sons: unknown
    ("The police found the body.", 0),  # which body, whose death: counted where the death was told
    ("A body of experts will review the findings.", 0),
], ids=["body-of-a-man", "charred-body", "possessive-body", "bodies-of-three", "victim-and-relative",
        "active-pair", "father-and-a-son", "sons-unknown", "the-body", "body-of-experts"])
def test_a_body_found_is_a_death_and_a_victim_named_with_a_relative_is_two(text, deaths):
    assert _deaths(text) == deaths


@pytest.mark.parametrize("text,deaths", [
    ("Relatives of a patient who died after surgery demonstrated outside the clinic in Multan.", 0),
    ("Students rallied in Lagos against the death of a classmate killed by police.", 0),
    ("A protest was held by the family of a guard who was shot dead in an accident.", 0),
    ("Mourners marched at the funeral of a man who was killed by soldiers.", 0),
    ("Police fired on the protesters, killing two of them.", 2),
], ids=["relatives-of", "death-of", "family-of", "funeral-of", "protesters-killed"])
def test_the_dead_a_crowd_mourns_or_protests_are_not_its_casualties(text, deaths):
    assert _deaths(text) == deaths


# --- "no one" is nobody ------------------------------------------------------------------------

@pytest.mark.parametrize("text,deaths,injuries", [
    ("No one was killed, but two guards were wounded.", 0, 2),
    ("No one was hurt because the families had left the village.", 0, None),
    ("Not one of the passengers was injured when the bus was shot at.", 0, None),
    ("One policeman was killed and no one else was hurt.", 1, None),
], ids=["no-one-killed", "no-one-hurt", "not-one-injured", "one-then-no-one-else"])
def test_no_one_is_no_casualty(text, deaths, injuries):
    found = extract_casualties(split_sentences(text)[0])
    assert (found.fatalities, found.injuries) == (deaths, injuries)
