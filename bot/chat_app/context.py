"""What the bot keeps, typed: per process (`BotData`) and per chat (`ChatData`), reached from the
handlers through `BotContext` (python-telegram-bot's `ContextTypes`) instead of string keys.

`ChatData` is plain, bounded data, so python-telegram-bot's persistence can keep it across a
restart (follow-ups, reply threads, edits and budgets) and `Application.migrate_chat_data` can
move it when a group becomes a supergroup.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.chat_app.limits import BudgetSettings, ChatBudget
from bot.config import Settings
from bot.engine import Engine
from bot.unanswered import UnansweredLog
from bot.understanding import Conversation

K = TypeVar("K")
V = TypeVar("V")

REMEMBERED = 1000  # per chat: conversations, answers replied to, questions that may be edited

SpeakerKey = tuple[int, int]  # (forum topic or 0, the person or the chat they speak as)


class Bounded(dict, Generic[K, V]):
    """A mapping that forgets its least recently stored entries beyond `size` (a plain dict keeps
    insertion order, at a third of an OrderedDict's size: there is one of these per chat five times)."""

    __slots__ = ("size",)  # no __dict__ of its own: five of these per chat

    def __init__(self, size: int = REMEMBERED):
        super().__init__()
        self.size = size

    def put(self, key: K, value: V) -> None:
        self.pop(key, None)  # stored again: the newest
        self[key] = value
        while len(self) > self.size:
            del self[next(iter(self))]


@dataclass(slots=True)
class Asked:
    """A question the bot answered, so an edit of it can edit the answer."""

    reply_id: int  # the bot's message that answered it (the first, when there were several)
    speaker: SpeakerKey
    before: Conversation  # the speaker's conversation before the question
    photo: bool = False  # answered with a chart: its text is a caption
    more: tuple[int, ...] = ()  # the answer's further messages, when it took several
    turns: int = 0  # the speaker's conversation turns once it was answered: still the latest?
    shown: str = ""  # a digest of what the answer shows, to tell an edit that changes nothing


class ChatData:
    """One chat's state. Every collection is bounded, whatever the chat does."""

    def __init__(self) -> None:
        self.conversations: Bounded[SpeakerKey, Conversation] = Bounded()
        self.after_answer: Bounded[int, Conversation] = Bounded()  # bot message -> conversation then
        self.asked: Bounded[int, Asked] = Bounded()  # question message -> its answer
        self.tapped: Bounded[int, bool] = Bounded()  # suggestion messages already turned into answers
        self.questions: Bounded[str, str] = Bounded()  # button hash -> a question without a key
        self.budget: ChatBudget | None = None
        self.greeted = False

    def __setstate__(self, state: dict) -> None:
        # Stored by an older version of the bot: what it lacks starts fresh, not as a missing attribute.
        self.__init__()
        self.__dict__.update(state)

    @property
    def is_empty(self) -> bool:
        """Nothing worth keeping: a chat seen but never asked (or only chattered in)."""
        kept = (self.conversations, self.after_answer, self.asked, self.tapped, self.questions)
        return not any(kept) and self.budget is None and not self.greeted

    def conversation(self, speaker: SpeakerKey) -> Conversation:
        found = self.conversations.get(speaker)
        if found is None:
            found = Conversation()
        self.conversations.put(speaker, found)
        return found

    def continue_from(self, speaker: SpeakerKey, bot_message_id: int | None) -> Conversation:
        """The conversation a question goes on from: a copy of the one that answered the bot's
        message it replies to, else the speaker's own. Not yet the speaker's: see `keep`."""
        then = self.after_answer.get(bot_message_id) if bot_message_id is not None else None
        if then is None:
            return dataclasses.replace(self.conversation(speaker))
        return dataclasses.replace(then)  # the stored one stays as it was, for other replies

    def keep(self, speaker: SpeakerKey, conversation: Conversation) -> None:
        """The speaker's conversation from now on (once the bot answered in it)."""
        self.conversations.put(speaker, conversation)

    def answered_with(self, message_ids: list[int], conversation: Conversation) -> None:
        """The bot's messages that answered in `conversation`: a reply to one continues from here."""
        for message_id in message_ids:
            self.after_answer.put(message_id, dataclasses.replace(conversation))  # a snapshot

    def budget_for(self, settings: BudgetSettings) -> ChatBudget:
        if self.budget is None or self.budget.settings != settings:
            self.budget = ChatBudget(settings)
        return self.budget


@dataclass
class Counters:
    """What the bot has served since it started, for /stats."""

    started: float = field(default_factory=time.monotonic)
    served: int = 0
    answered: int = 0


def budget_settings(settings: Settings | type[Settings]) -> BudgetSettings:
    return BudgetSettings(settings.group_limit, settings.group_window, settings.group_share)


class BotData:
    """The process's shared state: set by `build_application`, never stored by persistence."""

    def __init__(self) -> None:
        self.engine: Engine | None = None
        self.settings: Settings | None = None
        self.budget = budget_settings(Settings)  # the defaults, until build_application sets them
        self.counters = Counters()
        self.unanswered: UnansweredLog | None = None
        self.reloading = asyncio.Lock()  # one /reload at a time


class BotContext(CallbackContext[ExtBot, dict, ChatData, BotData]):
    """The context every handler gets: the engine and settings by name."""

    def __init__(self, application: Application, chat_id: int | None = None, user_id: int | None = None):
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)

    @property
    def engine(self) -> Engine:
        return self.bot_data.engine

    @property
    def settings(self) -> Settings:
        return self.bot_data.settings


CONTEXT_TYPES = ContextTypes(context=BotContext, chat_data=ChatData, bot_data=BotData)
