"""The Telegram bot, driven through the real Application against a stand-in Bot API server.

In process: updates as Telegram sends them go through `application.process_update`, and
the tests look at what the bot sent to the Bot API (method, chat, text, reply target).
End to end: `python -m bot run` in a subprocess, polling the stand-in server, as a user runs it.
The stand-in server refuses malformed HTML, over-long texts and over-long callback data the
way Telegram does, so every reply checked here would also be accepted by Telegram.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest
from telegram import Update

from bot.chat_app.app import ALLOWED_UPDATES, RedactToken, build_application, run
from bot.chat_app.render import question_key
from bot.config import load_settings
from bot.engine import load_engine
from bot.knowledge.files import load_knowledge
from bot.unanswered import read_unanswered
from bot.understanding import Conversation
from tests.botapi_server import BOT_USERNAME, TOKEN, BotApiServer, parse_html
from tests.conftest import KNOWLEDGE
from tests.telegram_fixtures import (
    ANONYMOUS_ADMIN,
    FORUM,
    GROUP_CHAT,
    OTHER_BOT,
    OTHER_GROUP,
    OTHER_USER,
    PRIVATE_CHAT,
    ROOT,
    USER,
    bot_message,
    bot_settings,
    callback_update,
    caption_update,
    edited_update,
    inline_update,
    member_update,
    message,
    message_update,
    topic_update,
)

# The facts in knowledge/, however many an edit of the data leaves there.
FACTS = len(load_knowledge(KNOWLEDGE).facts)

Q2013 = "how many phones did xiaomi sell in 2013?"
SOLD_2013 = "18.7 million"
SOLD_2014 = "61 million"
_update_ids = itertools.count(1)


async def feed(application, payload: dict) -> dict:
    """Process one update, as the Application does for each update it receives."""
    update = {"update_id": next(_update_ids), **payload}
    await application.process_update(Update.de_json(update, application.bot))
    return update


def said(call) -> str:
    """What the user sees: the message's text with the HTML parsed, as Telegram shows it."""
    return parse_html(call.text) if call.params.get("parse_mode") == "HTML" else call.text


def append_row(path: Path, line: str) -> int:
    """Append a line to a knowledge file; the row number a problem with it is reported at."""
    row = len(path.read_text(encoding="utf-8").splitlines()) + 1
    with path.open("a", encoding="utf-8") as rows:
        rows.write(line)
    return row


# ---- start-up ---------------------------------------------------------------------------------


async def test_start_up_registers_command_menus_and_says_who_it_is(application, botapi, caplog):
    caplog.set_level(logging.INFO, logger="bot.chat_app.app")
    await application.post_init(application)
    scopes = {c.params["scope"]["type"]: c.params["commands"] for c in botapi.requests("setMyCommands")}
    assert {"all_private_chats", "all_group_chats"} <= set(scopes)
    assert {c["command"] for c in scopes["all_private_chats"]} >= {"start", "help", "ask", "sources", "chart"}
    assert "ask" in {c["command"] for c in scopes["all_group_chats"]}
    listed = {c["command"] for commands in scopes.values() for c in commands}
    assert not listed & {"stats", "reload"}  # the admin commands are in no menu
    assert f"up as @{BOT_USERNAME}" in caplog.text


# ---- private chats ----------------------------------------------------------------------------


async def test_private_question_and_follow_up(application, botapi):
    await feed(application, message_update(Q2013))
    await feed(application, message_update("and 2014?"))
    first, second = botapi.sent(PRIVATE_CHAT["id"])
    assert SOLD_2013 in said(first) and "Source" in said(first)
    assert SOLD_2014 in said(second) and "2014" in said(second)
    assert first.params["parse_mode"] == "HTML"
    assert first.reply_to is None  # a private chat needs no quoting


async def test_start_says_what_it_knows_with_three_example_buttons(application, botapi, telegram_engine):
    await feed(application, message_update("/start"))
    (reply,) = botapi.sent()
    text = said(reply)
    assert "Xiaomi" in text and "2012-2016" in text
    examples = telegram_engine.example_questions[:3]
    assert len(examples) == 3 and all(q in text for q in examples)
    buttons = [row[0] for row in reply.params["reply_markup"]["inline_keyboard"]]
    assert [b["text"] for b in buttons] == list(examples)

    tapped = bot_message(said(reply), PRIVATE_CHAT, reply.result["message_id"])
    cq = await feed(application, callback_update(buttons[0]["callback_data"], tapped))
    assert [c.params["callback_query_id"] for c in botapi.requests("answerCallbackQuery")] == [
        cq["callback_query"]["id"]
    ]
    (answer,) = botapi.edits()  # the examples message becomes the question tapped and its answer
    assert examples[0] in said(answer)
    assert "70 million" in said(answer)  # How many smartphones did Xiaomi sell in 2015?


async def test_help_lists_commands_and_how_to_use_groups_and_inline(application, botapi):
    await feed(application, message_update("/help"))
    text = said(botapi.sent()[0])
    for command in ("/ask", "/sources", "/chart", "/start"):
        assert command in text
    assert f"@{BOT_USERNAME}" in text
    assert "group" in text.lower() and "inline" in text.lower()


async def test_ask_command_and_empty_ask(application, botapi):
    await feed(application, message_update(f"/ask {Q2013}"))
    await feed(application, message_update("/ask"))
    answer, usage = botapi.sent()
    assert SOLD_2013 in said(answer)
    assert "/ask " in said(usage)


async def test_sources_lists_titles_and_dates(application, botapi, telegram_engine):
    await feed(application, message_update("/sources"))
    text = said(botapi.sent()[0])
    assert telegram_engine.sources
    for source in telegram_engine.sources:
        assert source.title in text
        assert source.citation.removeprefix(source.title).strip(", ") in text  # the date, as cited


async def test_non_text_and_unknown_commands_get_a_polite_pointer(application, botapi):
    sticker = {"file_id": "s", "file_unique_id": "s", "type": "regular", "width": 1, "height": 1}
    await feed(application, message_update(None, sticker=sticker | {"is_animated": False, "is_video": False}))
    await feed(application, message_update("/frobnicate"))
    sticker, unknown = botapi.sent()
    assert "text" in said(sticker)
    assert "/frobnicate" in said(unknown) and "/help" in said(unknown)


# ---- groups -------------------------------------------------------------------------------------


async def test_group_chatter_and_other_bots_commands_are_ignored(application, botapi):
    someone = message("what do you all think of xiaomi?", GROUP_CHAT, user=OTHER_USER)
    for payload in (
        {"message": someone},
        message_update("sales in 2014 were 61 million, right?", GROUP_CHAT),
        message_update("I agree", GROUP_CHAT, reply_to=someone),
        message_update("/ask@OtherBot how many phones in 2013?", GROUP_CHAT),
        message_update("/start@OtherBot", GROUP_CHAT),
        message_update("/chart@OtherBot", GROUP_CHAT),
        message_update("mail me at ada@MarketFactsBot.example", GROUP_CHAT),
        message_update("/frobnicate", GROUP_CHAT),
    ):
        await feed(application, payload)
    assert botapi.sent() == []


async def test_group_mention_is_answered_as_a_reply_without_the_mention(application, botapi):
    first = await feed(application, message_update(f"@{BOT_USERNAME} {Q2013}", GROUP_CHAT))
    second = await feed(
        application, message_update("how many phones did xiaomi sell in 2014, @marketfactsbot?", GROUP_CHAT)
    )
    a, b = botapi.sent(GROUP_CHAT["id"])
    assert SOLD_2013 in said(a) and a.reply_to == first["message"]["message_id"]
    assert SOLD_2014 in said(b) and b.reply_to == second["message"]["message_id"]


