"""Soak: `python -m bot run` under a few thousand mixed updates, with Bot API errors thrown in.

The bot is started as a user starts it (its own knowledge base built into a temporary folder at
start-up) against the stand-in Bot API server, which fails a random share of its replies
(`sendMessage`, `answerInlineQuery`) with a 500 or a 429 at a fixed seed. Every reply the bot
should send is worked out beforehand, with the same engine and renderer and a conversation per
chat, so the test checks each chat's replies one by one: the right text, in order, as a reply
to the right message in groups.

What the bot does with a failed reply depends on flood control (`BOT_RATE_LIMIT`):

- off (the big run, as for any test or benchmark server: on, replies are paced to Telegram's 30
  a second, and 2,400 would take 80 s): python-telegram-bot retries nothing. A reply met by a
  500 or a 429 is lost, the rest of that answer with it; the bot logs one "Bot API error" line
  and goes on. Nothing is sent twice and no apology follows; the chat's next question is
  answered as usual.
- on (the default, the small run): a 429 is waited out (retry_after, 1 s) and the same request
  sent again, so every answer arrives, exactly once.

Marked `soak`: `pytest -m soak` runs only these, `-m "not soak"` leaves them out; the plain
`pytest -q` (CI) runs them. About 25 s in all.
"""

from __future__ import annotations

import dataclasses
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.chat_app.addressing import Asking
from bot.chat_app.render import answer_messages, help_message, inline_result, sources_messages, start_message
from bot.chat_app.speaking import Action, action_for
from bot.engine import Engine
from bot.understanding import Conversation
from tests.botapi_server import BOT_USERNAME, TOKEN, BotApiServer, Call
from tests.telegram_fixtures import bot_message, inline_update, message_update
from tests.test_app import bot_env, stop

pytestmark = [
    pytest.mark.soak,
    pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads memory from /proc"),
]

QUESTIONS = (
    "how many phones did xiaomi sell in 2014?",
    "How many smartphones did Xiaomi sell in 2012?",
    "xiomi smarphone sales 2013 lol",  # typos
    "XIAOMY SMARPHONE SALES 2016!!!",
    "growth 2013 to 2014?",
    "total sales 2012-2016",
    "what was the sales target for 2015",
    "which year was better, 2015 or 2016",
    "who is the ceo",
    "how much is xiaomi worth",
    "how many phones did xiaomi sell in 2019?",  # unknowns
    "how many phones did huawei sell in 2015?",
    "what's the weather on mars",
    "revenue 2014?",
    "'; DROP TABLE facts; --",  # hostile
    "<script>alert(1)</script> sales 2016 &amp; <b>",
    "{0} %s {answer.__class__} *_`[x](http://y)",
    "\u0645\u0628\u064a\u0639\u0627\u062a \U0001f4f1 2015 \u202e\x00",
    "sales " * 2000,  # 12,000 characters
    "\U0001f4f1" * 3000,
)
FOLLOW_UPS = ("and 2015?", "and the year before?", "what about 2016", "and 2019?", "compare with 2012")
COMMANDS = ("/help", "/sources", "/start")
CHATTER = (
    "lol",
    "anyone up for lunch?",
    "xiaomi phones are nice",
    "how many phones did xiaomi sell in 2014?",  # a question, but not for the bot
    "/ask@OtherBot how many phones in 2014?",
    "@SomeoneElse what about 2015",
)


@dataclass
class Script:
    """The updates to send, in order, and the replies each chat (or inline query) should get."""

    updates: list[tuple[str, dict]] = field(default_factory=list)  # (kind, update)
    # chat id or inline query id -> [(message id it replies to in groups, [HTML texts])]
    expected: dict[int | str, list[tuple[int | None, list[str]]]] = field(default_factory=dict)
    inline: dict[str, list[str]] = field(default_factory=dict)  # query id -> results' message texts
    chatter: list[dict] = field(default_factory=list)  # group messages not for the bot
    quiet_chats: set[int] = field(default_factory=set)  # groups where nothing is for the bot


