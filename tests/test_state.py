"""Chat data on SQLite across restarts: one row per chat, a bad row or file costs only itself."""

import pickle
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
    greeted = ChatData()
    greeted.greeted = True
    await state.update_chat_data(1, greeted)
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


async def test_chat_state_a_locked_file_is_never_thrown_away(tmp_path, engine: Engine):
    path = tmp_path / "state.db"
    data = ChatData()
    engine.answer("how many phones did xiaomi sell in 2013?", data.conversation((0, 42)))
    first = ChatState(path)
    await first.update_chat_data(1, data)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another process holds it for a moment
    try:
        ChatState(path, busy_timeout=0.1)
    finally:
        holder.execute("ROLLBACK")
    assert not (tmp_path / "state.db.unreadable").exists()
    assert list(await ChatState(path).get_chat_data()) == [1]


async def test_chat_state_keeps_no_row_for_a_chat_never_asked(tmp_path, engine: Engine):
    state = ChatState(tmp_path / "state.db")
    asked = ChatData()
    engine.answer("how many phones did xiaomi sell in 2013?", asked.conversation((0, 42)))
    await state.update_chat_data(1, asked)
    await state.update_chat_data(2, ChatData())
    assert list(await state.get_chat_data()) == [1]
    await state.update_chat_data(1, ChatData())  # forgotten since (the bot was removed, say)
    assert await state.get_chat_data() == {}


def test_chat_data_stored_by_an_older_version_gains_what_it_lacked(engine: Engine):
    data = ChatData()
    engine.answer("how many phones did xiaomi sell in 2013?", data.conversation((0, 42)))
    del data.greeted  # as if written before the bot kept it
    back = pickle.loads(pickle.dumps(data))
    assert back.greeted is False and back.conversation((0, 42)).turns == 1