async def test_group_ask_and_ask_at_botname(application, botapi):
    plain = await feed(application, message_update(f"/ask {Q2013}", GROUP_CHAT))
    addressed = await feed(
        application, message_update(f"/ask@{BOT_USERNAME} how many phones in 2014?", GROUP_CHAT)
    )
    a, b = botapi.sent(GROUP_CHAT["id"])
    assert SOLD_2013 in said(a) and a.reply_to == plain["message"]["message_id"]
    assert SOLD_2014 in said(b) and b.reply_to == addressed["message"]["message_id"]


GOAL_2017 = "what was the sales goal for 2017?"
GOAL_2015 = "100 million"  # the 2015 target: what "and 2015?" means after GOAL_2017, and only then


async def test_group_reply_to_the_bot_is_a_follow_up(application, botapi):
    await feed(application, message_update(f"/ask {GOAL_2017}", GROUP_CHAT))
    answer = botapi.sent()[0]
    ours = bot_message(said(answer), GROUP_CHAT, answer.result["message_id"])
    follow = await feed(application, message_update("and 2015?", GROUP_CHAT, reply_to=ours))
    reply = botapi.sent()[1]
    assert GOAL_2015 in said(reply)  # on its own, "and 2015?" would be 2015's sales
    assert reply.reply_to == follow["message"]["message_id"]


async def test_follow_ups_never_mix_between_chats(application, botapi):
    await feed(application, message_update(f"/ask {Q2013}", GROUP_CHAT))
    await feed(application, message_update("/ask what was the sales goal for 2015?", OTHER_GROUP))
    await feed(application, message_update(f"@{BOT_USERNAME} and 2014?", GROUP_CHAT))
    await feed(application, message_update(f"@{BOT_USERNAME} and 2017?", OTHER_GROUP))
    sales = [said(c) for c in botapi.sent(GROUP_CHAT["id"])]
    goals = [said(c) for c in botapi.sent(OTHER_GROUP["id"])]
    assert SOLD_2014 in sales[1] and "target" not in sales[1].lower()
    assert "70 million" in goals[1] and "target" in goals[1].lower()


async def test_group_limit_gives_each_person_a_share_and_marks_what_it_leaves(application, botapi):
    asked = [
        await feed(application, message_update(f"/ask how many phones in {2012 + n % 5}?", GROUP_CHAT))
        for n in range(8)
    ]
    replies = botapi.sent(GROUP_CHAT["id"])
    assert [SOLD_2013 in said(r) or "million" in said(r) for r in replies[:5]] == [True] * 5  # Ada's share
    assert len(replies) == 6 and "ask again" in said(replies[5])  # one notice, not one per question
    over = [a["message"]["message_id"] for a in asked[5:]]
    assert botapi.reactions(GROUP_CHAT["id"]) == [(m, "\U0001f440") for m in over]  # none dropped silently
    grace = await feed(application, message_update(f"/ask {Q2013}", GROUP_CHAT, user=OTHER_USER))
    answer = botapi.sent(GROUP_CHAT["id"])[-1]
    assert SOLD_2013 in said(answer) and answer.reply_to == grace["message"]["message_id"]
    await feed(application, message_update(f"/ask {Q2013}", OTHER_GROUP))  # other chats are not affected
    assert SOLD_2013 in said(botapi.sent(OTHER_GROUP["id"])[0])


async def test_group_limit_answers_again_once_the_window_frees(botapi, telegram_engine, telegram_kb):
    settings = replace(bot_settings(botapi.base_url, telegram_kb), group_limit=2, group_window=0.5)
    app = build_application(settings, telegram_engine)
    await app.initialize()
    try:
        for _ in range(3):
            await feed(app, message_update(f"/ask {Q2013}", GROUP_CHAT))
        assert len(botapi.sent()) == 2 and "ask again" in said(botapi.sent()[-1])  # one answer: Ada's share
        await asyncio.sleep(0.6)
        await feed(app, message_update(f"/ask {Q2013}", GROUP_CHAT))
        assert SOLD_2013 in said(botapi.sent()[-1]) and len(botapi.sent()) == 3
    finally:
        await app.shutdown()


# ---- group behaviour: when to speak, to whom, where -----------------------------------------------

UNREADABLE = "how about scooters?"  # a question the engine does not understand


@pytest.mark.parametrize(
    "chatter",
    ["thanks!", "lol", "\U0001f44d", "ok cool", "haha nice one", "+1", "10/10", "interesting", "got it",
     "wow that's a lot", "makes sense", "you're wrong", "k"],
)  # fmt: skip
async def test_group_chatter_replying_to_the_bot_gets_nothing_and_costs_nothing(application, botapi, chatter):
    await feed(application, message_update(f"/ask {Q2013}", GROUP_CHAT))
    answer = botapi.sent()[0]
    ours = bot_message(said(answer), GROUP_CHAT, answer.result["message_id"])
    await feed(application, message_update(chatter, GROUP_CHAT, reply_to=ours))
    await feed(application, message_update(f"{chatter} @{BOT_USERNAME}", GROUP_CHAT, user=OTHER_USER))
    assert len(botapi.sent()) == 1 and botapi.reactions() == []
    for n in range(4):  # the rest of Ada's share is still there
        await feed(application, message_update(f"/ask how many phones in {2012 + n}?", GROUP_CHAT))
    assert len(botapi.sent()) == 5 and all("million" in said(c) for c in botapi.sent())


async def test_group_mention_it_cannot_read_gets_a_shrug_not_a_message(application, botapi):
    asked = await feed(application, message_update(f"@{BOT_USERNAME} {UNREADABLE}", GROUP_CHAT))
    assert botapi.sent() == []
    assert botapi.reactions(GROUP_CHAT["id"]) == [(asked["message"]["message_id"], "\U0001f937")]
    await feed(application, message_update(f"/ask {UNREADABLE}", GROUP_CHAT))  # asked outright: said
    (reply,) = botapi.sent()
    assert "I don't know" in said(reply) and reply.params["reply_markup"]["inline_keyboard"]


@pytest.mark.parametrize(
    "question, expected",
    [
        ("сколько телефонов продала xiaomi в 2015?", "I understand questions in English"),
        ("what's xiaomi's revenue in 2015?", "I don't have Xiaomi's revenue"),
        ("what can you do?", "answers questions about market figures"),
    ],
)
async def test_group_mention_it_understood_but_declines_is_answered(application, botapi, question, expected):
    asked = await feed(application, message_update(f"@{BOT_USERNAME} {question}", GROUP_CHAT))
    (reply,) = botapi.sent()
    assert expected in said(reply) and "million" not in said(reply)
    assert reply.reply_to == asked["message"]["message_id"]


async def test_group_each_person_has_their_own_conversation(application, botapi):
    ann, ben = USER, OTHER_USER
    await feed(application, message_update(f"/ask {Q2013}", GROUP_CHAT, user=ann))
    await feed(application, message_update("/ask what was the sales goal for 2017?", GROUP_CHAT, user=ben))
    await feed(application, message_update(f"@{BOT_USERNAME} and 2015?", GROUP_CHAT, user=ann))
    await feed(application, message_update(f"@{BOT_USERNAME} and 2015?", GROUP_CHAT, user=ben))
    ann_2013, ben_2017, ann_2015, ben_2015 = (said(c) for c in botapi.sent())
    assert SOLD_2013 in ann_2013 and "70 million" in ben_2017
    assert "70 million" in ann_2015 and "target" not in ann_2015.lower()  # Ann's sales, not Ben's target
    assert "target" in ben_2015.lower() or "goal" in ben_2015.lower()