def build_script(
    engine: Engine, rng: random.Random, chats: int, groups: int, quiet: int, inline: int
) -> Script:
    """Conversations in private chats and groups and inline queries, interleaved at random,
    with the replies the bot should send worked out turn by turn."""
    script = Script()
    queues: list[list[tuple[str, dict]]] = []
    mention = re.compile(rf"(?<![\w@])@{BOT_USERNAME}\b", re.IGNORECASE)

    def ask(
        chat_id: int,
        conversation: Conversation,
        question: str,
        reply_to: int | None,
        asking: Asking = Asking.PRIVATE,
    ) -> Conversation:
        """What the bot sends for a question, and the conversation after it (unchanged when unheard)."""
        before = dataclasses.replace(conversation)
        answer = engine.answer(question, conversation)
        assert answer.chart is None  # a chart is a sendPhoto: not in this mix
        if action_for(answer.kind, asking, chat_id < 0) is not Action.ANSWER:
            return before  # chatter to the bot, or a 🤷: nothing sent, nothing remembered
        script.expected.setdefault(chat_id, []).append((reply_to, answer_messages(answer)))
        return conversation

    for number in range(chats):
        chat = {"id": 10_000 + number, "type": "private", "first_name": f"U{number}"}
        user = {"id": chat["id"], "is_bot": False, "first_name": chat["first_name"]}
        conversation, queue = Conversation(), []
        turns = [rng.choice(QUESTIONS), *rng.sample(FOLLOW_UPS, rng.randint(0, 3))]
        if rng.random() < 0.1:
            turns.insert(rng.randint(0, len(turns)), rng.choice(COMMANDS))
        if rng.random() < 0.2:
            turns.append(f"@{BOT_USERNAME} {rng.choice(QUESTIONS)}")  # the mention is taken out
        for text in turns:
            queue.append(("private", message_update(text, chat, user=user)))
            if text == "/help":
                script.expected.setdefault(chat["id"], []).append((None, [help_message(BOT_USERNAME)]))
            elif text == "/sources":
                script.expected.setdefault(chat["id"], []).append((None, sources_messages(engine.sources)))
            elif text == "/start":
                start = start_message(engine.summary(), engine.example_questions[:3])
                script.expected.setdefault(chat["id"], []).append((None, [start]))
            else:
                ask(chat["id"], conversation, mention.sub(" ", text).strip(), None)
        queues.append(queue)

    for number in range(groups):
        chat = {"id": -1_000_000 - number, "type": "supergroup", "title": f"G{number}"}
        conversations, queue = defaultdict(Conversation), []  # each member has their own
        for turn in range(rng.randint(4, 10)):
            user = {"id": 50_000 + number * 10 + turn % 3, "is_bot": False, "first_name": f"M{number}"}
            conversation = conversations[user["id"]]
            form = rng.choice(["ask", "mention", "reply", "chatter", "chatter"])
            question = rng.choice(FOLLOW_UPS if turn and rng.random() < 0.4 else QUESTIONS)
            if form == "chatter":  # now and then a reply to another member: still not for the bot
                other = message_update("who knows?", chat, user={**user, "id": user["id"] + 5})["message"]
                replied = other if rng.random() < 0.3 else None
                update = message_update(rng.choice(CHATTER), chat, user=user, reply_to=replied)
                script.chatter.append(update["message"])
            else:
                if form == "ask":
                    update = message_update(f"/ask@{BOT_USERNAME} {question}", chat, user=user)
                elif form == "mention":
                    update = message_update(f"@{BOT_USERNAME}, {question}", chat, user=user)
                else:  # a reply to one of the bot's messages (one it never sent: no thread) is for the bot
                    replied = bot_message(
                        "Xiaomi sold 18.7 million smartphones in 2013.", chat, 900_000 + turn
                    )
                    update = message_update(question, chat, user=user, reply_to=replied)
                asking = {"ask": Asking.COMMAND, "mention": Asking.MENTION, "reply": Asking.REPLY}[form]
                message_id = update["message"]["message_id"]
                conversations[user["id"]] = ask(
                    chat["id"], conversation, question.strip(), message_id, asking
                )
            queue.append(("chatter" if form == "chatter" else "group", update))
        queues.append(queue)

    for number in range(quiet):
        chat = {"id": -2_000_000 - number, "type": "supergroup", "title": f"Q{number}"}
        user = {"id": 60_000 + number, "is_bot": False, "first_name": f"Q{number}"}
        script.quiet_chats.add(chat["id"])
        for _ in range(rng.randint(1, 4)):
            update = message_update(rng.choice(CHATTER), chat, user=user)
            script.chatter.append(update["message"])
            queues.append([("chatter", update)])

    for number in range(inline):
        user = {"id": 70_000 + number, "is_bot": False, "first_name": f"I{number}"}
        query = "" if rng.random() < 0.05 else rng.choice(QUESTIONS)[:200]
        update = inline_update(query, user=user)
        question = re.sub(rf"(?<![\w@])@{BOT_USERNAME}\b", " ", query, flags=re.IGNORECASE).strip()
        if question:
            first = engine.answer(question)
            answers = [first, *(engine.answer(s) for s in first.suggestions)]
        else:
            answers = [engine.answer(q) for q in engine.example_questions]
        results = {r.id: r for r in map(inline_result, answers)}
        script.inline[update["inline_query"]["id"]] = [
            r.input_message_content.message_text for r in results.values()
        ]
        queues.append([("inline", update)])

    while queues:  # one turn at a time from a random conversation: chats interleave, each in order
        queue = rng.choice(queues)
        script.updates.append(queue.pop(0))
        if not queue:
            queues.remove(queue)
    return script


