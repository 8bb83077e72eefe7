"""Event typing: golden sentences written for eventwire, the article-level protest rule, passages."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.extract.typing import (
    RuleTyper, classify, passage_sentences, passage_type, rule_type, sentence_type, type_sentences,
)
from eventwire.records import SUB_EVENT_TO_TYPE

GOLDEN = Path(__file__).with_name("typing_golden.tsv")


def golden_cases() -> list:
    rows = [line.split("\t") for line in GOLDEN.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [pytest.param(text, None if sub == "NONE" else sub, id=ident) for text, sub, ident in rows]


@pytest.mark.parametrize("text, sub", golden_cases())
def test_golden_sentence(text, sub):
    assert sentence_type(text) == sub


def test_golden_cases_cover_every_sub_event_type():
    covered = {case.values[1] for case in golden_cases()}
    assert set(SUB_EVENT_TO_TYPE) <= covered


@pytest.mark.parametrize("text, reason", [
    pytest.param("There have been at least 66 attacks on the bases since October.", "non-event", id="aggregate"),
    pytest.param("The group claimed responsibility for the bombing.", "out of scope", id="claim"),
    pytest.param("An earthquake killed eight people and damaged 1,300 buildings.", "out of scope", id="disaster"),
    pytest.param("Officials met in the capital.", "no cue", id="nothing"),
    pytest.param("Rebels shelled the town.", "event", id="event"),
])
def test_classify_says_why(text, reason):
    assert classify(text).reason == reason


@pytest.mark.parametrize("text, sub", [
    pytest.param("Gunmen shot dead a police officer at a checkpoint.", "Armed clash", id="security-victim"),
    pytest.param("A police officer was shot dead by gunmen at a checkpoint.", "Armed clash", id="security-victim-passive"),
    pytest.param("Police shot dead two unarmed traders at the market.", "Attack", id="civilian-victims-of-police"),
    pytest.param("A farmer was killed by gunmen on his land.", "Attack", id="civilian-victim-passive"),
    pytest.param("Soldiers fired mortars and small arms at rebel positions.", "Armed clash", id="mixed-fire"),
    pytest.param("Soldiers fired mortars at rebel positions.", "Shelling/artillery/missile attack", id="heavy-fire-only"),
    pytest.param("Militants fired grenade launchers at army positions.", "Shelling/artillery/missile attack",
                 id="grenade-launcher-is-not-a-grenade"),
    pytest.param("Jets intercepted a drone over the northern desert.", "Disrupted weapons use", id="jets-intercept"),
    pytest.param("Residents protested against the killing of a farmer by gunmen.", "Peaceful protest",
                 id="violence-as-protest-topic"),
    pytest.param("A shoot-out took place in the neighbourhood overnight.", "Armed clash", id="took-place-is-not-territory"),
    pytest.param("Four people were killed and nine hurt in an attack on the bus depot.", "Attack",
                 id="crowd-as-victim-is-no-mob"),
    pytest.param("Villagers were killed as the flood waters rose.", None, id="passive-villagers-no-mob"),
    pytest.param("A crowd of villagers beat two men accused of theft.", "Mob violence", id="crowd-as-agent-is-a-mob"),
    pytest.param("A dozen fighter jets roared over the stadium during the ceremony.", None, id="aircraft-without-an-act"),
    pytest.param("Military helicopters were seen over the valley.", None, id="helicopters-seen"),
    pytest.param("Fighter jets pounded the hills above the town at dawn.", "Air/drone strike", id="aircraft-with-an-act"),
    pytest.param("Border police raided the farmhouse at night and left a summons for the owner.", None,
                 id="raid-with-no-one-hurt"),
    pytest.param("Soldiers searched the school and detained three teachers who led the strike.", "Arrests",
                 id="search-with-an-arrest"),
    pytest.param("Gunmen stormed the clinic and wounded a nurse.", "Attack", id="raid-with-harm"),
    pytest.param("Troops raided the camp and exchanged fire with local militants.", "Armed clash",
                 id="raid-with-a-firefight"),
    pytest.param("The deputy head of the regional farmers union was detained at his office.", "Arrests",
                 id="party-or-union-officer-detained"),
])
def test_roles_and_weapons_decide_the_type(text, sub):
    assert rule_type(text) == sub


def test_protest_followed_by_intervention_is_one_protest_with_intervention():
    sentences = ["Around 300 workers protested outside the factory over unpaid wages.",
                 "Police dispersed them and arrested twelve.",
                 "The workers said they would return on Monday."]
    assert type_sentences(sentences) == ["Protest with intervention", None, None]


def test_protest_followed_by_crowd_violence_is_a_violent_demonstration():
    sentences = ["Residents demonstrated against power cuts in the town centre.",
                 "They burned tyres and threw stones at passing cars."]
    assert type_sentences(sentences) == ["Violent demonstration", None]


def test_background_riots_do_not_make_a_protest_violent():
    sentences = ["Residents banged pots in a protest against freeing the convicts.",
                 "It was the second day of protests, after the riots in the prisons last week."]
    assert type_sentences(sentences)[0] == "Peaceful protest"


def test_other_events_after_a_protest_keep_their_type():
    sentences = ["Students marched to the ministry to demand reforms.",
                 "Separately, a roadside bomb exploded near the army base."]
    assert type_sentences(sentences) == ["Peaceful protest", "Remote explosive/landmine/IED"]


def test_passage_opening_with_a_claim_reports_no_event():
    assert passage_type("The group claimed responsibility for the attack. Gunmen killed nine guards at the post.") is None


def test_passage_takes_the_first_typed_sentence():
    assert passage_type("Officials gave no details. Rebels shelled the town at dawn.") == \
        "Shelling/artillery/missile attack"


def test_passages_are_cut_by_the_pipelines_own_splitter():
    """One splitter for the pipeline and the passage typer: "Dec. 15" and "the U.S. Navy" do not end
    a sentence (the passage typer's own splitter cut both, so a snippet was typed from fragments)."""
    assert passage_sentences('He left. "Then it exploded," she said. Done!') == \
        ["He left.", '"Then it exploded," she said.', "Done!"]
    assert passage_sentences("Police broke up the rally on Sunday, Dec. 15, 2019. The U.S. Navy said nothing.") == \
        ["Police broke up the rally on Sunday, Dec. 15, 2019.", "The U.S. Navy said nothing."]


def test_rule_typer_is_the_packaged_default():
    from eventwire.extract.typing import load_typer

    assert isinstance(load_typer(None), RuleTyper)


@pytest.mark.parametrize("text, sub", [
    pytest.param("Police dispersed them with tear gas.", "Protest with intervention", id="crowd-control"),
    pytest.param("They burned tyres and blocked the road.", "Violent demonstration", id="tyres"),
])
def test_follow_up_sentences_without_a_protest_word(text, sub):
    assert rule_type(text) == sub


@pytest.mark.parametrize("current, new, expected", [
    pytest.param("Peaceful protest", "Protest with intervention", True, id="intervention-up"),
    pytest.param("Violent demonstration", "Protest with intervention", False, id="no-downgrade"),
    pytest.param("Peaceful protest", "Excessive force against protesters", True, id="force-up"),
    pytest.param("Armed clash", "Air/drone strike", False, id="not-protest-family"),
])
def test_escalates(current, new, expected):
    from eventwire.extract.typing import escalates

    assert escalates(current, new) is expected


@pytest.mark.parametrize("text, sub", [
    pytest.param("Government troops and allied fighters captured the village of Tal Ward on Thursday.",
                 "Government regains territory", id="first-actor-is-the-subject"),
    pytest.param("An army spokesman said militants gained control of the base after days of fighting.",
                 "Non-state actor overtakes territory", id="reporting-clause-skipped"),
    pytest.param("The rebels were pushed back from their strongholds by the army.", "Government regains territory",
                 id="passive-loss"),
    pytest.param("Soldiers advanced into a rebel-held enclave and captured a village.", "Government regains territory",
                 id="compound-is-not-the-actor"),
])
def test_territory_goes_to_the_subject(text, sub):
    assert rule_type(text) == sub


@pytest.mark.parametrize("text, sub", [
    pytest.param("Thousands of retired soldiers rallied in the city centre and threatened to intensify their campaign.",
                 "Peaceful protest", id="threat-after-the-event-clause"),
    pytest.param("Iraqi protesters vowed to continue until their demands are met.", None, id="threat-only"),
    pytest.param("Firefighters are winning their battle to contain the wildfires near the coast.", None,
                 id="metaphorical-battle"),
    pytest.param("Dock workers went on an indefinite strike over unpaid wages.", "Peaceful protest", id="labour-strike"),
    pytest.param("The group launched a drone strike on the base at dawn.", "Air/drone strike", id="drone-strike"),
    pytest.param("Party activists burnt an effigy of the minister outside his office.", "Peaceful protest", id="effigy"),
    pytest.param("Engineers protested against the handling of power theft cases.", "Peaceful protest",
                 id="crime-word-in-a-protest"),
])
def test_clauses_metaphors_and_strikes(text, sub):
    assert rule_type(text) == sub


@pytest.mark.parametrize("text, sub", [
    pytest.param("Two people were arrested.", None, id="bare-arrest-after-another-event"),
    pytest.param("No injuries, detentions or arrests were reported.", None, id="no-arrests"),
    pytest.param("Police arrested three opposition activists at a cafe.", "Arrests", id="arrest-by-police"),
    pytest.param("Security services arrested several men suspected of smuggling arms.", "Arrests", id="arms-smuggling"),
    pytest.param("Gunmen raided the village, killed two farmers and abducted their children.", "Attack",
                 id="killing-outranks-abduction"),
    pytest.param("Militia members searched the forest for the abducted residents.", None, id="abducted-as-adjective"),
    pytest.param("Rebels dropped grenades from a drone on army positions.", "Air/drone strike", id="drone-dropped-grenade"),
])
def test_precision_rules(text, sub):
    assert rule_type(text) == sub


# --- the typing model named in the settings (EVENTWIRE_MODEL / --model PATH) ------------------------

def _tiny_model(tmp_path, swapped: bool = False) -> Path:
    """A model trained here; `swapped` labels protests as clashes, so its use shows in the output."""
    from eventwire.extract.model import TrainingSet, TypingModel

    texts = ["Soldiers clashed with rebels near the crossing.", "Troops fought rebel fighters in the hills.",
             "Teachers protested outside the ministry over pay.", "Nurses held a protest march over wages."]
    labels = ["Armed clash", "Armed clash", "Peaceful protest", "Peaceful protest"]
    if swapped:
        labels = labels[::-1]
    return TypingModel.fit(TrainingSet(texts, labels), source="tiny").save(tmp_path / "typing.pkl")


def test_extractor_load_keeps_the_settings_model_and_nothing_else_changes(tmp_path):
    from eventwire.extract import Extractor
    from eventwire.extract.model import TypingModel
    from eventwire.records import Article
    from eventwire.settings import Settings

    text = "Hundreds of teachers protested outside the ministry on Monday over unpaid pay."
    article = Article(id="t", text=text, content_hash=Article.hash_text(text))
    with_model = Extractor.load(Settings(model=_tiny_model(tmp_path, swapped=True)))
    packaged = Extractor.load(Settings())
    assert isinstance(with_model.typer, TypingModel) and isinstance(packaged.typer, RuleTyper)
    # each extractor types with its own model, whichever was loaded last
    assert [g.sub for g in with_model.detect(article).groups] == ["Armed clash"]
    assert [g.sub for g in packaged.detect(article).groups] == ["Peaceful protest"]
    assert sentence_type(text) == "Peaceful protest"  # the module function is always the packaged rules


def test_a_missing_model_fails_once_naming_the_path(tmp_path):
    from eventwire.errors import ModelError
    from eventwire.extract import Extractor
    from eventwire.settings import Settings

    missing = tmp_path / "nowhere.pkl"
    with pytest.raises(ModelError, match="nowhere.pkl"):
        Extractor.load(Settings(model=missing))


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_model_option_with_a_bad_file_is_one_clear_error(tmp_path, command):
    from typer.testing import CliRunner

    from eventwire.cli import app

    article = tmp_path / "a.txt"
    article.write_text("Rebels shelled the town on Monday.", encoding="utf-8")
    bad = tmp_path / "bad.pkl"
    bad.write_bytes(b"not a model")
    extra = ["--db", str(tmp_path / "x.db")] if command == "ingest" else []
    result = CliRunner().invoke(app, [command, str(article), "--model", str(bad), *extra])
    assert result.exit_code == 2
    assert "bad.pkl" in result.output and "discarded" not in result.output


def test_extract_command_uses_the_model_option(tmp_path):
    from typer.testing import CliRunner

    from eventwire.cli import app

    article = tmp_path / "a.txt"
    article.write_text("Hundreds of teachers protested outside the ministry on Monday over unpaid pay.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--model", str(_tiny_model(tmp_path, swapped=True)),
                                      "--format", "jsonl", "-q"])
    assert result.exit_code == 0, result.output
    assert '"sub_event_type": "Armed clash"' in result.output  # the swapped model's answer, not the rules'