async def test_group_reply_to_an_answer_continues_from_that_answer_whoever_replies(application, botapi):
    await feed(application, message_update(f"/ask {GOAL_2017}", GROUP_CHAT, user=USER))
    goal = botapi.sent()[0]
    await feed(application, message_update(f"/ask {Q2013}", GROUP_CHAT, user=USER))
    on_goal = bot_message(said(goal), GROUP_CHAT, goal.result["message_id"])
    asked = await feed(
        application, message_update("and 2015?", GROUP_CHAT, user=OTHER_USER, reply_to=on_goal)
    )
    reply = botapi.sent()[-1]
    assert GOAL_2015 in said(reply)  # Ada's target question, though her last was about sales
    assert reply.reply_to == asked["message"]["message_id"]


async def test_group_chatter_reply_to_another_answer_leaves_the_speakers_own_conversation(
    application, botapi
):
    await feed(application, message_update(f"/ask {GOAL_2017}", GROUP_CHAT, user=USER))
    await feed(application, message_update(f"/ask {Q2013}", GROUP_CHAT, user=OTHER_USER))
    grace = botapi.sent()[-1]
    on_grace = bot_message(said(grace), GROUP_CHAT, grace.result["message_id"])
    await feed(application, message_update("thanks!", GROUP_CHAT, user=USER, reply_to=on_grace))  # unheard
    await feed(application, message_update(f"@{BOT_USERNAME} and 2015?", GROUP_CHAT, user=USER))
    assert GOAL_2015 in said(botapi.sent()[-1])  # still Ada's target question


async def test_forum_topics_keep_apart_and_answers_go_to_their_topic(application, botapi):
    await feed(application, topic_update(f"@{BOT_USERNAME} {Q2013}", topic=7))
    await feed(application, topic_update(f"@{BOT_USERNAME} what was the sales goal for 2017?", topic=9))
    deleted_meanwhile = await feed(application, topic_update(f"@{BOT_USERNAME} and 2015?", topic=7))
    first, second, third = botapi.sent(FORUM["id"])
    assert [c.params.get("message_thread_id") for c in (first, second, third)] == [7, 9, 7]
    assert "70 million" in said(third) and "target" not in said(third).lower()
    assert third.params["reply_parameters"] == {
        "message_id": deleted_meanwhile["message"]["message_id"],
        "allow_sending_without_reply": True,
    }


@pytest.mark.parametrize(
    "caption, chat",
    [
        (f"@{BOT_USERNAME} how many phones did xiaomi sell in 2015?", GROUP_CHAT),
        ("/ask how many phones did xiaomi sell in 2015?", GROUP_CHAT),
        ("how many phones did xiaomi sell in 2015?", PRIVATE_CHAT),
    ],
)
async def test_a_caption_that_asks_is_answered(application, botapi, caption, chat):
    asked = await feed(application, caption_update(caption, chat))
    (reply,) = botapi.sent()
    assert "70 million" in said(reply)
    if chat is GROUP_CHAT:
        assert reply.reply_to == asked["message"]["message_id"]


async def test_a_caption_meant_for_nobody_is_left_alone(application, botapi):
    await feed(application, caption_update("look at this xiaomi phone from 2015", GROUP_CHAT))
    assert botapi.sent() == [] and botapi.reactions() == []


@pytest.mark.parametrize(
    "chat, prefix", [(PRIVATE_CHAT, ""), (GROUP_CHAT, "/ask "), (GROUP_CHAT, f"@{BOT_USERNAME} ")]
)
async def test_an_edited_question_edits_its_answer(application, botapi, chat, prefix):
    asked = await feed(application, message_update(f"{prefix}how many phones did xiaomi sell in 2031?", chat))
    (answer,) = botapi.sent()
    for _ in range(2):  # the second edit changes nothing: Telegram's 400, ignored
        await feed(application, edited_update(asked["message"], f"{prefix}{GOAL_2017}"))
    assert len(botapi.sent()) == 1 and len(botapi.edits()) == 1  # edited once, never sent again
    assert botapi.requests(ok=False) == []  # an edit showing the same is not sent at all
    shown = botapi.message(chat["id"], answer.result["message_id"])
    assert "70 million" in parse_html(shown["text"]) and "target" in parse_html(shown["text"]).lower()
    await feed(application, message_update(f"{prefix}and 2015?", chat))  # follows the corrected question
    assert GOAL_2015 in said(botapi.sent()[-1])


async def test_an_edited_question_whose_answer_is_gone_gets_a_new_one(application, botapi):
    asked = await feed(application, message_update(f"/ask {Q2013}", GROUP_CHAT))
    (answer,) = botapi.sent()
    botapi.forget_message(GROUP_CHAT["id"], answer.result["message_id"])  # deleted by an admin
    await feed(application, edited_update(asked["message"], "/ask how many phones did xiaomi sell in 2014?"))
    reply = botapi.sent()[-1]
    assert SOLD_2014 in said(reply) and reply.reply_to == asked["message"]["message_id"]


async def test_an_edited_question_keeps_its_suggestion_buttons(application, botapi):
    asked = await feed(application, message_update(f"/ask {UNREADABLE}", GROUP_CHAT))
    await feed(application, edited_update(asked["message"], "/ask how about scooters and bikes?"))
    (edited,) = botapi.edits()
    assert edited.params["reply_markup"]["inline_keyboard"]


@pytest.mark.parametrize("edited_to", ["thanks @MarketFactsBot!", f"@MarketFactsBot {UNREADABLE}"])
async def test_a_group_question_edited_into_chatter_leaves_its_answer(application, botapi, edited_to):
    asked = await feed(application, message_update(f"@{BOT_USERNAME} {Q2013}", GROUP_CHAT))
    (answer,) = botapi.sent()
    await feed(application, edited_update(asked["message"], edited_to))
    assert botapi.edits() == [] and len(botapi.sent()) == 1  # no more heard than a new message would be
    assert SOLD_2013 in parse_html(botapi.message(GROUP_CHAT["id"], answer.result["message_id"])["text"])


async def test_an_edit_between_a_chart_and_a_figure_replaces_the_answer(application, botapi):
    asked = await feed(application, message_update("/ask show me a chart of sales", GROUP_CHAT))
    (chart,) = botapi.sent()
    await feed(application, edited_update(asked["message"], "/ask show me a chart of the sales please"))
    assert len(botapi.sent()) == 1 and botapi.requests("editMessageCaption") == []  # the same chart: no call
    await feed(application, edited_update(asked["message"], f"/ask {Q2013}"))
    (deleted,) = botapi.requests("deleteMessage")
    assert deleted.params["message_id"] == chart.result["message_id"]
    figure = botapi.sent()[-1]
    assert SOLD_2013 in said(figure) and figure.reply_to == asked["message"]["message_id"]
    await feed(application, edited_update(asked["message"], "/ask how many phones did xiaomi sell in 2014?"))
    assert len(botapi.sent()) == 2  # the figure's message is edited now, not sent again
    assert SOLD_2014 in parse_html(botapi.message(GROUP_CHAT["id"], figure.result["message_id"])["text"])


async def test_an_edit_that_first_asks_the_bot_is_answered_and_other_edits_are_not(application, botapi):
    chatter = await feed(application, message_update("xiaomi did well in 2013", GROUP_CHAT))
    await feed(application, edited_update(chatter["message"], "xiaomi did well in 2013, right?"))
    assert botapi.sent() == []
    await feed(application, edited_update(chatter["message"], f"@{BOT_USERNAME} {Q2013}"))
    (reply,) = botapi.sent()
    assert SOLD_2013 in said(reply) and reply.reply_to == chatter["message"]["message_id"]


