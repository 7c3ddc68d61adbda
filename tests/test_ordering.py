"""ChatOrderedProcessor: chats run side by side, each chat's updates strictly in order."""

import asyncio

import pytest
from telegram import Update

from bot.chat_app.ordering import ChatOrderedProcessor, chat_key


def message_update(update_id: int, chat_id: int, text: str = "hi") -> Update:
    user = {"id": chat_id, "is_bot": False, "first_name": "U"}
    return Update.de_json(
        {
            "update_id": update_id,
            "message": {"message_id": update_id, "date": 0, "chat": {"id": chat_id, "type": "private"},
                        "from": user, "text": text},
        },
        None,
    )  # fmt: skip


def inline_update(update_id: int, user_id: int) -> Update:
    user = {"id": user_id, "is_bot": False, "first_name": "U"}
    return Update.de_json(
        {"update_id": update_id, "inline_query": {"id": "q", "from": user, "query": "2014", "offset": ""}},
        None,
    )


@pytest.mark.parametrize(
    "update, key",
    [
        (message_update(1, 42), 42),
        (message_update(2, -100123), -100123),
        (inline_update(3, 7), 7),
        ("not an update", None),
    ],
)
def test_chat_key_is_the_chat_or_the_sender(update, key):
    assert chat_key(update) == key


async def run_updates(processor: ChatOrderedProcessor, updates: list[tuple[Update, float]]) -> list:
    """Process updates as the Application does (one task each, in arrival order); log starts and ends."""
    log = []

    async def handle(update: Update, seconds: float) -> None:
        log.append(("start", update.update_id))
        await asyncio.sleep(seconds)
        log.append(("end", update.update_id))

    async with processor:
        tasks = [asyncio.create_task(processor.process_update(u, handle(u, s))) for u, s in updates]
        await asyncio.gather(*tasks)
    return log


async def test_processor_keeps_a_chats_updates_in_order():
    updates = [(message_update(i, 1), 0.03 if i == 1 else 0.0) for i in range(1, 6)]
    log = await run_updates(ChatOrderedProcessor(16), updates)
    assert log == [(event, i) for i in range(1, 6) for event in ("start", "end")]


async def test_processor_lets_other_chats_pass_a_slow_one():
    slow, quick = message_update(1, 1), message_update(2, 2)
    log = await run_updates(ChatOrderedProcessor(16), [(slow, 0.2), (quick, 0.0)])
    assert log.index(("end", 2)) < log.index(("end", 1))


async def test_processor_forgets_chats_when_idle():
    processor = ChatOrderedProcessor(8)
    await run_updates(processor, [(message_update(i, i % 50), 0.0) for i in range(500)])
    assert processor.chats_in_progress == 0


async def test_processor_a_busy_chat_holds_up_no_other_chat():
    # Chat 1 queues more slow updates than there are slots; chat 2's one update must not wait.
    updates = [(message_update(i, 1), 0.2) for i in range(1, 5)] + [(message_update(9, 2), 0.0)]
    log = await run_updates(ChatOrderedProcessor(2), updates)
    assert log.index(("end", 9)) < log.index(("end", 1))
