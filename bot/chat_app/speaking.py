"""When the bot speaks: a group hears it only when it helps; a private chat always does."""

from __future__ import annotations

from enum import StrEnum

from telegram.constants import ReactionEmoji

from bot.answer import AnswerKind
from bot.chat_app.addressing import Asking

NOT_UNDERSTOOD = ReactionEmoji.SHRUG  # a mention or reply the bot could not read
OVER_BUDGET = ReactionEmoji.EYES  # seen, but the group's answer budget is spent


class Action(StrEnum):
    ANSWER = "answer"
    REACT = "react"  # 🤷 on the question, no message
    SILENT = "silent"


# A mention or a reply to the bot is often just chatter ("thanks @Bot!", "lol", "👍"): it hears
# an answer only when the engine understood a question, even one it has to decline.
HEARD_IN_GROUPS = frozenset({AnswerKind.ANSWERED, AnswerKind.DECLINED, AnswerKind.ABOUT_BOT})


def action_for(kind: AnswerKind, asking: Asking, group: bool) -> Action:
    """What to do with an answer of `kind` to a question asked this way."""
    if not group or asking in (Asking.COMMAND, Asking.BUTTON, Asking.PRIVATE):
        return Action.ANSWER  # asked outright: even "I don't know" helps, with its suggestions
    if kind in HEARD_IN_GROUPS:
        return Action.ANSWER
    if kind is AnswerKind.NOT_UNDERSTOOD:
        return Action.REACT
    return Action.SILENT