async def test_other_bots_are_ignored_but_anonymous_admins_are_answered(application, botapi):
    await feed(application, message_update(f"/ask {Q2013}", GROUP_CHAT))
    answer = botapi.sent()[0]
    ours = bot_message(said(answer), GROUP_CHAT, answer.result["message_id"])
    await feed(application, message_update("and 2014?", GROUP_CHAT, user=OTHER_BOT, reply_to=ours))
    await feed(application, message_update(f"@{BOT_USERNAME} {Q2013}", GROUP_CHAT, user=OTHER_BOT))
    assert len(botapi.sent()) == 1 and botapi.reactions() == []
    admin = await feed(
        application, message_update(f"/ask {Q2013}", GROUP_CHAT, user=ANONYMOUS_ADMIN, sender_chat=GROUP_CHAT)
    )
    reply = botapi.sent()[-1]
    assert SOLD_2013 in said(reply) and reply.reply_to == admin["message"]["message_id"]


@pytest.fixture
async def kept(botapi, telegram_engine, telegram_kb, tmp_path) -> AsyncIterator:
    """The bot as `run` builds it by default: chat data kept in a state file."""
    settings = replace(bot_settings(botapi.base_url, telegram_kb), state_file=tmp_path / "state.db")
    app = build_application(settings, telegram_engine)
    await app.initialize()
    yield app
    await app.shutdown()


@pytest.mark.parametrize("old_chat_first", [True, False])
async def test_migration_to_a_supergroup_moves_conversations_and_budget(kept, botapi, old_chat_first):
    old_group = {"id": -4001, "type": "group", "title": "Phones"}
    new_group = {"id": -1004001, "type": "supergroup", "title": "Phones"}
    for _ in range(2):
        await feed(kept, message_update("/ask how many phones in 2016?", old_group))
    await feed(kept, message_update(f"/ask {GOAL_2017}", old_group))
    notices = [
        message_update(None, old_group, migrate_to_chat_id=new_group["id"]),
        message_update(None, new_group, migrate_from_chat_id=old_group["id"]),
    ]
    for notice in notices if old_chat_first else notices[::-1]:  # Telegram sends both, in either order
        await feed(kept, notice)
    assert old_group["id"] not in kept.chat_data
    for year in (2015, 2016, 2013):
        await feed(kept, message_update(f"@{BOT_USERNAME} and {year}?", new_group))
    moved = botapi.sent(new_group["id"])
    assert GOAL_2015 in said(moved[0])  # the follow-up of the question asked before the move
    assert "ask again" in said(moved[2])  # Ada's share of five, three spent before the move


async def test_added_to_a_group_it_greets_once_in_three_lines(application, botapi):
    await feed(application, member_update(GROUP_CHAT, "left", "member"))
    await feed(application, member_update(GROUP_CHAT, "member", "administrator"))
    (greeting,) = botapi.sent(GROUP_CHAT["id"])
    text = said(greeting)
    assert len(text.splitlines()) <= 3 and "/ask" in text and f"@{BOT_USERNAME}" in text
    assert ".," not in text
    await feed(application, member_update(GROUP_CHAT, "administrator", "left"))
    assert GROUP_CHAT["id"] not in application.chat_data  # removed: the chat is forgotten
    await feed(application, member_update(PRIVATE_CHAT, "kicked", "member"))  # unblocked: no greeting
    assert len(botapi.sent()) == 1


SAMPLES = {
    "message": message_update(Q2013),
    "edited_message": edited_update(message(Q2013), Q2013),
    "inline_query": inline_update(Q2013),
    "callback_query": callback_update("ask:sales", bot_message("?", PRIVATE_CHAT, 5)),
    "my_chat_member": member_update(GROUP_CHAT, "left", "member"),
    "channel_post": {"channel_post": message(Q2013, {"id": -100999, "type": "channel", "title": "News"})},
    "chat_member": {"chat_member": member_update(GROUP_CHAT, "left", "member")["my_chat_member"]},
}


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_allowed_updates_are_exactly_the_ones_handled(application, kind):
    update = Update.de_json({"update_id": 1, **SAMPLES[kind]}, application.bot)
    handled = any(h.check_update(update) for h in application.handlers[0])
    assert handled is (kind in ALLOWED_UPDATES)


# ---- inline mode --------------------------------------------------------------------------------


async def test_inline_query_shows_the_answer(application, botapi):
    query = await feed(application, inline_update(Q2013))
    (call,) = botapi.requests("answerInlineQuery")
    assert call.ok and call.params["inline_query_id"] == query["inline_query"]["id"]
    assert 60 <= call.params["cache_time"] <= 3600 and call.params["is_personal"] is False
    first = call.params["results"][0]
    assert first["type"] == "article"
    sent = parse_html(first["input_message_content"]["message_text"])
    assert Q2013 in sent and SOLD_2013 in sent
    assert botapi.sent() == []


async def test_empty_inline_query_shows_example_questions(application, botapi, telegram_engine):
    await feed(application, inline_update(""))
    results = botapi.requests("answerInlineQuery")[0].params["results"]
    assert [r["title"] for r in results] == list(telegram_engine.example_questions)
    assert all("million" in r["input_message_content"]["message_text"] for r in results)


# ---- did you mean -------------------------------------------------------------------------------


def question_with_suggestions(engine) -> tuple[str, tuple[str, ...]]:
    candidates = ("tell me about money", "how many phones did xiaomi sell in 2013? *_<i>&amp;", "sales stuff")
    for question in candidates:
        suggestions = engine.answer(question).suggestions
        if suggestions:
            return question, suggestions
    raise AssertionError("none of the questions gets 'did you mean' suggestions any more")


async def test_did_you_mean_button_turns_the_suggestion_into_the_answer_once(
    application, botapi, telegram_engine
):
    question, suggestions = question_with_suggestions(telegram_engine)
    await feed(application, message_update(f"/ask {question}", GROUP_CHAT))
    reply = botapi.sent()[0]
    buttons = [row[0] for row in reply.params["reply_markup"]["inline_keyboard"]]
    assert [b["text"] for b in buttons] == list(suggestions)
    assert all(len(b["callback_data"].encode()) <= 64 for b in buttons)

    ours = bot_message(said(reply), GROUP_CHAT, reply.result["message_id"])
    taps = [await feed(application, callback_update(buttons[0]["callback_data"], ours, user=OTHER_USER))]
    taps.append(await feed(application, callback_update(buttons[0]["callback_data"], ours, user=OTHER_USER)))
    taps.append(await feed(application, callback_update(buttons[1]["callback_data"], ours, user=USER)))
    answered = botapi.requests("answerCallbackQuery")
    assert [a.params["callback_query_id"] for a in answered] == [t["callback_query"]["id"] for t in taps]
    assert len(botapi.sent()) == 1  # the answer took the suggestion's place: no new message, ever
    (edit,) = botapi.edits()
    shown = botapi.message(GROUP_CHAT["id"], reply.result["message_id"])
    expected = telegram_engine.answer(suggestions[0], Conversation()).text.split(" \u2014 ")[0]
    assert suggestions[0] in parse_html(shown["text"]) and expected in parse_html(shown["text"])
    assert "reply_markup" not in shown  # no buttons left to tap


