"""Admins' commands (ADMIN_USER_IDS, private chats only): /stats and /reload."""

from __future__ import annotations

import asyncio
import logging
import time

from telegram import Update

from bot.chat_app import render
from bot.chat_app.context import BotContext
from bot.chat_app.sending import send, where_of
from bot.engine import Engine, reload_engine
from bot.knowledge.files import KnowledgeError
from bot.knowledge.store import freshness
from bot.unanswered import UnansweredError, UnansweredLog, read_unanswered, top_unanswered

log = logging.getLogger(__name__)

STATS_TOP = 5  # unanswered wordings shown by /stats
STATS_WINDOW = 7 * 86400.0  # ... from the last seven days


async def stats(update: Update, context: BotContext) -> None:
    """Admins only (see add_handlers): questions served, answered share, what went unanswered."""
    counters = context.bot_data.counters
    top, note = await asyncio.to_thread(recent_unanswered, context.bot_data.unanswered)
    files = await asyncio.to_thread(freshness, context.settings.knowledge_dir, context.engine.kb.meta)
    text = render.stats_message(
        served=counters.served,
        answered=counters.answered,
        uptime=time.monotonic() - counters.started,
        knowledge=context.engine.kb.meta,
        unanswered=[(g.count, g.question) for g in top],
        note=note,
        files=files,
    )
    await send(context, where_of(update.effective_message), [text])


def recent_unanswered(log_: UnansweredLog | None) -> tuple[list, str | None]:
    """The top unanswered wordings of the last week (written out first), or why there are none."""
    if log_ is None:
        return [], "the unanswered-question log is off"
    log_.flush()
    try:
        rows = read_unanswered(log_.path, STATS_WINDOW)
    except UnansweredError as error:
        return [], str(error)
    return top_unanswered(rows, STATS_TOP), None


async def reload(update: Update, context: BotContext) -> None:
    """Admins only: rebuild the knowledge base from its files; on any error keep the old one."""
    where = where_of(update.effective_message)
    async with context.bot_data.reloading:  # two admins at once: one build after the other
        old: Engine = context.engine
        try:
            new = await asyncio.to_thread(reload_engine, context.settings)
        except KnowledgeError as error:
            log.warning("reload refused: %d problem(s) in the knowledge files", len(error.problems))
            await send(context, where, [render.reload_failed(error.problems, old.kb.meta)])
            return
        except Exception as error:  # a full disk, say: the admin hears of it, the old one keeps serving
            log.exception("reload failed")
            problem = f"{type(error).__name__}: {error}"
            await send(context, where, [render.reload_failed([problem], old.kb.meta, in_files=False)])
            return
        # The next question is answered from the new knowledge base. The old one is not closed:
        # a handler that took it before an await may still read from it; it goes with its last user.
        context.bot_data.engine = new
    log.info("knowledge base reloaded: %s facts", new.kb.meta.get("facts"))
    await send(context, where, [render.reload_done(new.kb.meta, len(new.sources))])
