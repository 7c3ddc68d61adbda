"""The documentation keeps up with the program, in the spirit of sqlite-utils' tests/test_docs.py:
every command, subcommand and option of `python -m bot` is in docs/commands.md, every setting that
bot/config.py reads is in its settings and in .env.example, every page of docs/ is linked from the
README, and every relative link points at a file (and heading) that exists. Each missing item is a
failure of its own."""

import argparse
import ast
import re
from pathlib import Path

import pytest

from bot import config
from bot.cli import make_parser
from tests.conftest import ROOT

README = ROOT / "README.md"
DOCS = ROOT / "docs"
COMMANDS = DOCS / "commands.md"
PAGES = sorted(DOCS.glob("*.md"))


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def subcommands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()):
    """(words after `python -m bot`, parser) for every command and subcommand, nested ones too."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*words, name), sub
                yield from subcommands(sub, (*words, name))


PARSER = make_parser()
COMMAND_PARSERS = dict(subcommands(PARSER))
OPTIONS = [
    (" ".join(words) or "(every command)", option)
    for words, parser in [((), PARSER), *COMMAND_PARSERS.items()]
    for option in parser._option_string_actions
    if option.startswith("--") and option != "--help"
]


def settings_read() -> list[str]:
    """The names load_settings reads: the first argument of every get("NAME") or whole("NAME", ...)."""
    tree = ast.parse(Path(config.__file__).read_text(encoding="utf-8"))
    load = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "load_settings")
    names = [
        call.args[0].value
        for call in ast.walk(load)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id in ("get", "whole")
        and call.args
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
    ]
    return sorted(set(names))


SETTINGS = settings_read()


def section(text: str, heading: str) -> str:
    """The text under `## heading`, up to the next heading of that level or above."""
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^#{{1,2}} |\Z)", text, re.MULTILINE | re.DOTALL)
    assert match, f"no '## {heading}' section"
    return match.group(1)


def test_the_parser_and_config_are_read():
    assert {"ask", "chat", "kb", "run"} <= {words[0] for words in COMMAND_PARSERS}
    assert ("kb", "draft") in COMMAND_PARSERS
    assert {"TELEGRAM_BOT_TOKEN", "KNOWLEDGE_DB", "BOT_GROUP_LIMIT", "MAIN_SUBJECT"} <= set(SETTINGS)


@pytest.mark.parametrize("words", [" ".join(words) for words in COMMAND_PARSERS])
def test_command_is_documented(words):
    assert f"`python -m bot {words}" in read(COMMANDS)


@pytest.mark.parametrize("command, option", OPTIONS)
def test_option_is_documented(command, option):
    assert re.search(rf"(?<![\w-]){option}(?![\w-])", read(COMMANDS))


@pytest.mark.parametrize("name", SETTINGS)
def test_setting_is_documented(name):
    assert f"`{name}`" in section(read(COMMANDS), "Settings")


@pytest.mark.parametrize("name", SETTINGS)
def test_setting_is_in_env_example(name):
    assert re.search(rf"^(# )?{name}=", read(ROOT / ".env.example"), re.MULTILINE)


@pytest.mark.parametrize("page", [page.name for page in PAGES])
def test_docs_page_is_linked_from_the_readme(page):
    assert f"](docs/{page})" in section(read(README), "Read next")


def test_readme_is_a_front_page():
    readme = read(README)
    headings = re.findall(r"^## (.+)$", readme, re.MULTILINE)
    assert headings == ["Quick start", "A sample session", "Read next"]
    assert "python -m bot" in section(readme, "Quick start")


def headings(text: str) -> set[str]:
    """The anchors GitHub makes for a page's headings (code blocks left out)."""
    prose = re.sub(r"^```.*?^```", "", text, flags=re.MULTILINE | re.DOTALL)
    return {
        re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        for heading in re.findall(r"^#+ (.+)$", prose, re.MULTILINE)
    }


def links():
    for page in [README, *PAGES]:
        for target in dict.fromkeys(re.findall(r"\]\(([^)\s]+)\)", read(page))):
            if not re.match(r"^[a-z]+:", target):
                yield pytest.param(page, target, id=f"{page.relative_to(ROOT)}->{target}")


@pytest.mark.parametrize("page, target", list(links()))
def test_relative_link_points_at_something(page, target):
    path, _, anchor = target.partition("#")
    linked = (page.parent / path).resolve() if path else page
    assert linked.exists(), f"{target}: no such file"
    if anchor:
        assert anchor in headings(read(linked)), f"{target}: no such heading"