async def test_a_tap_on_a_suggestion_deleted_meanwhile_still_answers(application, botapi, telegram_engine):
    question, _ = question_with_suggestions(telegram_engine)
    await feed(application, message_update(f"/ask {question}", GROUP_CHAT))
    reply = botapi.sent()[0]
    button = reply.params["reply_markup"]["inline_keyboard"][0][0]
    botapi.forget_message(GROUP_CHAT["id"], reply.result["message_id"])  # an admin deleted it
    ours = bot_message(said(reply), GROUP_CHAT, reply.result["message_id"])
    await feed(application, callback_update(button["callback_data"], ours))
    answer = botapi.sent()[-1]
    assert len(botapi.sent()) == 2 and button["text"] in said(answer)


async def test_a_tap_on_a_message_the_bot_can_no_longer_see_answers_anew(application, botapi):
    old = {"message_id": 99999, "date": 0, "chat": GROUP_CHAT}  # how Telegram marks an inaccessible message
    await feed(application, callback_update("ask:sales", old))
    (answer,) = botapi.sent()
    assert "million" in said(answer) and botapi.requests(ok=False) == []  # no edit was even tried


@pytest.mark.parametrize("data", ["ask:#" + question_key("a question this bot never offered"), "elsewhere"])
async def test_unknown_or_stale_buttons_are_answered_without_a_message(application, botapi, data):
    ours = bot_message("old", PRIVATE_CHAT, 999)
    await feed(application, callback_update(data, ours))
    (call,) = botapi.requests("answerCallbackQuery")
    assert "expired" in call.params["text"]
    assert botapi.sent() == [] and botapi.edits() == []


# ---- charts ---------------------------------------------------------------------------------


async def test_chart_command_and_chart_question_send_the_png(application, botapi):
    await feed(application, message_update("/chart"))
    await feed(application, message_update("show me a chart of sales"))
    first, second = botapi.requests("sendPhoto")
    assert first.ok and second.ok
    png = first.files["photo"]
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    assert second.files["photo"] == png  # rendered once, reused
    caption = said(first)
    assert "2012" in caption and "2016" in caption and "2017" in caption and "target" in caption
    assert "Source" in said(second)


# ---- resilience -----------------------------------------------------------------------------


HOSTILE = [
    "how many phones did xiaomi sell in 2013 <&>?",
    "<b>how many phones did xiaomi sell in 2013</b> *_bold_* &amp; &lt;",
    "</i><a href='x'>2013 sales?",
    "sales in 2013 & 2014 <script>alert(1)</script>",
]


async def test_html_hostile_questions_never_break_a_reply(application, botapi):
    for question in HOSTILE:
        await feed(application, message_update(question))
        await feed(application, message_update(f"@{BOT_USERNAME} {question}", GROUP_CHAT))
        await feed(application, inline_update(question))
    assert botapi.requests(ok=False) == []  # every text parsed as Telegram HTML
    assert len(botapi.sent()) == 2 * len(HOSTILE)
    assert SOLD_2013 in said(botapi.sent()[0])
    for call, question in zip(botapi.requests("answerInlineQuery"), HOSTILE, strict=True):
        shown = parse_html(call.params["results"][0]["input_message_content"]["message_text"])
        assert " ".join(question.split()) in shown  # the question, shown exactly as typed


async def test_any_length_and_any_unicode_gets_a_reply(application, botapi):
    odd = [
        "x" * 4096,
        "how many phones 2013 " * 190,
        "\u200f\u202e\u0645\u0628\u064a\u0639\u0627\u062a 2014\u202c \x00\x07\x1b[31m",
        "\U0001f4f1" * 2000,
        "\u200b\u2028\u2029\ufeff",
        "2013?\u0301\u0301\u0301",
    ]
    for text in odd:
        await feed(application, message_update(text))
    assert botapi.requests(ok=False) == []
    assert len(botapi.sent()) == len(odd)


async def test_a_bot_api_500_loses_one_reply_not_the_bot(application, botapi, caplog):
    botapi.fail_next("sendMessage", status=500)
    await feed(application, message_update(Q2013))
    await feed(application, message_update("how many phones did xiaomi sell in 2014?"))
    assert [c.status for c in botapi.requests("sendMessage")] == [500, 200]
    assert SOLD_2014 in said(botapi.sent()[0])
    assert any(
        r.levelno == logging.ERROR and "Internal Server Error" in r.getMessage() for r in caplog.records
    )


async def test_a_429_is_honoured_and_the_answer_sent_after_the_wait(botapi, telegram_engine, telegram_kb):
    app = build_application(bot_settings(botapi.base_url, telegram_kb, rate_limit=True), telegram_engine)
    await app.initialize()
    try:
        botapi.fail_next("sendMessage", status=429, retry_after=1)
        await feed(app, message_update(Q2013))
    finally:
        await app.shutdown()
    refused, sent = botapi.requests("sendMessage")
    assert refused.status == 429 and sent.ok
    assert sent.at - refused.at >= 1.0
    assert SOLD_2013 in said(sent)


def test_the_token_is_redacted_from_log_lines_and_tracebacks():
    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(self.format(record))

    handler = Keep()
    handler.addFilter(RedactToken(TOKEN))
    logger = logging.getLogger("test.redaction")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("HTTP Request: POST %s/bot%s/getMe", "https://api.telegram.org", TOKEN)
        try:
            raise RuntimeError(f"failed https://api.telegram.org/bot{TOKEN.replace(':', '%3A')}/sendMessage")
        except RuntimeError:
            logger.exception("boom")
    finally:
        logger.removeHandler(handler)
    secret = TOKEN.partition(":")[2]
    assert len(records) == 2 and all(secret not in r for r in records)
    assert "getMe" in records[0] and "sendMessage" in records[1]


def test_run_without_a_token_stops_before_anything_else(tmp_path):
    from bot.config import ConfigError, Settings

    settings = Settings(None, "http://127.0.0.1:9/bot", ROOT / "knowledge", tmp_path / "kb.db", False)
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN"):
        run(settings)
    assert not (tmp_path / "kb.db").exists()  # not even the knowledge base was touched


# ---- operating it: the unanswered log, /stats, /reload, logs -------------------------------------

ADMIN_CHAT = PRIVATE_CHAT  # USER's private chat; USER is the admin
STRANGER_CHAT = {"id": OTHER_USER["id"], "type": "private", "first_name": OTHER_USER["first_name"]}
UNKNOWN_QUESTION = "what's the weather on mars"
Q2011 = "how many phones did xiaomi sell in 2011?"


@pytest.fixture
async def operated(botapi, tmp_path, knowledge_copy):
    """The bot with USER as admin, its own editable knowledge/ and an unanswered-question log,
    configured as an operator configures it."""
    environ = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_BASE_URL": botapi.base_url,
        "BOT_RATE_LIMIT": "off",
        "KNOWLEDGE_DIR": str(knowledge_copy),
        "KNOWLEDGE_DB": str(tmp_path / "kb.db"),
        "ADMIN_USER_IDS": f"{USER['id']}, 7",
        "UNANSWERED_DB": str(tmp_path / "unanswered.db"),
    }
    settings = load_settings(tmp_path / "no.env", environ=environ)
    app = build_application(settings, load_engine(settings))
    await app.initialize()
    yield app
    await app.shutdown()


def last_said(botapi, chat: dict) -> str:
    return said(botapi.sent(chat["id"])[-1])


async def test_admin_stats_tells_served_answered_and_unanswered(operated, botapi):
    await feed(operated, message_update(Q2013))
    await feed(operated, message_update(UNKNOWN_QUESTION))
    await feed(operated, message_update(UNKNOWN_QUESTION + "?"))
    await feed(operated, message_update("/stats"))
    stats = last_said(botapi, ADMIN_CHAT)
    assert "3 question(s) served, 1 answered (33% answered)" in stats
    assert f"{FACTS} facts" in stats and "Up " in stats
    assert f"2\u00d7 {UNKNOWN_QUESTION}" in stats  # the two wordings counted as one


