"""Who a message speaks to and as whom: the question in it, if it is meant for the bot.

A message is read the same way whether it is new or edited, text or a photo's caption:
- in a private chat every message is a question;
- in a group, `/ask` (or `/ask@ThisBot`) asks; a mention of @ThisBot or a reply to one of the
  bot's messages asks too, but is answered only when it helps (see `bot.chat_app.speaking`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import StrEnum

from telegram import MaybeInaccessibleMessage, Message, MessageEntity
from telegram.constants import ChatType

from bot.chat_app.context import SpeakerKey

ASK_COMMAND = "ask"
COMMAND = re.compile(r"/\w")  # "/start", "/ask@OtherBot"; "/ 2014?" is no command


class Asking(StrEnum):
    """How a message asks the bot."""

    PRIVATE = "private"  # anything in a private chat
    COMMAND = "command"  # /ask
    MENTION = "mention"  # @ThisBot in a group
    REPLY = "reply"  # a reply to one of the bot's messages in a group
    BUTTON = "button"  # a tap on a suggestion


@dataclass(frozen=True)
class Addressed:
    question: str
    asking: Asking


def is_group_chat(message: MaybeInaccessibleMessage) -> bool:
    return message.chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


def message_text(message: Message) -> str:
    """A message's words: its text, or a photo's, video's or document's caption."""
    return message.text or message.caption or ""


@functools.lru_cache(maxsize=8)  # one bot, one username: compiled once, not per message
def mention_pattern(username: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w@])@{re.escape(username)}\b", re.IGNORECASE)


def without_mention(text: str, username: str) -> str:
    """'@Bot, how many?' -> 'how many?': the question as typed, less the bot's name."""
    return mention_pattern(username).sub(" ", text).strip().lstrip(",:;").strip()


def command_argument(text: str, command: str, username: str) -> str | None:
    """'/ask@Bot  how many?' -> 'how many?'; None when the text is not that command for this bot."""
    found = re.match(rf"/{command}(?:@(\w+))?(?=\s|$)", text, re.IGNORECASE)
    if found is None or (found.group(1) and found.group(1).lower() != username.lower()):
        return None
    return text[found.end() :].strip()


def replies_to(message: Message, user_id: int) -> bool:
    replied = message.reply_to_message
    return replied is not None and replied.from_user is not None and replied.from_user.id == user_id


def mentions(message: Message, username: str, bot_id: int) -> bool:
    """Whether the message names the bot: @username, or a text mention of its account."""
    for entity in message.entities or message.caption_entities or ():
        if entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot_id:
            return True
    return bool(mention_pattern(username).search(message_text(message)))


def addressed(message: Message, username: str, bot_id: int) -> Addressed | None:
    """The question a message asks the bot, or None when it is not meant for the bot."""
    text = message_text(message)
    argument = command_argument(text, ASK_COMMAND, username)
    if argument is not None:
        return Addressed(without_mention(argument, username), Asking.COMMAND)
    if COMMAND.match(text):
        return None  # another command, or /ask meant for another bot: the command handlers' business
    if not is_group_chat(message):
        return Addressed(without_mention(text, username), Asking.PRIVATE)
    if mentions(message, username, bot_id):
        return Addressed(without_mention(text, username), Asking.MENTION)
    if replies_to(message, bot_id):
        return Addressed(text.strip(), Asking.REPLY)
    return None


def topic_of(message: MaybeInaccessibleMessage) -> int | None:
    """The forum topic a message is in; None outside forum topics (a reply thread is no topic),
    and for a message the bot can no longer see (a button tapped on one)."""
    if not isinstance(message, Message) or not message.is_topic_message:
        return None
    return message.message_thread_id


def speaker_of(message: Message) -> SpeakerKey:
    """Whose conversation a message continues: per forum topic, per person. An anonymous admin
    or a channel speaks as its chat (`sender_chat`)."""
    if message.sender_chat is not None:
        who = message.sender_chat.id
    elif message.from_user is not None:
        who = message.from_user.id
    else:
        who = message.chat.id
    return (topic_of(message) or 0, who)


def is_from_other_bot(message: Message) -> bool:
    """Another bot's message: never a question, so two bots never chain replies. An anonymous
    admin (GroupAnonymousBot) and a channel are people behind a chat (`sender_chat` is set)."""
    user = message.from_user
    return user is not None and user.is_bot and message.sender_chat is None
