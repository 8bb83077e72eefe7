"""The README stays honest: every command and every setting is documented there."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from eventwire.cli import app
from eventwire.settings import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def command_names(typer_app: typer.Typer, prefix: str = "") -> list[str]:
    names = [prefix + (cmd.name or cmd.callback.__name__).replace("_", "-")
             for cmd in typer_app.registered_commands]
    for group in typer_app.registered_groups:
        names += command_names(group.typer_instance, prefix + group.name + " ")
    return names


@pytest.mark.parametrize("name", command_names(app))
def test_every_command_is_in_the_readme(name):
    assert f"eventwire {name}" in README


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_every_setting_is_in_the_readme(field):
    assert f"EVENTWIRE_{field.upper()}" in README
