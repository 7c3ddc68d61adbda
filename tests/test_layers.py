"""Each library stays in its layer, and the engine knows nothing of Telegram."""

import ast

import pytest

from tests.conftest import ROOT

ALLOWED = {
    "telegram": {"telegram_app.py", "render.py", "echo_bot.py", "update_order.py"},
    "sqlite_utils": {"db.py"},
    "rapidfuzz": {"matcher.py"},
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
    users = {p.name for p in (ROOT / "bot").glob("*.py") if library in imports(p)}
    assert users <= modules


def test_engine_side_never_imports_the_telegram_layer():
    telegram_side = {"telegram_app", "render", "chart", "group_limit"}
    for name in ("engine", "understand", "matcher", "knowledge", "db", "answer", "wording"):
        source = (ROOT / "bot" / f"{name}.py").read_text(encoding="utf-8")
        assert not any(f"bot.{t}" in source or f"import {t}" in source for t in telegram_side), name
