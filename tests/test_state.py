"""Chat data on SQLite across restarts: one row per chat, a bad row or file costs only itself."""

import sqlite3

import pytest

from bot.chat_app.context import ChatData
from bot.chat_app.state import ChatState, StateError
from bot.engine import Engine


async def test_chat_state_keeps_conversations_across_instances(tmp_path, engine: Engine):
    first = ChatState(tmp_path / "state.db")
    data = ChatData()
    engine.answer("how many phones did xiaomi sell in 2013?", data.conversation((0, 42)))
    await first.update_chat_data(-100, data)
    await first.update_chat_data(-200, ChatData())
    await first.drop_chat_data(-200)
    await first.flush()
    chats = await ChatState(tmp_path / "state.db").get_chat_data()
    assert list(chats) == [-100]
    assert "61 million" in engine.answer("and 2014?", chats[-100].conversation((0, 42))).text


async def test_chat_state_skips_a_row_that_no_longer_loads(tmp_path, caplog):
    state = ChatState(tmp_path / "state.db")
    await state.update_chat_data(1, ChatData())
    state._db.execute("INSERT INTO chats VALUES (2, ?)", (b"written by another version",))
    assert list(await state.get_chat_data()) == [1]
    assert "chat 2 does not load" in caplog.text


def test_chat_state_sets_an_unreadable_file_aside(tmp_path, caplog):
    (tmp_path / "state.db").write_bytes(b"not a database at all" * 100)
    ChatState(tmp_path / "state.db")
    assert (tmp_path / "state.db.unreadable").is_file()
    assert sqlite3.connect(tmp_path / "state.db").execute("SELECT count(*) FROM chats").fetchone() == (0,)
    assert "moved to state.db.unreadable" in caplog.text


def test_chat_state_that_cannot_be_written_is_one_clear_error(tmp_path):
    (tmp_path / "blocked").write_text("a file where the folder should be")
    with pytest.raises(StateError, match="cannot open the bot state"):
        ChatState(tmp_path / "blocked" / "state.db")


async def test_chat_state_stores_the_snapshot_persistence_takes(tmp_path, engine: Engine):
    # python-telegram-bot deep-copies chat data before writing it out: the copy is the pickle.
    import copy

    data = ChatData()
    engine.answer("how many phones did xiaomi sell in 2013?", data.conversation((0, 42)))
    snapshot = copy.deepcopy(data)
    engine.answer("and 2014?", data.conversation((0, 42)))  # after the snapshot: not in it
    state = ChatState(tmp_path / "state.db")
    await state.update_chat_data(-100, snapshot)
    (stored,) = (await state.get_chat_data()).values()
    assert stored.conversation((0, 42)).turns == 1
