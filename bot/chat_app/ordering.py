"""Updates from different chats are handled at the same time; each chat's own, in order.

python-telegram-bot handles one update at a time by default: one chat's slow moment (a
chart being drawn, a flood-control wait, a slow network) then holds up every other chat.
This processor lets up to `max_concurrent_updates` updates run at once, but never two of
the same chat, so a follow-up ("and 2015?") always comes after the question it follows
and a chat's answers arrive in the order it asked.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


def chat_key(update: object) -> int | None:
    """What orders an update: its chat, else its sender (inline queries have no chat)."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None


class ChatOrderedProcessor(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int):
        super().__init__(max_concurrent_updates)
        # Slots are taken only once it is an update's turn in its chat: waiting behind its own
        # chat's earlier updates, an update holds no slot, so one busy chat never fills them all.
        self._slots = asyncio.BoundedSemaphore(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._holders: dict[int, int] = {}  # updates holding or awaiting each chat's lock

    @property
    def chats_in_progress(self) -> int:
        return len(self._locks)

    async def process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """In the update's chat's turn, then within the slots (the base class takes a slot first)."""
        key = chat_key(update)
        if key is None:
            await self.do_process_update(update, coroutine)
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._holders[key] = self._holders.get(key, 0) + 1
        try:
            async with lock:  # asyncio.Lock wakes waiters first come, first served
                await self.do_process_update(update, coroutine)
        finally:
            self._holders[key] -= 1
            if not self._holders[key]:  # forget idle chats: memory stays flat however many write
                del self._holders[key], self._locks[key]

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        async with self._slots:
            await coroutine

    async def initialize(self) -> None:
        """Nothing to set up: locks are made per chat as updates arrive."""

    async def shutdown(self) -> None:
        """Nothing to free: a chat's lock goes with its last update."""
