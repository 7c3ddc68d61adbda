"""Each library stays in its layer, and the engine knows nothing of Telegram."""

import ast

import pytest

from tests.conftest import ROOT

ALLOWED = {
    "telegram": {"chat_app/"},  # a folder: any module of the Telegram subpackage
    "sqlite_utils": {"knowledge/store.py"},
    "rapidfuzz": {"matcher.py", "understanding/lexicon.py"},
    "matplotlib": {"chat_app/chart.py"},  # and tools/eval_plots.py, outside the package
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
    outside = {
        u for u in users if u not in modules and not any(u.startswith(m) for m in modules if m.endswith("/"))
    }
    assert not outside


def modules_imported(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    return modules | {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}


def test_engine_side_never_imports_the_telegram_layer():
    # cli.py is the front door: its `run` command starts the Telegram layer.
    engine_side = [
        p for p in (ROOT / "bot").rglob("*.py") if "chat_app" not in p.parts and p.name != "cli.py"
    ]
    for path in engine_side:
        assert not {m for m in modules_imported(path) if m.startswith("bot.chat_app")}, path.name


def test_runtime_package_never_imports_tools():
    for path in (ROOT / "bot").rglob("*.py"):
        modules = modules_imported(path)
        # cli.py reaches tools/ only inside the bench command, which is not the product.
        assert path.name == "cli.py" or not {m for m in modules if m.split(".")[0] == "tools"}, path.name


def test_understanding_never_imports_answering():
    # The flow runs one way: text -> frame -> answer; nothing flows back up.
    for path in (ROOT / "bot" / "understanding").glob("*.py"):
        modules = modules_imported(path)
        assert not {m for m in modules if m.startswith(("bot.answering", "bot.engine"))}, path.name
