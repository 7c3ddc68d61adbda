"""Who a message speaks to: the question in it, if it is meant for the bot, and whose it is."""

import pytest
from telegram import Message

from bot.chat_app.addressing import Asking, addressed, command_argument, is_from_other_bot, speaker_of
from tests.botapi_server import BOT_ID, BOT_USERNAME
from tests.telegram_fixtures import (
    ANONYMOUS_ADMIN,
    GROUP_CHAT,
    OTHER_BOT,
    USER,
    bot_message,
    caption_update,
    message,
    topic_update,
)


def read(payload: dict) -> Message:
    return Message.de_json(payload, None)


ON_BOT = bot_message("Xiaomi sold 18.7 million smartphones in 2013.", GROUP_CHAT, 5)
ON_SOMEONE = message("hello", GROUP_CHAT)


@pytest.mark.parametrize(
    "payload, question, asking",
    [
        (message("sales 2014?"), "sales 2014?", Asking.PRIVATE),
        (message(f"@{BOT_USERNAME} sales 2014?"), "sales 2014?", Asking.PRIVATE),
        (message("/ask sales 2014?", GROUP_CHAT), "sales 2014?", Asking.COMMAND),
        (message(f"/ask@{BOT_USERNAME} sales 2014?", GROUP_CHAT), "sales 2014?", Asking.COMMAND),
        (message("/ASK sales 2014?", GROUP_CHAT), "sales 2014?", Asking.COMMAND),
        (message(f"@{BOT_USERNAME}, sales 2014?", GROUP_CHAT), "sales 2014?", Asking.MENTION),
        (message(f"sales 2014 @{BOT_USERNAME.lower()}?", GROUP_CHAT), "sales 2014  ?", Asking.MENTION),
        (message("and 2014?", GROUP_CHAT, reply_to=ON_BOT), "and 2014?", Asking.REPLY),
        (
            caption_update(f"@{BOT_USERNAME} sales 2014?", GROUP_CHAT)["message"],
            "sales 2014?",
            Asking.MENTION,
        ),
        (caption_update("/ask sales 2014?", GROUP_CHAT)["message"], "sales 2014?", Asking.COMMAND),
    ],
)
def test_addressed_finds_the_question(payload, question, asking):
    found = addressed(read(payload), BOT_USERNAME, BOT_ID)
    assert (found.question, found.asking) == (question, asking)


@pytest.mark.parametrize(
    "payload",
    [
        message("sales in 2014 were 61 million", GROUP_CHAT),
        message("and 2014?", GROUP_CHAT, reply_to=ON_SOMEONE),
        message("/ask@OtherBot sales 2014?", GROUP_CHAT),
        message("/start", GROUP_CHAT),
        message("/frobnicate"),  # commands are the command handlers' business
        message("mail ada@MarketFactsBot.example", GROUP_CHAT),
        caption_update("a photo of a phone", GROUP_CHAT)["message"],
    ],
)
def test_addressed_is_none_for_what_is_not_meant_for_the_bot(payload):
    assert addressed(read(payload), BOT_USERNAME, BOT_ID) is None


@pytest.mark.parametrize(
    "text, expected",
    [("/ask  how many?", "how many?"), ("/ask", ""), (f"/ask@{BOT_USERNAME} x", "x"), ("/asking x", None)],
)
def test_command_argument(text, expected):
    assert command_argument(text, "ask", BOT_USERNAME) == expected


@pytest.mark.parametrize(
    "payload, speaker",
    [
        (message("hi", GROUP_CHAT), (0, USER["id"])),
        (topic_update("hi", topic=7)["message"], (7, USER["id"])),
        (message("hi", GROUP_CHAT, user=ANONYMOUS_ADMIN, sender_chat=GROUP_CHAT), (0, GROUP_CHAT["id"])),
        (message("hi", GROUP_CHAT, message_thread_id=3), (0, USER["id"])),  # a reply thread is no topic
    ],
)
def test_speaker_of(payload, speaker):
    assert speaker_of(read(payload)) == speaker


@pytest.mark.parametrize(
    "user, sender_chat, other",
    [(OTHER_BOT, None, True), (ANONYMOUS_ADMIN, GROUP_CHAT, False), (USER, None, False)],
)
def test_is_from_other_bot(user, sender_chat, other):
    extra = {"sender_chat": sender_chat} if sender_chat else {}
    assert is_from_other_bot(read(message("hi", GROUP_CHAT, user=user, **extra))) is other


def test_addressed_a_slash_that_starts_no_command_is_a_private_question():
    found = addressed(read(message("/ 2014 sales?")), BOT_USERNAME, BOT_ID)
    assert (found.question, found.asking) == ("/ 2014 sales?", Asking.PRIVATE)