@pytest.mark.parametrize("command", ["/stats", "/reload"])
async def test_admin_commands_are_unknown_commands_to_anyone_else(operated, botapi, command):
    await feed(operated, message_update(command, STRANGER_CHAT, user=OTHER_USER))
    await feed(operated, message_update("/statz", STRANGER_CHAT, user=OTHER_USER))
    reply, unknown = botapi.sent(STRANGER_CHAT["id"])
    # Byte for byte what any unknown command gets, but for the command it echoes: reveals nothing.
    assert reply.method == unknown.method
    assert reply.params == unknown.params | {"text": unknown.params["text"].replace("/statz", command)}
    await feed(operated, message_update(command, GROUP_CHAT))  # the admin, but in a group
    await feed(operated, message_update("/statz", GROUP_CHAT))
    assert botapi.sent(GROUP_CHAT["id"]) == []  # as silent as on any unknown command there


async def test_reload_serves_an_added_fact_and_a_broken_file_keeps_the_old_answers(
    operated, botapi, knowledge_copy
):
    await feed(operated, message_update(Q2011))
    assert "1.9 million" not in last_said(botapi, ADMIN_CHAT)
    sentence = "In 2011 Xiaomi sold 1.9 million phones."
    with (knowledge_copy / "articles" / "wang-2017.txt").open("a", encoding="utf-8") as article:
        article.write("\n" + sentence + "\n")
    facts = knowledge_copy / "facts" / "wang-2017.csv"
    with facts.open("a", encoding="utf-8") as rows:
        rows.write(f'sales-2011,Xiaomi,smartphones_sold,2011,1.9 million,,smartphones,,,,"{sentence}"\n')
    await feed(operated, message_update("/reload"))
    assert f"Reloaded. Now answering from {FACTS + 1} facts" in last_said(botapi, ADMIN_CHAT)
    await feed(operated, message_update(Q2011))
    assert "1.9 million" in last_said(botapi, ADMIN_CHAT)

    row = append_row(facts, "bad,Xiaomi,smartphones_sold,2010,lots,,smartphones,,,,x\n")
    await feed(operated, message_update("/reload"))
    failed = last_said(botapi, ADMIN_CHAT)
    assert "Reload failed" in failed
    assert f"knowledge/facts/wang-2017.csv, row {row}: 'lots' is not a number" in failed
    assert f"Still answering from the knowledge base as it was: {FACTS + 1} facts" in failed
    await feed(operated, message_update(Q2011))
    assert "1.9 million" in last_said(botapi, ADMIN_CHAT)