# ---- reading what the bot sent ------------------------------------------------------------------


def replies_by_target(botapi: BotApiServer) -> dict[int | str, list[Call]]:
    """Every reply call, failed ones too, per chat id or inline query id, in the order made."""
    found: dict[int | str, list[Call]] = defaultdict(list)
    for call in botapi.requests():
        if call.method.lower() == "sendmessage":
            found[call.params.get("chat_id")].append(call)
        elif call.method.lower() == "answerinlinequery":
            found[call.params.get("inline_query_id")].append(call)
    return found


def inline_texts(call: Call) -> list[str]:
    return [r.get("input_message_content", {}).get("message_text") for r in call.params.get("results", [])]


# A known engine bug (see test_properties.test_answer_same_question_same_answer_in_another_process):
def chat_problem(
    target: int | str, answers: list[tuple[int | None, list[str]]], made: list[Call]
) -> str | None:
    """The first way a chat's reply calls differ from its expected answers, or None.

    Answers come in order, each part once; a part failed on purpose ends its answer (the bot
    sends no more of it and does not retry); a call refused for what it sent is a problem."""
    calls = iter(made)
    for reply_to, parts in answers:
        for part in parts:
            call = next(calls, None)
            if call is None:
                return f"chat {target}: no reply to message {reply_to}: expected {part[:80]!r}"
            if call.text != part:
                return f"chat {target}: sent {call.text[:80]!r}, expected {part[:80]!r}"
            if reply_to is not None and call.reply_to != reply_to:
                return f"chat {target}: replied to message {call.reply_to}, not {reply_to}"
            if not call.ok and not call.injected:
                return f"chat {target}: refused with {call.status}: {call.text[:80]!r}"
            if not call.ok:
                break  # the rest of this answer is lost with it
    extra = next(calls, None)
    return f"chat {target}: more messages than expected: {extra.text[:80]!r}" if extra else None


def inline_problem(query: str, texts: list[str], made: list[Call]) -> str | None:
    if len(made) != 1:
        return f"inline query {query}: answered {len(made)} times"
    if inline_texts(made[0]) != texts:
        return f"inline query {query}: results {inline_texts(made[0])[:1]}, expected {texts[:1]}"
    if not made[0].ok and not made[0].injected:
        return f"inline query {query}: refused with {made[0].status}"
    return None


def delivered(replies: dict[int | str, list[Call]]) -> dict[int | str, list[Call]]:
    """The reply calls that went through."""
    return {target: [c for c in calls if c.ok] for target, calls in replies.items()}


def reply_problems(script: Script, calls: dict[int | str, list[Call]]) -> list[str]:
    """Every chat's and inline query's replies against what the script expects."""
    problems = [chat_problem(t, answers, calls.get(t, [])) for t, answers in script.expected.items()]
    problems += [inline_problem(q, texts, calls.get(q, [])) for q, texts in script.inline.items()]
    return [p for p in problems if p]


