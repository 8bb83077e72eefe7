"""The per-article stages: what each requires is assigned earlier, every field has one writer,
and the order is checked before any article is read."""

from __future__ import annotations

import pytest

from eventwire.stages import Stage, StageOrderError, check_stages, extraction_stages


def noop(doc) -> None:
    return None


def test_the_extraction_stages_are_in_a_valid_order():
    stages = extraction_stages(extractor=None, geocoder=None)
    check_stages(stages)
    assert [s.name for s in stages] == ["detect", "tag", "code", "scope", "place", "recode", "split"]
    assert [s.name for s in stages if s.batch] == ["tag"]


def test_places_come_before_actors_are_coded_again_and_the_split_is_last():
    names = [s.name for s in extraction_stages(None, None)]
    assert names.index("code") < names.index("scope") < names.index("place")  # nothing out of scope is geocoded
    assert names.index("place") < names.index("recode") < names.index("split") == len(names) - 1


def test_a_stage_that_reads_what_no_earlier_stage_sets_is_refused():
    stages = extraction_stages(None, None)
    swapped = [stages[0], stages[2], stages[1], *stages[3:]]  # code before tag
    with pytest.raises(StageOrderError, match="'code' requires \\['entities'\\]"):
        check_stages(swapped)


def test_two_writers_of_one_field_are_refused():
    stages = [*extraction_stages(None, None), Stage("again", ("events",), ("mentions",), noop)]
    with pytest.raises(StageOrderError, match="'again' assigns 'mentions', which 'scope' already sets"):
        check_stages(stages)


def test_an_unknown_field_is_refused():
    with pytest.raises(StageOrderError, match="does not have"):
        check_stages([Stage("scope", ("article",), ("modality",), noop)])