async def test_reload_that_cannot_write_keeps_the_old_knowledge_base(operated, botapi, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the database's folder should be")  # as good as a full disk
    operated.bot_data.settings = replace(operated.bot_data.settings, database_path=blocked / "kb.db")
    await feed(operated, message_update("/reload"))
    failed = last_said(botapi, ADMIN_CHAT)
    assert failed.startswith("Reload failed: the build stopped.") and "Error" in failed
    assert f"Still answering from the knowledge base as it was: {FACTS} facts" in failed
    await feed(operated, message_update(Q2013))
    assert SOLD_2013 in last_said(botapi, ADMIN_CHAT)


async def test_two_reloads_at_once_build_one_after_the_other(operated, botapi):
    await asyncio.gather(*(feed(operated, message_update("/reload")) for _ in range(3)))
    replies = [said(c) for c in botapi.sent(ADMIN_CHAT["id"])]
    assert len(replies) == 3 and all(
        r.startswith(f"Reloaded. Now answering from {FACTS} facts") for r in replies
    )
    await feed(operated, message_update(Q2013))
    assert SOLD_2013 in last_said(botapi, ADMIN_CHAT)


async def test_unanswered_questions_are_logged_with_their_chat_type_only(operated, botapi):
    await feed(operated, message_update(UNKNOWN_QUESTION))
    await feed(operated, message_update(f"/ask@{BOT_USERNAME} {UNKNOWN_QUESTION} in the group", GROUP_CHAT))
    await feed(operated, inline_update(UNKNOWN_QUESTION + " inline"))
    await feed(operated, message_update(Q2013))  # answered: not logged
    log = operated.bot_data.unanswered
    log.flush()
    rows = read_unanswered(log.path)
    assert [(r.chat_type, r.question) for r in rows] == [
        ("private", UNKNOWN_QUESTION),
        ("group", f"{UNKNOWN_QUESTION} in the group"),
        ("inline", f"{UNKNOWN_QUESTION} inline"),
    ]


async def test_a_locked_unanswered_log_never_costs_an_answer(operated, botapi):
    log = operated.bot_data.unanswered
    await feed(operated, message_update(UNKNOWN_QUESTION))
    log.flush()  # the file exists; now someone holds it
    holder = sqlite3.connect(log.path, isolation_level=None)
    holder.execute("begin exclusive")
    try:
        await feed(operated, message_update(UNKNOWN_QUESTION + " again"))
        await feed(operated, message_update(Q2013))
        assert log.flush() == 0
    finally:
        holder.close()
    replies = [said(c) for c in botapi.sent(ADMIN_CHAT["id"])]
    assert len(replies) == 3 and SOLD_2013 in replies[-1]
    assert log.lost == 1


async def test_an_unwritable_unanswered_log_never_costs_an_answer(botapi, tmp_path, caplog):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the log's folder should be")
    settings = replace(bot_settings(botapi.base_url, tmp_path / "kb.db"), unanswered_db=blocked / "u.db")
    app = build_application(settings, load_engine(settings))
    await app.initialize()
    await app.post_init(app)  # the writer thread runs, as in `python -m bot run`
    try:
        for number in range(3):
            await feed(app, message_update(f"{UNKNOWN_QUESTION} {number}"))
        await feed(app, message_update(Q2013))
    finally:
        await app.post_shutdown(app)  # writes out what is queued: it cannot
        await app.shutdown()
    replies = [said(c) for c in botapi.sent(ADMIN_CHAT["id"])]
    assert len(replies) == 4 and SOLD_2013 in replies[-1]
    assert app.bot_data.unanswered.lost == 3
    warnings = [r for r in caplog.records if "unanswered-question log" in r.getMessage()]
    assert len(warnings) == 1 and warnings[0].levelno == logging.WARNING


async def test_info_log_has_a_line_per_question_but_no_group_text(operated, botapi, caplog):
    caplog.set_level(logging.DEBUG, logger="bot.chat_app.handlers")
    secret = "xiaomi phones 2013 zanzibar"
    await feed(operated, message_update(f"/ask@{BOT_USERNAME} {secret}", GROUP_CHAT))
    info = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert any(m.startswith("group question: intent=sales score=") and " ms" in m for m in info)
    assert not any("zanzibar" in m for m in info)
    assert any("zanzibar" in r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG)


# ---- end to end: python -m bot run --------------------------------------------------------------


def bot_env(botapi: BotApiServer, kb: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TELEGRAM_", "KNOWLEDGE_", "BOT_", "WEBHOOK_"))
    }
    env.update(
        PYTHONPATH=str(ROOT),
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_BASE_URL=botapi.base_url,
        BOT_RATE_LIMIT="off",
        KNOWLEDGE_DB=str(kb),
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


def stop(process: subprocess.Popen) -> tuple[int, str, str, float]:
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    try:
        out, err = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        raise AssertionError(f"the bot did not stop on SIGTERM:\n{err}") from None
    return process.returncode, out, err, time.monotonic() - started


def start_bot(botapi, telegram_kb, cwd, **env: str) -> subprocess.Popen:
    """`python -m bot run` as a user starts it, pointed at the stand-in Bot API."""
    env.setdefault("BOT_STATE_FILE", str(Path(cwd) / "bot-state.db"))  # each test its own
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        env=bot_env(botapi, telegram_kb, **env),
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_end_to_end_polling_answers_and_stops_cleanly_on_sigterm(botapi, telegram_kb, tmp_path):
    process = start_bot(botapi, telegram_kb, tmp_path, UNANSWERED_DB=str(tmp_path / "unanswered.db"))
    try:
        botapi.push_update(message_update(Q2013))
        botapi.push_update(message_update("and 2014?"))
        asked = botapi.push_update(
            message_update(f"/ask@{BOT_USERNAME} how many phones in 2013?", GROUP_CHAT)
        )
        botapi.push_update(message_update("just chatting", GROUP_CHAT))
        botapi.push_update(inline_update(Q2013))
        botapi.push_update(message_update("/chart"))
        botapi.push_update(message_update(f"@{BOT_USERNAME} {UNKNOWN_QUESTION}", OTHER_GROUP))
        botapi.wait_for("sendMessage", count=4, timeout=20)
        botapi.wait_for("answerInlineQuery")
        botapi.wait_for("sendPhoto", timeout=20)
    finally:
        status, out, err, took = stop(process)
    private = [said(c) for c in botapi.sent(PRIVATE_CHAT["id"]) if c.method == "sendMessage"]
    assert SOLD_2013 in private[0] and SOLD_2014 in private[1]
    (group,) = botapi.sent(GROUP_CHAT["id"])
    assert group.reply_to == asked["message"]["message_id"] and SOLD_2013 in said(group)
    assert botapi.requests("sendPhoto")[0].files["photo"].startswith(b"\x89PNG")
    assert {c.params["scope"]["type"] for c in botapi.requests("setMyCommands")} == {
        "all_private_chats",
        "all_group_chats",
    }
    assert status == 0, err
    assert took < 10
    assert f"up as @{BOT_USERNAME}" in err
    secret = TOKEN.partition(":")[2]
    assert secret not in out and secret not in err
    assert "Traceback" not in err
    assert err.count(" question: intent=") == 5  # a line per question: 2 private, 2 group, 1 inline
    assert "phones in 2013" not in err and "mars" not in err  # no group text at INFO
    (logged,) = read_unanswered(tmp_path / "unanswered.db")  # written out by the stop at the latest
    assert (logged.chat_type, logged.question) == ("group", UNKNOWN_QUESTION)


def test_end_to_end_a_bot_api_error_is_logged_without_the_token(botapi, telegram_kb, tmp_path):
    botapi.fail_next("sendMessage", status=500)
    process = start_bot(botapi, telegram_kb, tmp_path)
    try:
        botapi.push_update(message_update(Q2013))
        botapi.push_update(message_update("how many phones did xiaomi sell in 2014?"))
        botapi.wait_for("sendMessage", count=2, timeout=20)
    finally:
        status, out, err, _ = stop(process)
    assert [c.status for c in botapi.requests("sendMessage")] == [500, 200]
    assert status == 0
    assert "Internal Server Error" in err
    assert TOKEN.partition(":")[2] not in out + err


def test_end_to_end_a_restart_keeps_follow_ups_and_buttons_working(botapi, telegram_kb, tmp_path):
    process = start_bot(botapi, telegram_kb, tmp_path)
    try:
        botapi.push_update(message_update(f"/ask {GOAL_2017}", GROUP_CHAT))
        botapi.push_update(message_update(f"/ask {UNREADABLE}", GROUP_CHAT, user=OTHER_USER))
        botapi.push_update(message_update(GOAL_2017))
        botapi.wait_for("sendMessage", count=3, timeout=20)
    finally:
        status, _, err, _ = stop(process)
    assert status == 0, err
    assert (tmp_path / "bot-state.db").is_file()
    goal, suggestion = botapi.sent(GROUP_CHAT["id"])
    buttons = [row[0]["callback_data"] for row in suggestion.params["reply_markup"]["inline_keyboard"]]

    process = start_bot(botapi, telegram_kb, tmp_path)  # a new process, the same state file
    try:
        on_goal = bot_message(said(goal), GROUP_CHAT, goal.result["message_id"])
        on_suggestion = bot_message(said(suggestion), GROUP_CHAT, suggestion.result["message_id"])
        botapi.push_update(message_update("and 2015?", GROUP_CHAT, user=OTHER_USER, reply_to=on_goal))
        botapi.push_update(callback_update(buttons[0], on_suggestion, user=OTHER_USER))
        botapi.push_update(callback_update(buttons[0], on_suggestion, user=USER))  # tapped again: nothing
        botapi.push_update(message_update("and 2015?"))
        botapi.wait_for("sendMessage", count=5, timeout=20)
        botapi.wait_for("editMessageText", timeout=20)
        botapi.wait_for("answerCallbackQuery", count=2, timeout=20)
    finally:
        status, _, err, _ = stop(process)
    assert status == 0, err
    # Each "and 2015?" alone would be 2015's sales: the target means the kept question was used.
    follow_up = botapi.sent(GROUP_CHAT["id"])[-1]
    assert GOAL_2015 in said(follow_up)
    assert GOAL_2015 in said(botapi.sent(PRIVATE_CHAT["id"])[-1])
    shown = parse_html(botapi.message(GROUP_CHAT["id"], suggestion.result["message_id"])["text"])
    assert "don't know" not in shown and "Source" in shown  # the tapped suggestion, answered
    assert len(botapi.edits()) == 1 and len(botapi.sent()) == 5
    assert "Traceback" not in err


def test_end_to_end_an_unreadable_state_file_is_set_aside(botapi, telegram_kb, tmp_path):
    (tmp_path / "bot-state.db").write_bytes(b"not a pickle")
    process = start_bot(botapi, telegram_kb, tmp_path)
    try:
        botapi.push_update(message_update(Q2013))
        botapi.wait_for("sendMessage", timeout=20)
    finally:
        status, _, err, _ = stop(process)
    assert status == 0, err
    assert SOLD_2013 in said(botapi.sent()[0])
    assert "is not a database" in err and (tmp_path / "bot-state.db.unreadable").is_file()


def test_end_to_end_polling_asks_for_exactly_the_updates_it_handles(botapi, telegram_kb, tmp_path):
    botapi.push_update(
        {
            "chat_member": {
                "chat": GROUP_CHAT,
                "from": USER,
                "date": 0,
                "old_chat_member": {},
                "new_chat_member": {},
            }
        }
    )
    process = start_bot(botapi, telegram_kb, tmp_path)
    try:
        botapi.push_update(message_update(Q2013))
        botapi.wait_for("sendMessage", timeout=20)
    finally:
        status, _, err, _ = stop(process)
    assert status == 0, err
    polls = [c for c in botapi.requests("getUpdates") if c.params.get("allowed_updates")]
    assert polls and all(sorted(c.params["allowed_updates"]) == sorted(ALLOWED_UPDATES) for c in polls)


def test_end_to_end_a_slow_chat_holds_up_no_other_and_keeps_its_own_order(botapi, telegram_kb, tmp_path):
    # The first chart of a process imports matplotlib and draws: long enough for other chats to pass.
    process = start_bot(botapi, telegram_kb, tmp_path)
    try:
        botapi.push_update(message_update("/chart"))
        botapi.push_update(message_update(Q2013))
        botapi.push_update(message_update(f"/ask@{BOT_USERNAME} {Q2013}", OTHER_GROUP))
        botapi.wait_for("sendMessage", count=2, timeout=20)
        botapi.wait_for("sendPhoto", timeout=20)
    finally:
        status, _, err, _ = stop(process)
    calls = [(c.method, c.params.get("chat_id")) for c in botapi.sent()]
    private, group = PRIVATE_CHAT["id"], OTHER_GROUP["id"]
    assert calls.index(("sendPhoto", private)) < calls.index(("sendMessage", private))  # in order asked
    assert calls.index(("sendMessage", group)) < calls.index(("sendPhoto", private))  # not held up
    assert status == 0, err


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post_update(url: str, update: dict, secret: str) -> int:
    import json

    request = urllib.request.Request(
        url,
        data=json.dumps(update).encode(),
        headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret},
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_end_to_end_webhook_serves_updates_with_the_secret(botapi, telegram_kb, tmp_path):
    port = free_port()
    hook = f"http://127.0.0.1:{port}/market-facts"
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--webhook", hook, "--listen", "127.0.0.1", "--port", str(port),
         "--secret-token", "s3cret-token"],
        env=bot_env(botapi, telegram_kb),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        (registered,) = botapi.wait_for("setWebhook", timeout=20)
        assert registered.params["url"] == hook and registered.params["secret_token"] == "s3cret-token"
        deadline = time.monotonic() + 10
        while True:
            try:
                status = post_update(hook, {"update_id": 1, **message_update(Q2013)}, "s3cret-token")
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        assert status == 200
        assert post_update(hook, {"update_id": 2, **message_update("and 2014?")}, "wrong") == 403
        botapi.wait_for("sendMessage")
    finally:
        code, out, err, took = stop(process)
    assert [SOLD_2013 in said(c) for c in botapi.sent()] == [True]  # the forged update was refused
    assert code == 0 and took < 10, err
    assert TOKEN.partition(":")[2] not in out + err


def run_bot_once(env: dict, cwd) -> subprocess.CompletedProcess:
    """`python -m bot run` expected to stop by itself (a settings or start-up error)."""
    return subprocess.run(
        [sys.executable, "-m", "bot", "run"], env=env, cwd=cwd, capture_output=True, text=True, timeout=30
    )


@pytest.mark.parametrize("token", ["", "not-a-token"])
def test_end_to_end_missing_or_malformed_token_is_one_line_and_exit_2(botapi, telegram_kb, tmp_path, token):
    result = run_bot_once(bot_env(botapi, telegram_kb, TELEGRAM_BOT_TOKEN=token), tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "TELEGRAM_BOT_TOKEN" in result.stderr
    assert botapi.requests() == []  # never got as far as the Bot API


def test_end_to_end_rejected_token_or_unreachable_api_is_one_clear_error(telegram_kb, tmp_path):
    with BotApiServer(token="654321:" + "z" * 35) as other:  # knows another bot's token
        for base_url in (other.base_url, "http://127.0.0.1:9/bot"):
            result = run_bot_once(bot_env(other, telegram_kb, TELEGRAM_BASE_URL=base_url), tmp_path)
            assert result.returncode == 2
            assert "Traceback" not in result.stderr
            assert result.stderr.strip().splitlines()[-1].startswith("error: ")
            assert TOKEN.partition(":")[2] not in result.stdout + result.stderr


def test_matplotlib_is_loaded_only_when_a_chart_is_asked_for(botapi, telegram_kb):
    script = f"""
import asyncio, sys
from telegram import Update
from bot.chat_app.app import build_application
from tests.telegram_fixtures import bot_settings, message_update
from bot.engine import load_engine

async def main():
    settings = bot_settings({botapi.base_url!r}, __import__("pathlib").Path({str(telegram_kb)!r}))
    app = build_application(settings, load_engine(settings))
    await app.initialize()
    await app.post_init(app)
    for n, text in enumerate(["{Q2013}", "/start", "/sources"], 1):
        await app.process_update(Update.de_json({{"update_id": n, **message_update(text)}}, app.bot))
    print("before", "matplotlib" in sys.modules)
    await app.process_update(Update.de_json({{"update_id": 9, **message_update("/chart")}}, app.bot))
    print("after", "matplotlib" in sys.modules)
    await app.shutdown()

asyncio.run(main())
"""
    result = subprocess.run(
        [sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
        text=True, timeout=60, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["before", "False", "after", "True"]


# ---- a bad edit: the last good knowledge base keeps answering --------------------------------------


async def test_stats_says_the_knowledge_base_is_older_than_files_that_do_not_build(
    operated, botapi, knowledge_copy
):
    await feed(operated, message_update("/stats"))
    assert "Older than the knowledge files" not in last_said(botapi, ADMIN_CHAT)
    facts = knowledge_copy / "facts" / "wang-2017.csv"
    row = append_row(facts, "bad,Xiaomi,smartphones_sold,2016,7.2 milion,,smartphones,,,,x\n")
    await feed(operated, message_update("/stats"))
    stats = last_said(botapi, ADMIN_CHAT)
    assert "Older than the knowledge files: they do not build (1 problem(s))" in stats
    assert f"knowledge/facts/wang-2017.csv, row {row}: '7.2 milion' is not a number" in stats


def test_end_to_end_a_restart_after_a_bad_edit_answers_from_the_last_good_knowledge_base(
    botapi, tmp_path, knowledge_copy
):
    kb = tmp_path / "kb.db"
    load_engine(
        load_settings(tmp_path / "no.env", {"KNOWLEDGE_DIR": str(knowledge_copy), "KNOWLEDGE_DB": str(kb)})
    )
    facts = knowledge_copy / "facts" / "wang-2017.csv"
    row = append_row(facts, "bad,Xiaomi,smartphones_sold,2016,7.2 milion,,smartphones,,,,x\n")
    process = start_bot(botapi, kb, tmp_path, KNOWLEDGE_DIR=str(knowledge_copy))
    try:
        botapi.push_update(message_update(Q2013))
        botapi.wait_for("sendMessage", timeout=20)
    finally:
        status, _, err, _ = stop(process)
    assert status == 0, err
    assert SOLD_2013 in said(botapi.sent(PRIVATE_CHAT["id"])[0])
    errors = [line for line in err.splitlines() if " ERROR " in line]
    assert "the knowledge files do not build (1 problem(s)), so answers come from the last good" in errors[0]
    assert f"knowledge/facts/wang-2017.csv, row {row}: '7.2 milion' is not a number" in errors[1]


class BrokenEngine:
    """An engine with a bug: what the error handler is for."""

    example_questions = ()

    def answer(self, question, conversation=None):
        raise RuntimeError("a bug")

    def suggestion(self, key):
        return "How many smartphones did Xiaomi sell in 2015?"


async def test_a_bug_is_apologised_for_where_it_was_asked(application, botapi, caplog):
    application.bot_data.engine = BrokenEngine()
    asked = await feed(application, topic_update(f"@{BOT_USERNAME} {Q2013}", topic=7))
    tap = await feed(application, callback_update("ask:sales", bot_message("?", GROUP_CHAT, 5)))
    (sorry,) = botapi.sent()
    assert "Sorry" in said(sorry) and sorry.params["message_thread_id"] == 7
    assert sorry.reply_to == asked["message"]["message_id"]
    (answered,) = botapi.requests("answerCallbackQuery")
    assert (
        answered.params["callback_query_id"] == tap["callback_query"]["id"]
        and "Sorry" in answered.params["text"]
    )
    assert caplog.text.count("failed") == 2
