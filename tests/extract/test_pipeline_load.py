"""Which spaCy components extraction loads: only the entity recogniser and what it listens to."""

from __future__ import annotations

from eventwire.extract import PIPELINE_COMPONENTS, Extractor, unused_components
from eventwire.settings import Settings

LISTENING_NER = """
[nlp]
lang = "en"
pipeline = ["tok2vec","tagger","parser","ner"]

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tagger]
factory = "tagger"

[components.parser]
factory = "parser"

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = 96
upstream = "{upstream}"
"""


def test_packaged_model_loads_without_tagger_parser_or_lemmatizer():
    model = Settings().spacy_model
    unused = unused_components(model)
    assert {"tagger", "parser", "lemmatizer"} <= set(unused)
    assert not set(PIPELINE_COMPONENTS) & set(unused)
    assert Extractor.load(Settings()).nlp.pipe_names == list(PIPELINE_COMPONENTS)


def test_a_component_the_recogniser_listens_to_is_kept(tmp_path):
    (tmp_path / "config.cfg").write_text(LISTENING_NER.replace("{upstream}", "tok2vec"), encoding="utf-8")
    assert unused_components(str(tmp_path)) == ["tagger", "parser"]


def test_a_wildcard_listener_keeps_every_component(tmp_path):
    (tmp_path / "config.cfg").write_text(LISTENING_NER.replace("{upstream}", "*"), encoding="utf-8")
    assert unused_components(str(tmp_path)) == []


def test_an_unreadable_model_excludes_nothing(tmp_path):
    assert unused_components(str(tmp_path / "missing")) == []
    assert unused_components("no_such_spacy_package") == []