@pytest.mark.parametrize("text, has_cue", [
    ("Gunmen killed two farmers.", True),
    ("Thousands took to the streets.", True),
    ("A human chain formed along the highway.", True),
    ("Rebels laid down their arms.", True),
    ("Defence officials met in Geneva.", True),
    ("The weather was mild and sunny all week.", False),
    ("Shareholders approved the quarterly dividend.", False),
])
def test_any_cue_gate_finds_word_stems_anywhere_in_a_word_start(text, has_cue):
    from eventwire.extract import cues

    assert bool(cues.ANY_CUE.search(text)) is has_cue


def test_any_cue_stems_match_only_at_word_starts():
    from eventwire.extract import cues

    assert "kill" in cues.ANY_CUE_STEMS
    assert cues.ANY_CUE.search("skill") is None          # "kill" inside a word is no cue
    assert cues.ANY_CUE.search("KILLED").group(0).lower() == "kill"


def test_casualties_with_no_cause_after_a_protest_are_the_protests():
    sentences = ["Several thousand students protested outside the ministry, demanding lower fees.",
                 "By the evening, 40 people had been injured."]
    assert type_sentences(sentences) == ["Peaceful protest", None]


def test_casualties_with_a_cause_after_a_protest_are_their_own_event():
    sentences = ["Several thousand students protested outside the ministry, demanding lower fees.",
                 "Elsewhere in the city, gunmen killed two shopkeepers."]
    assert type_sentences(sentences)[1] == "Attack"


