"""Fixtures and update builders for the Telegram tests.

`botapi`: a running stand-in Bot API server. `telegram_engine`: the real engine over a
knowledge base built from knowledge/ into a temporary folder. `application`: the real
Application, built as `run` builds it, pointed at the stand-in server and initialised
(getMe) with its start-up hook run. Updates are built the way Telegram sends them,
entities included.
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.engine import Engine, load_engine
from tests.botapi_server import BOT_ID, BOT_USERNAME, TOKEN, BotApiServer

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE_DIR = ROOT / "knowledge"
USER = {"id": 42, "is_bot": False, "first_name": "Ada", "username": "ada"}
OTHER_USER = {"id": 43, "is_bot": False, "first_name": "Grace"}
BOT_USER = {"id": BOT_ID, "is_bot": True, "first_name": "Market Facts", "username": BOT_USERNAME}
PRIVATE_CHAT = {"id": 42, "type": "private", "first_name": "Ada"}
GROUP_CHAT = {"id": -100111, "type": "supergroup", "title": "Phones"}
OTHER_GROUP = {"id": -100222, "type": "supergroup", "title": "Markets"}

_message_ids = itertools.count(1)
_query_ids = itertools.count(1)


def bot_settings(base_url: str | None, database_path: Path, rate_limit: bool = False) -> Settings:
    return Settings(
        telegram_bot_token=TOKEN,
        telegram_base_url=base_url,
        knowledge_dir=KNOWLEDGE_DIR,
        database_path=database_path,
        rate_limit=rate_limit,
    )


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def entities(text: str) -> list[dict]:
    """The entities Telegram attaches: a leading /command, @mentions."""
    found = []
    command = re.match(r"/\w+(?:@\w+)?", text)
    if command:
        found.append({"type": "bot_command", "offset": 0, "length": utf16(command.group(0))})
    for mention in re.finditer(r"(?<![\w@])@\w{3,}", text):
        found.append(
            {"type": "mention", "offset": utf16(text[: mention.start()]), "length": utf16(mention.group(0))}
        )
    return found


def message(
    text: str | None,
    chat: dict = PRIVATE_CHAT,
    user: dict = USER,
    reply_to: dict | None = None,
    **extra: object,
) -> dict:
    """The `message` of an update; `reply_to` is another such message."""
    payload: dict = {
        "message_id": next(_message_ids),
        "date": int(time.time()),
        "chat": chat,
        "from": user,
        **extra,
    }
    if text is not None:
        payload["text"] = text
        if entities(text):
            payload["entities"] = entities(text)
    if reply_to is not None:
        payload["reply_to_message"] = reply_to
    return payload


def bot_message(text: str, chat: dict, message_id: int) -> dict:
    """A message the bot sent (as it comes back inside a reply)."""
    return {"message_id": message_id, "date": int(time.time()), "chat": chat, "from": BOT_USER, "text": text}


def message_update(text: str | None, chat: dict = PRIVATE_CHAT, **kwargs: object) -> dict:
    return {"message": message(text, chat, **kwargs)}


def inline_update(query: str, user: dict = USER) -> dict:
    return {"inline_query": {"id": f"iq{next(_query_ids)}", "from": user, "query": query, "offset": ""}}


def callback_update(data: str, on: dict, user: dict = USER) -> dict:
    """A tap on a button of message `on` (a bot message)."""
    return {
        "callback_query": {
            "id": f"cq{next(_query_ids)}",
            "from": user,
            "chat_instance": "ci1",
            "data": data,
            "message": on,
        }
    }


@pytest.fixture
def botapi() -> Iterator[BotApiServer]:
    with BotApiServer() as server:
        yield server


@pytest.fixture(scope="session")
def telegram_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("telegram") / "kb.db"


@pytest.fixture(scope="session")
def telegram_engine(telegram_kb: Path) -> Engine:
    return load_engine(bot_settings(None, telegram_kb))


@pytest.fixture
async def application(botapi: BotApiServer, telegram_engine: Engine, telegram_kb: Path) -> AsyncIterator:
    from bot.chat_app.app import build_application

    app = build_application(bot_settings(botapi.base_url, telegram_kb), telegram_engine)
    await app.initialize()
    await app.post_init(app)
    yield app
    await app.shutdown()


FORUM = {"id": -100333, "type": "supergroup", "title": "Phones forum", "is_forum": True}
OTHER_BOT = {"id": 777, "is_bot": True, "first_name": "Echo", "username": "EchoBot"}
ANONYMOUS_ADMIN = {"id": 1087968824, "is_bot": True, "first_name": "Group", "username": "GroupAnonymousBot"}
PHOTO = [{"file_id": "p", "file_unique_id": "p", "width": 90, "height": 90}]


def caption_update(caption: str, chat: dict = PRIVATE_CHAT, **kwargs: object) -> dict:
    """A photo with a caption, its entities as Telegram attaches them."""
    payload = message(None, chat, photo=PHOTO, caption=caption, **kwargs)
    if entities(caption):
        payload["caption_entities"] = entities(caption)
    return {"message": payload}


def topic_update(text: str, topic: int, chat: dict = FORUM, **kwargs: object) -> dict:
    """A message in a forum topic."""
    return message_update(text, chat, message_thread_id=topic, is_topic_message=True, **kwargs)


def edited_update(original: dict, text: str) -> dict:
    """`original` (a message) edited to say `text`."""
    payload = {k: v for k, v in original.items() if k not in ("text", "entities")}
    payload.update(text=text, edit_date=int(time.time()))
    if entities(text):
        payload["entities"] = entities(text)
    return {"edited_message": payload}


ADMIN_RIGHTS = dict.fromkeys(
    ("can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
     "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users",
     "can_post_stories", "can_edit_stories", "can_delete_stories"),
    False,
)  # fmt: skip


def chat_member(status: str) -> dict:
    """The bot as a member of a chat with `status`, with the rights an administrator has."""
    extra = {"administrator": ADMIN_RIGHTS, "kicked": {"until_date": 0}}.get(status, {})
    return {"status": status, "user": BOT_USER} | extra


def member_update(chat: dict, old: str, new: str, by: dict = USER) -> dict:
    """The bot's own membership in `chat` changing from status `old` to `new`."""
    return {
        "my_chat_member": {
            "chat": chat,
            "from": by,
            "date": int(time.time()),
            "old_chat_member": chat_member(old),
            "new_chat_member": chat_member(new),
        }
    }
