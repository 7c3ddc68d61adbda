"""Where one update's time goes: the bot's path next to the bare echo bot's, in one process.

`python -m tools.profile_update [--updates N] [--profile]` feeds the same private questions
through the bot's real Application (as `run` builds it) and through an echo bot's, both on a Bot
API that answers from memory, so what is measured is CPU in python-telegram-bot, the handlers
and the engine, not the network or the stand-in server. `--profile` adds a cProfile breakdown
of the bot's update, by package. A developer's tool: run it from the repository.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import cProfile
import itertools
import json
import logging
import os
import pstats
import time
from dataclasses import replace

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters
from telegram.request import BaseRequest, RequestData

from bot.config import load_settings
from bot.engine import load_engine

TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123"
QUESTIONS = (
    "how many phones did xiaomi sell in 2013?",
    "and 2014?",
    "growth 2013 to 2014",
    "who is the ceo?",
)
WARM_UP = 200


class MemoryBotApi(BaseRequest):
    """A Bot API that answers at once: getMe, and sendMessage with the message it would send."""

    def __init__(self) -> None:
        self._ids = itertools.count(1000)

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    @property
    def read_timeout(self) -> float:
        return 1.0

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None, **_: object):
        endpoint = url.rsplit("/", 1)[-1]
        result: object = True
        if endpoint == "getMe":
            result = {"id": 1, "is_bot": True, "first_name": "Bot", "username": "MarketFactsBot"}
        elif endpoint == "sendMessage" and request_data is not None:
            params = request_data.parameters
            chat = {"id": params["chat_id"], "type": "private", "first_name": "Ada"}
            result = {"message_id": next(self._ids), "date": 0, "chat": chat, "text": params["text"]}
        return 200, json.dumps({"ok": True, "result": result}).encode()


class InMemoryBuilder(ApplicationBuilder):
    """The bot's own builder, its Bot API swapped for `MemoryBotApi` (its pool size has no use)."""

    def connection_pool_size(self, size: int) -> InMemoryBuilder:
        return self

    def build(self) -> Application:
        self.request(MemoryBotApi())
        self.get_updates_request(MemoryBotApi())
        return super().build()


def private_update(number: int) -> dict:
    chat_id = 10_000 + number % 50  # fifty people, each in their own conversation
    return {
        "update_id": number,
        "message": {
            "message_id": number,
            "date": 0,
            "chat": {"id": chat_id, "type": "private", "first_name": "Ada"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "Ada"},
            "text": QUESTIONS[number % len(QUESTIONS)],
        },
    }


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await context.bot.send_message(update.effective_chat.id, update.effective_message.text)


def echo_application() -> Application:
    application = InMemoryBuilder().token(TOKEN).build()
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    return application


def bot_application() -> Application:
    from bot.chat_app import app

    settings = replace(load_settings(), telegram_bot_token=TOKEN, rate_limit=False, unanswered_db=None)
    settings = replace(settings, state_file=None)
    engine = load_engine(settings)
    builder, app.ApplicationBuilder = app.ApplicationBuilder, InMemoryBuilder
    try:
        return app.build_application(settings, engine)
    finally:
        app.ApplicationBuilder = builder


async def cpu_per_update(
    application: Application, count: int, profiler: cProfile.Profile | None = None
) -> float:
    """CPU milliseconds per update, after a warm-up."""
    await application.initialize()
    updates = [Update.de_json(private_update(n), application.bot) for n in range(count + WARM_UP)]
    for update in updates[:WARM_UP]:
        await application.process_update(update)
    if profiler:
        profiler.enable()
    started = time.process_time()
    for update in updates[WARM_UP:]:
        await application.process_update(update)
    spent = time.process_time() - started
    if profiler:
        profiler.disable()
    await application.shutdown()
    return spent * 1000 / count


def by_package(profiler: cProfile.Profile, count: int) -> list[tuple[str, float]]:
    """Own time per package (ours by module), in profiled milliseconds per update."""
    spent: collections.Counter[str] = collections.Counter()
    for (path, _, name), (_, _, own, _, _) in pstats.Stats(profiler).stats.items():
        if "site-packages/" in path:
            key = path.split("site-packages/")[1].split("/")[0]
        elif "/bot/" in path:
            key = "bot/" + path.split("/bot/", 1)[1]
        elif path.startswith(("~", "<")):
            key = f"builtin {name}"
        else:
            key = "stdlib " + path.rsplit("/", 1)[-1]
        spent[key] += own
    return [(key, seconds * 1000 / count) for key, seconds in spent.most_common(25)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=3000)
    parser.add_argument("--profile", action="store_true", help="a cProfile breakdown of the bot's update")
    args = parser.parse_args()
    with open(os.devnull, "w") as sink:  # the bot writes its log line per question, as it would
        logging.basicConfig(level=logging.INFO, stream=sink)
        measure(args.updates, args.profile)
    return 0


def measure(count: int, profile: bool) -> None:
    echo_ms = asyncio.run(cpu_per_update(echo_application(), count))
    bot_ms = asyncio.run(cpu_per_update(bot_application(), count))
    engine = load_engine(load_settings())
    started = time.process_time()
    for number in range(count):
        engine.answer(QUESTIONS[number % len(QUESTIONS)])
    engine_ms = (time.process_time() - started) * 1000 / count
    print(
        f"CPU per update, no network: echo bot {echo_ms:.3f} ms, bot {bot_ms:.3f} ms, "
        f"of which the engine {engine_ms:.3f} ms"
    )
    if profile:
        profiler = cProfile.Profile()
        asyncio.run(cpu_per_update(bot_application(), count, profiler))
        for key, ms in by_package(profiler, count):
            print(f"  {key:<45} {ms:.3f} ms (profiled)")


if __name__ == "__main__":
    raise SystemExit(main())
