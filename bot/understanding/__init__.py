"""Understanding: text -> entities -> question frame -> frame resolved against the conversation."""

from bot.understanding.conversation import (
    Conversation,
    asked_again,
    resolve,
)
from bot.understanding.facts_search import FactIndex, FactQuery, SearchSettings
from bot.understanding.frames import Ask, Frame, FrameReader, Operation
from bot.understanding.lexicon import Lexicon, Tolerance

__all__ = [
    "Ask",
    "Conversation",
    "FactIndex",
    "FactQuery",
    "Frame",
    "FrameReader",
    "Lexicon",
    "Operation",
    "SearchSettings",
    "Tolerance",
    "asked_again",
    "resolve",
]
