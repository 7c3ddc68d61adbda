"""When the bot speaks: always when asked outright or in private, in groups only when it helps."""

import pytest

from bot.answer import AnswerKind
from bot.chat_app.addressing import Asking
from bot.chat_app.speaking import Action, action_for

K, A = AnswerKind, Asking


@pytest.mark.parametrize(
    "kind, asking, group, action",
    [
        (K.ANSWERED, A.MENTION, True, Action.ANSWER),
        (K.DECLINED, A.REPLY, True, Action.ANSWER),  # "I don't have Xiaomi's revenue" helps
        (K.ABOUT_BOT, A.MENTION, True, Action.ANSWER),
        (K.NOT_UNDERSTOOD, A.MENTION, True, Action.REACT),
        (K.NOT_UNDERSTOOD, A.REPLY, True, Action.REACT),
        (K.CHATTER, A.REPLY, True, Action.SILENT),  # "thanks!", "lol", "👍"
        (K.CHATTER, A.MENTION, True, Action.SILENT),
        (K.NOT_UNDERSTOOD, A.COMMAND, True, Action.ANSWER),  # /ask: even "I don't know", with suggestions
        (K.CHATTER, A.COMMAND, True, Action.ANSWER),
        (K.NOT_UNDERSTOOD, A.BUTTON, True, Action.ANSWER),
        (K.CHATTER, A.PRIVATE, False, Action.ANSWER),  # a private chat hears everything
        (K.NOT_UNDERSTOOD, A.PRIVATE, False, Action.ANSWER),
    ],
)
def test_action_for(kind, asking, group, action):
    assert action_for(kind, asking, group) is action