def all_replied(script: Script, calls: dict[int | str, list[Call]]) -> bool:
    """Whether every expected reply has had its call, whatever came of it (to wait on)."""
    return not any("no reply" in p or "answered 0 times" in p for p in reply_problems(script, calls))


def silence_problems(script: Script, calls: list[Call]) -> list[str]:
    """Group messages not for the bot got no reply, and groups with only chatter heard nothing."""
    chatter = {(m["chat"]["id"], m["message_id"]) for m in script.chatter}
    problems = [
        f"replied to chatter {c.params.get('chat_id')}/{c.reply_to}: {c.text[:80]!r}"
        for c in calls
        if (c.params.get("chat_id"), c.reply_to) in chatter
    ]
    problems += [
        f"spoke in quiet group {c.params.get('chat_id')}: {c.text[:80]!r}"
        for c in calls
        if c.params.get("chat_id") in script.quiet_chats
    ]
    return problems


# ---- running the bot ----------------------------------------------------------------------------


def rss_kib(pid: int) -> int:
    match = re.search(r"VmRSS:\s+(\d+)", Path(f"/proc/{pid}/status").read_text())
    return int(match.group(1)) if match else 0


class MemorySampler(threading.Thread):
    """The resident memory (KiB) of a process, every `every` seconds, until stopped."""

    def __init__(self, pid: int, every: float = 0.05):
        super().__init__(daemon=True)
        self.pid, self.every, self.samples, self.stopping = pid, every, [], threading.Event()

    def run(self) -> None:
        while not self.stopping.wait(self.every):
            try:
                self.samples.append(rss_kib(self.pid))
            except OSError:
                return  # the process is gone: the test says so


def start(botapi: BotApiServer, tmp_path: Path, log_path: Path, **env: str) -> subprocess.Popen:
    """`python -m bot run`, its knowledge base built at start-up into tmp_path, its log in a file
    (a pipe could fill up with thousands of log lines and block the bot)."""
    with log_path.open("w") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            env=bot_env(botapi, tmp_path / "knowledge.db", **env),
            cwd=tmp_path,
            stdout=log,
            stderr=log,
        )


def wait_up(process: subprocess.Popen, log_path: Path, timeout: float = 30) -> None:
    """Until the bot logs that it is up. (Not `wait_for("getUpdates")`: the stand-in records a call
    when it has answered it, and the first long poll answers only after 10 s without updates.)"""
    up = wait_until(
        lambda: f"up as @{BOT_USERNAME}" in log_path.read_text() or process.poll() is not None, timeout
    )
    assert up and process.poll() is None, f"the bot did not start:\n{log_path.read_text()[-3000:]}"