@pytest.mark.parametrize("text, sub", [
    ("Thousands marched through the capital on Sunday; there were no clashes with police.", "Peaceful protest"),
    ("The teachers' rally outside the ministry ended without violence on Friday.", "Peaceful protest"),
    ("Two men abducted a trader outside his shop in the town, and there were no protests or riots afterwards.",
     "Abduction/forced disappearance"),
    ("Shops reopened in the old city on Monday and there was no fighting overnight.", None),
])
def test_what_the_sentence_says_did_not_happen_does_not_type_it(text, sub):
    """"no clashes", "without violence": a negated event noun is no cue, the rest of the sentence decides."""
    assert classify(text).sub_event_type == sub


def test_recruits_in_training_are_no_change_to_a_group():
    """"Recruits" the noun (a training school's) is no recruitment drive; "recruited fighters" is one."""
    assert classify("The three had been in military training and graduated from the Recruits Training School in March.").sub_event_type is None
    assert classify("The militia recruited dozens of teenagers in the district last month.").sub_event_type == \
        "Change to group/activity"


@pytest.mark.parametrize("text, sub", [
    ("Gunmen on motorbikes stormed the village of Bakura late on Sunday and abducted at least 30 people.",
     "Abduction/forced disappearance"),
    ("Militants stormed the village before dawn and killed six farmers.", "Attack"),
    ("Rebels stormed the town on Sunday and raised their flag over the governor's office.",
     "Non-state actor overtakes territory"),
    ("In February, gunmen seized more than 300 schoolgirls from a boarding school in Jangebe.",
     "Abduction/forced disappearance"),
])
def test_a_raid_on_a_village_is_typed_by_what_was_done_to_its_people(text, sub):
    """"Stormed the village and abducted 30": a raid, not a capture of territory; "seized 300
    schoolgirls": an abduction."""
    assert classify(text).sub_event_type == sub



def test_the_crime_a_suspect_is_held_for_is_no_looting_that_happened():
    """"Detained two men accused of looting shops": an arrest, not a looting told."""
    assert classify("Police detained two men accused of looting shops in Kismayo on Monday.").sub_event_type == "Arrests"
    assert classify("Gunmen looted shops in Kismayo on Monday.").sub_event_type == "Looting/property destruction"
