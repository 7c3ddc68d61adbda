"""Each library stays in its layer, and the engine knows nothing of Telegram."""

import ast

import pytest

from tests.conftest import ROOT

ALLOWED = {
    "telegram": {"telegram_app.py", "render.py", "update_order.py"},
    "sqlite_utils": {"db.py"},
    "rapidfuzz": {"matcher.py", "understanding/lexicon.py"},
    "matplotlib": {"chart.py"},
}


def imports(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("library, modules", sorted(ALLOWED.items()))
def test_library_is_imported_only_in_its_layer(library, modules):
    users = {
        p.relative_to(ROOT / "bot").as_posix() for p in (ROOT / "bot").rglob("*.py") if library in imports(p)
    }
    assert users <= modules


def test_engine_side_never_imports_the_telegram_layer():
    telegram_side = {"telegram_app", "render", "chart", "group_limit"}
    engine_side = ["engine.py", "matcher.py", "knowledge.py", "db.py", "answer.py"]
    engine_side += [p.relative_to(ROOT / "bot").as_posix() for p in (ROOT / "bot").glob("understanding/*.py")]
    engine_side += [p.relative_to(ROOT / "bot").as_posix() for p in (ROOT / "bot").glob("answering/*.py")]
    for name in engine_side:
        source = (ROOT / "bot" / name).read_text(encoding="utf-8")
        assert not any(f"bot.{t}" in source or f"import {t}" in source for t in telegram_side), name


def test_runtime_package_never_imports_tools():
    for path in (ROOT / "bot").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        modules |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        # cli.py reaches tools/ only inside the bench command, which is not the product.
        assert path.name == "cli.py" or not {m for m in modules if m.split(".")[0] == "tools"}, path.name


def test_understanding_never_imports_answering():
    # The flow runs one way: text -> frame -> answer; nothing flows back up.
    for path in (ROOT / "bot" / "understanding").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        assert not {m for m in modules if m.startswith(("bot.answering", "bot.engine"))}, path.name