def wait_until(done, timeout: float, every: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            return False
        time.sleep(every)
    return True


def check_log(text: str) -> None:
    assert TOKEN not in text and TOKEN.partition(":")[2] not in text, "the token is in the log"
    assert "Traceback" not in text, text[text.index("Traceback") - 2000 :][:6000]


# ---- the soak -----------------------------------------------------------------------------------

ERROR_SHARE = 0.03  # of sendMessage and answerInlineQuery calls, half 500s, half 429s
BACKLOG = 150  # updates sent ahead of the replies: a busy bot, not one burst


def test_soak_mixed_updates_with_500s_and_429s(engine: Engine, tmp_path: Path):
    script = build_script(engine, random.Random(7), chats=450, groups=70, quiet=40, inline=500)
    assert 2_000 <= len(script.updates) <= 3_000, len(script.updates)
    log_path = tmp_path / "bot.log"
    with BotApiServer() as botapi:
        botapi.fail_randomly(("sendMessage", "answerInlineQuery"), ERROR_SHARE, seed=11)
        process = start(botapi, tmp_path, log_path, BOT_RATE_LIMIT="off", BOT_GROUP_LIMIT="1000")
        memory = MemorySampler(process.pid)
        try:
            wait_up(process, log_path)
            memory.start()
            started, sent_addressed = time.monotonic(), 0
            for number, (kind, update) in enumerate(script.updates, 1):
                botapi.push_update(update)
                sent_addressed += kind != "chatter"
                if number % 50 == 0:  # wait for the replies to catch up (each addressed update makes one)
                    caught_up = wait_until(
                        lambda n=sent_addressed: (
                            len(botapi.requests("sendMessage")) + len(botapi.requests("answerInlineQuery"))
                            >= n - BACKLOG
                        ),
                        timeout=20,
                    )
                    assert caught_up, f"the bot stopped answering after {number} updates"
            finished = wait_until(
                lambda: all_replied(script, replies_by_target(botapi)), timeout=30, every=0.3
            )
            took = time.monotonic() - started
            alive = process.poll() is None
        finally:
            memory.stopping.set()
            status, _, _, _ = stop(process)
        calls = botapi.requests()
        replies = replies_by_target(botapi)
        injected = botapi.injected_failures()
    log = log_path.read_text()

    assert alive, f"the bot died:\n{log[-3000:]}"
    problems = reply_problems(script, replies)
    assert finished, f"not every chat was answered within 30 s: {problems[:10]}"
    assert problems == [], f"{len(problems)} problems, e.g. {problems[:10]}"
    assert silence_problems(script, calls) == []
    # The errors were really met, of both kinds, and each cost exactly one reply: no retries.
    assert {c.status for c in injected} == {500, 429}, len(injected)
    assert {c.status for c in calls if not c.ok} <= {500, 429} and all(c.injected for c in calls if not c.ok)
    errors = [line for line in log.splitlines() if " ERROR " in line]
    assert len(errors) == len(injected) and all("Bot API error" in line for line in errors), errors[:5]
    assert not any("Sorry, something went wrong" in c.text for c in calls)  # no bug met, so no apology
    check_log(log)
    assert status == 0, log[-3000:]

    # Memory levels off: after warm-up (the first fifth), the last quarter of the run is within
    # generous slack of the first (under 1.5x and under 30 MiB more).
    samples = memory.samples[len(memory.samples) // 5 :]
    assert len(samples) >= 20, f"{len(samples)} memory samples in {took:.1f} s"
    quarter = len(samples) // 4
    early, late = statistics.median(samples[:quarter]), statistics.median(samples[-quarter:])
    assert late < early * 1.5 and late - early < 30 * 1024, (
        f"resident memory grew from {early / 1024:.0f} to {late / 1024:.0f} MiB over {took:.0f} s"
    )


def test_soak_flood_control_waits_out_429s_and_sends_every_answer(engine: Engine, tmp_path: Path):
    """Flood control on (the default): a 429 is waited out and the same reply sent again."""
    script = build_script(engine, random.Random(3), chats=40, groups=5, quiet=3, inline=25)
    log_path = tmp_path / "bot.log"
    with BotApiServer() as botapi:
        botapi.fail_randomly(("sendMessage", "answerInlineQuery"), 0.05, seed=5, statuses=(429,))
        process = start(botapi, tmp_path, log_path, BOT_RATE_LIMIT="on")
        try:
            wait_up(process, log_path)
            for _, update in script.updates:
                botapi.push_update(update)

            finished = wait_until(
                lambda: all_replied(script, delivered(replies_by_target(botapi))), timeout=40, every=0.3
            )
            alive = process.poll() is None
        finally:
            status, _, _, _ = stop(process)
        calls = botapi.requests()
        replies = replies_by_target(botapi)
        injected = botapi.injected_failures()
    log = log_path.read_text()

    assert alive, f"the bot died:\n{log[-3000:]}"
    problems = reply_problems(script, delivered(replies))  # every answer, in order, once: none lost
    assert finished, f"not every answer arrived within 40 s: {problems[:10]}"
    assert problems == [], f"{len(problems)} problems, e.g. {problems[:10]}"
    assert silence_problems(script, calls) == []
    assert injected and {c.status for c in injected} == {429}
    for failed in injected:  # each was sent again, the same, once retry_after had passed
        target = failed.params.get("chat_id") or failed.params.get("inline_query_id")
        later = [c for c in replies[target] if c.at > failed.at and c.params == failed.params]
        assert later and later[0].at - failed.at >= 1.0, (target, failed.text[:80])
    assert "Bot API error" not in log
    check_log(log)
    assert status == 0, log[-3000:]
