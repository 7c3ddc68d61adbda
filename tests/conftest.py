"""Shared fixtures: a real knowledge base built from knowledge/ into a temporary folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.knowledge.store import build

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"


@pytest.fixture(scope="session")
def kb_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("kb") / "knowledge.db"
    build(KNOWLEDGE, path)
    return path


@pytest.fixture(scope="session")
def engine(kb_path) -> Engine:
    return Engine.open(KNOWLEDGE, kb_path)


@pytest.fixture
def knowledge_copy(tmp_path) -> Path:
    """A private, editable copy of knowledge/ for tests that change data files."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target


from tests.telegram_fixtures import *  # noqa: E402, F403 - Telegram fixtures: botapi, telegram_engine, application
