"""Chat data kept across restarts: python-telegram-bot persistence on a SQLite file.

One row per chat, so writing out the chats that changed costs one small write each (a pickle
file is rewritten whole for every chat, which made a busy bot's shutdown take seconds). A row
that no longer loads (written by another version of the bot) is skipped with a warning: that
chat starts afresh, the others keep their conversations.
"""

from __future__ import annotations

import logging
import pickle
import sqlite3
from pathlib import Path
from typing import Any

from telegram.ext import BasePersistence, PersistenceInput

from bot.chat_app.context import BotData, ChatData

log = logging.getLogger(__name__)

FLUSH_SECONDS = 30  # changed chats are written out this often, and at shutdown
BUSY_TIMEOUT = 5.0  # seconds to wait for a state file another process holds
SCHEMA = "CREATE TABLE IF NOT EXISTS chats (chat_id INTEGER PRIMARY KEY, data BLOB NOT NULL)"


class StateError(Exception):
    """The state file cannot be opened: one line, for the operator."""


SQLITE_HEADER = b"SQLite format 3\x00"


def is_database(path: Path) -> bool:
    """Whether `path` is missing or empty (a new one is made) or starts as every SQLite file does.
    A locked database is still a database: it is reported, never set aside."""
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return True
    return not head or head == SQLITE_HEADER


def open_state(path: Path, busy_timeout: float = BUSY_TIMEOUT) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=busy_timeout, check_same_thread=False, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # with WAL, a crash loses at most the last writes
        db.execute(SCHEMA)
    except sqlite3.Error:
        db.close()
        raise
    return db


class ChatState(BasePersistence[dict, ChatData, BotData]):
    """Stores chat data only: the bot's own data is rebuilt at start-up, users have none.

    The file is pickled data: whoever can write it can make the bot run code, so it belongs in the
    bot's own folder (`data/`, readable and writable by the bot's user only)."""

    def __init__(
        self, path: Path, update_interval: float = FLUSH_SECONDS, busy_timeout: float = BUSY_TIMEOUT
    ):
        super().__init__(
            store_data=PersistenceInput(bot_data=False, chat_data=True, user_data=False, callback_data=False),
            update_interval=update_interval,
        )
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not is_database(self.path):  # cut short or overwritten: set aside, never lost
                aside = self.path.with_name(self.path.name + ".unreadable")
                log.warning("bot state %s is not a database: moved to %s, starting afresh", path, aside.name)
                self.path.replace(aside)
            self._db = open_state(self.path, busy_timeout)
        except (OSError, sqlite3.Error) as error:
            raise StateError(f"cannot open the bot state {self.path}: {error}") from error

    async def get_chat_data(self) -> dict[int, ChatData]:
        chats = {}
        for chat_id, blob in self._db.execute("SELECT chat_id, data FROM chats"):
            try:
                data = pickle.loads(blob)
            except Exception as error:  # any unpickling failure: that chat starts afresh
                log.warning("bot state of chat %s does not load (%s): it starts afresh", chat_id, error)
                continue
            if isinstance(data, ChatData):
                chats[chat_id] = data
        return chats

    async def update_chat_data(self, chat_id: int, data: ChatData) -> None:
        if data.is_empty:  # a chat seen but never asked: nothing to keep
            self._db.execute("DELETE FROM chats WHERE chat_id = ?", (chat_id,))
            return
        try:
            blob = pickle.dumps(data)
        except Exception:  # one chat that cannot be stored must not cost the others theirs
            log.exception("bot state of chat %s cannot be stored", chat_id)
            return
        self._db.execute("INSERT OR REPLACE INTO chats (chat_id, data) VALUES (?, ?)", (chat_id, blob))

    async def drop_chat_data(self, chat_id: int) -> None:
        self._db.execute("DELETE FROM chats WHERE chat_id = ?", (chat_id,))

    async def refresh_chat_data(self, chat_id: int, chat_data: ChatData) -> None:
        """Nothing to refresh: this process is the only writer."""

    async def flush(self) -> None:
        self._db.close()

    # ---- what is not stored ----

    async def get_user_data(self) -> dict[int, dict]:
        return {}

    async def get_bot_data(self) -> BotData:
        return BotData()

    async def get_callback_data(self) -> Any:
        return None

    async def get_conversations(self, name: str) -> dict:
        return {}

    async def update_conversation(self, name: str, key: Any, new_state: object | None) -> None:
        """No ConversationHandler: nothing to store."""

    async def update_user_data(self, user_id: int, data: dict) -> None:
        """Users have no data of their own."""

    async def update_bot_data(self, data: BotData) -> None:
        """The bot's data is rebuilt at start-up."""

    async def update_callback_data(self, data: Any) -> None:
        """Callback data is the question itself: nothing to store."""

    async def drop_user_data(self, user_id: int) -> None:
        """Users have no data of their own."""

    async def refresh_user_data(self, user_id: int, user_data: dict) -> None:
        """Users have no data of their own."""

    async def refresh_bot_data(self, bot_data: BotData) -> None:
        """The bot's data is this process's own."""
