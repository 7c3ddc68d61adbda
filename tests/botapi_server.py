"""A stand-in Telegram Bot API server on 127.0.0.1, for tests.

It speaks the Bot API's HTTP protocol well enough for python-telegram-bot, in process
or in a subprocess (`TELEGRAM_BASE_URL=server.base_url`): `getMe`, long-polling
`getUpdates` fed by `push_update`, `sendMessage`, multipart `sendPhoto`,
`answerInlineQuery`, `answerCallbackQuery`, `setMyCommands`/`getMyCommands`, webhooks,
`editMessageText`/`editMessageCaption`/`deleteMessage` of the messages it sent,
`setMessageReaction`. Like
Telegram, `getUpdates` delivers only the update types its `allowed_updates` asked for.

Like Telegram it rejects what Telegram rejects and tests care about: HTML that does not
parse (a raw `<` or `&`, unknown or unclosed tags), texts over 4096 characters, captions
over 1024, callback data over 64 bytes, a wrong token, an edit of a message it never sent or
one that changes nothing ("message is not modified"), a reaction Telegram does not offer.
It records every request (`calls`), and can fail calls on purpose: the next N calls of a
method (`fail_next`), or a random share of them at a fixed seed (`fail_randomly`), with a
500 or a 429 + retry_after. Calls failed on purpose are marked `injected`
(`injected_failures()` lists them), so a test can tell them from the errors the bot earned
(a 400 for bad HTML).
"""

from __future__ import annotations

import email.parser
import email.policy
import html
import itertools
import json
import random
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123"
BOT_ID = 123456
BOT_USERNAME = "MarketFactsBot"

# Parameters the Bot API takes as JSON; everything else stays a string (a text "2014" is text).
JSON_FIELDS = {
    "chat_id", "message_id", "offset", "limit", "timeout", "allowed_updates", "reply_parameters",
    "reply_markup", "results", "cache_time", "is_personal", "commands", "scope", "show_alert",
    "link_preview_options", "drop_pending_updates", "max_connections", "entities", "caption_entities",
    "button", "disable_notification", "protect_content", "message_thread_id", "reaction", "is_big",
}  # fmt: skip
# The reactions Telegram offers bots (ReactionTypeEmoji); anything else is REACTION_INVALID.
REACTIONS = set(
    "👍 👎 ❤ 🔥 🥰 👏 😁 🤔 🤯 😱 🤬 😢 🎉 🤩 🤮 💩 🙏 👌 🕊 🤡 🥱 🥴 😍 🐳 ❤️‍🔥 "
    "🌚 🌭 💯 🤣 ⚡ 🍌 🏆 💔 🤨 😐 🍓 🍾 💋 🖕 😈 😴 😭 🤓 👻 👨‍💻 👀 🎃 🙈 😇 "
    "😨 🤝 ✍ 🤗 🫡 🎅 🎄 ☃ 💅 🤪 🗿 🆒 💘 🙉 🦄 😘 💊 🙊 😎 👾 🤷‍♂️ 🤷 🤷‍♀️ 😡".split()
)
# What getUpdates delivers until allowed_updates says otherwise (Telegram's default).
DEFAULT_UPDATES = {
    "message", "edited_message", "channel_post", "edited_channel_post", "inline_query",
    "chosen_inline_result", "callback_query", "shipping_query", "pre_checkout_query", "poll",
    "poll_answer", "my_chat_member", "chat_join_request",
}  # fmt: skip
HTML_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code",
    "pre", "blockquote", "tg-emoji",
}  # fmt: skip
TAG = re.compile(r"""<(/?)([a-zA-Z][\w-]*)((?:\s+[a-zA-Z-]+(?:=(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*>""")
ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")
MESSAGE_LIMIT, CAPTION_LIMIT, CALLBACK_DATA_LIMIT = 4096, 1024, 64


class BadRequest(Exception):
    """A request Telegram would refuse with 400 and this description."""


def parse_html(text: str) -> str:
    """The plain text of a Telegram-HTML message, or BadRequest as Telegram would refuse it."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "<":
            match = TAG.match(text, i)
            if not match:
                raise BadRequest(f"can't parse entities: unexpected '<' at offset {i}")
            closing, name = match.group(1), match.group(2).lower()
            if name not in HTML_TAGS:
                raise BadRequest(f'can\'t parse entities: unsupported start tag "{name}" at offset {i}')
            if closing:
                if not stack or stack[-1] != name:
                    raise BadRequest(f'can\'t parse entities: unmatched end tag "{name}" at offset {i}')
                stack.pop()
            else:
                stack.append(name)
            i = match.end()
        elif char == "&":
            match = ENTITY.match(text, i)
            if not match:
                raise BadRequest(f"can't parse entities: unescaped '&' at offset {i}")
            out.append(html.unescape(match.group(0)))
            i = match.end()
        elif char == ">":
            raise BadRequest(f"can't parse entities: unexpected '>' at offset {i}")
        else:
            out.append(char)
            i += 1
    if stack:
        raise BadRequest(
            f"can't parse entities: can't find end tag corresponding to start tag \"{stack[-1]}\""
        )
    return "".join(out)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def plain_text(text: str, parse_mode: str | None, limit: int, what: str) -> str:
    plain = parse_html(text) if (parse_mode or "").upper() == "HTML" else text
    if not plain.strip():
        raise BadRequest(f"{what} is empty")
    if utf16_len(plain) > limit:
        raise BadRequest(f"{what} is too long")
    return plain


def check_keyboard(markup: Any) -> None:
    if not markup:
        return
    for row in markup.get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if data is not None and len(data.encode("utf-8")) > CALLBACK_DATA_LIMIT:
                raise BadRequest("BUTTON_DATA_INVALID")


@dataclass
class Call:
    """One request the bot made."""

    method: str
    params: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)
    status: int = 200
    result: Any = None
    at: float = 0.0  # time.monotonic() when it arrived
    injected: bool = False  # failed on purpose (fail_next, fail_randomly), not for what it sent

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def reply_to(self) -> int | None:
        """The message this one replies to, from reply_parameters or reply_to_message_id."""
        params = self.params.get("reply_parameters")
        if isinstance(params, dict):
            return params.get("message_id")
        value = self.params.get("reply_to_message_id")
        return int(value) if value is not None else None

    @property
    def text(self) -> str:
        return self.params.get("text") or self.params.get("caption") or ""


class BotApiServer:
    """Start with `start()` (or as a context manager); `base_url` goes to TELEGRAM_BASE_URL."""

    def __init__(self, token: str = TOKEN, username: str = BOT_USERNAME, bot_id: int = BOT_ID):
        self.token = token
        self.username = username
        self.bot_id = bot_id
        self.calls: list[Call] = []
        self._updates: list[dict] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._failures: dict[str, list[tuple[int, int | None]]] = {}
        self._random_failures: dict[str, float] = {}  # method -> share of calls failed at random
        self._random = random.Random(0)
        self._random_statuses: tuple[int, ...] = (500, 429)
        self._random_retry_after = 1
        self._chat_types: dict[int, str] = {}
        self._messages: dict[tuple[int, int], dict] = {}  # (chat, message id) -> what the bot sent
        self._allowed = set(DEFAULT_UPDATES)
        self._commands: dict[str, list] = {}
        self._cond = threading.Condition()
        self._stopping = False
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ---- lifecycle ----

    def start(self) -> BotApiServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Replies go out as headers then body; with Nagle on, delayed ACKs add ~40 ms to each.
            disable_nagle_algorithm = True

            def do_GET(self) -> None:  # noqa: N802 - the http.server interface
                server._handle(self)

            def do_POST(self) -> None:  # noqa: N802
                server._handle(self)

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="botapi", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._httpd:
            self._httpd.shutdown()
            self._httpd.server_close()

    def __enter__(self) -> BotApiServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "start() the server first"
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # ---- what tests use ----

    def push_update(self, update: dict) -> dict:
        """Queue an update for getUpdates; gives it the next update_id."""
        update = {"update_id": next(self._update_ids), **update}
        self._remember_chats(update)
        with self._cond:
            self._updates.append(update)
            self._cond.notify_all()
        return update

    def fail_next(
        self, method: str, status: int = 500, times: int = 1, retry_after: int | None = None
    ) -> None:
        """Answer the next `times` calls of `method` with an error (429: with retry_after)."""
        with self._cond:
            self._failures.setdefault(method.lower(), []).extend([(status, retry_after)] * times)

    def fail_randomly(
        self,
        methods: tuple[str, ...],
        share: float,
        seed: int = 0,
        statuses: tuple[int, ...] = (500, 429),
        retry_after: int = 1,
    ) -> None:
        """From now on fail about `share` (0 to 1) of the calls of `methods`, each with a status
        drawn from `statuses`; a 429 asks to retry after `retry_after` seconds. `share=0` stops.

        The draws come from `random.Random(seed)`, one per call in the order calls arrive, so a
        seed gives the same failures for the same sequence of calls. A `fail_next` failure
        queued for a method goes first. Failed calls are kept in `calls` with their status and
        `injected=True`: see `injected_failures()`.
        """
        with self._cond:
            self._random = random.Random(seed)
            self._random_statuses = tuple(statuses)
            self._random_retry_after = retry_after
            self._random_failures = {m.lower(): share for m in methods if share > 0}

    def injected_failures(self, method: str | None = None) -> list[Call]:
        """The calls failed on purpose (by `fail_next` or `fail_randomly`), oldest first."""
        return [c for c in self.requests(method) if c.injected]

    def requests(self, method: str | None = None, ok: bool | None = None) -> list[Call]:
        with self._cond:
            calls = list(self.calls)
        return [
            c
            for c in calls
            if (method is None or c.method.lower() == method.lower()) and (ok is None or c.ok == ok)
        ]

    def sent(self, chat_id: int | None = None) -> list[Call]:
        """Messages and photos the bot sent successfully, oldest first."""
        return [
            c
            for c in self.requests(ok=True)
            if c.method.lower() in ("sendmessage", "sendphoto")
            and (chat_id is None or c.params.get("chat_id") == chat_id)
        ]

    def edits(self, chat_id: int | None = None) -> list[Call]:
        """Edits of the bot's messages that succeeded, oldest first."""
        return [
            c
            for c in self.requests(ok=True)
            if c.method.lower() in ("editmessagetext", "editmessagecaption")
            and (chat_id is None or c.params.get("chat_id") == chat_id)
        ]

    def reactions(self, chat_id: int | None = None) -> list[tuple[int, str]]:
        """(message id, emoji) of every reaction the bot set, oldest first."""
        return [
            (c.params["message_id"], r["emoji"])
            for c in self.requests("setMessageReaction", ok=True)
            if chat_id is None or c.params.get("chat_id") == chat_id
            for r in c.params.get("reaction") or []
        ]

    def forget_message(self, chat_id: int, message_id: int) -> None:
        """As if someone deleted a message of the bot's: edits of it now fail."""
        with self._cond:
            del self._messages[(chat_id, message_id)]

    def message(self, chat_id: int, message_id: int) -> dict:
        """A message the bot sent, as it stands after any edits."""
        with self._cond:
            return dict(self._messages[(chat_id, message_id)])

    def wait_for(
        self, method: str, count: int = 1, timeout: float = 10.0, ok: bool | None = None
    ) -> list[Call]:
        """Wait until at least `count` calls of `method` were made; returns them all."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                calls = self.requests(method, ok)
                if len(calls) >= count:
                    return calls
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(
                        f"expected {count} {method} call(s) within {timeout} s, got {len(calls)}: "
                        f"{[c.method for c in self.calls]}"
                    )
                self._cond.wait(left)

    # ---- the protocol ----

    def _remember_chats(self, update: dict) -> None:
        for key in ("message", "edited_message", "callback_query"):
            message = update.get(key, {})
            message = message.get("message", message) if key == "callback_query" else message
            chat = message.get("chat")
            if chat:
                self._chat_types[chat["id"]] = chat["type"]

    def _chat(self, chat_id: Any) -> dict:
        chat_id = int(chat_id)
        kind = self._chat_types.get(chat_id, "private" if chat_id > 0 else "supergroup")
        chat: dict[str, Any] = {"id": chat_id, "type": kind}
        if kind != "private":
            chat["title"] = "Test group"
        return chat

    def _me(self) -> dict:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Market Facts",
            "username": self.username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }

    def _message(self, params: dict, **content: Any) -> dict:
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": self._chat(params["chat_id"]),
            "from": self._me(),
            **content,
        }
        if params.get("message_thread_id"):
            message.update(message_thread_id=params["message_thread_id"], is_topic_message=True)
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        with self._cond:
            self._messages[(int(params["chat_id"]), message["message_id"])] = message
        return message

    def _edit(self, params: dict, field: str, limit: int) -> dict:
        key = (int(params.get("chat_id") or 0), int(params.get("message_id") or 0))
        with self._cond:
            message = self._messages.get(key)
        if message is None:
            raise BadRequest("message to edit not found")
        if field not in message:
            raise BadRequest("there is no text in the message to edit" if field == "text" else
                             "there is no caption in the message to edit")  # fmt: skip
        check_keyboard(params.get("reply_markup"))
        text = plain_text(params.get(field, ""), params.get("parse_mode"), limit, f"message {field}")
        markup = params.get("reply_markup")
        if text == message[field] and markup == message.get("reply_markup"):
            raise BadRequest(
                "message is not modified: specified new message content and reply markup are exactly "
                "the same as a current content and reply markup of the message"
            )
        edited = {**message, field: text, "edit_date": int(time.time())}
        edited.pop("reply_markup", None)
        if markup:
            edited["reply_markup"] = markup
        with self._cond:
            self._messages[key] = edited
        return edited

    def _read(self, request: BaseHTTPRequestHandler) -> tuple[dict[str, Any], dict[str, bytes]]:
        length = int(request.headers.get("Content-Length") or 0)
        body = request.rfile.read(length) if length else b""
        kind = request.headers.get("Content-Type", "")
        raw: dict[str, str] = dict(parse_qsl(urlsplit(request.path).query))
        files: dict[str, bytes] = {}
        if kind.startswith("application/json") and body:
            return json.loads(body), files
        if kind.startswith("multipart/form-data"):
            parsed = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                b"Content-Type: " + kind.encode() + b"\r\n\r\n" + body
            )
            for part in parsed.iter_parts():
                name = part.get_param("name", header="content-disposition")
                payload = part.get_payload(decode=True) or b""
                if part.get_filename() is not None:
                    files[name] = payload
                else:
                    raw[name] = payload.decode("utf-8")
        elif body:
            raw.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        params: dict[str, Any] = {}
        for name, value in raw.items():
            params[name] = json.loads(value) if name in JSON_FIELDS else value
        return params, files

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        path = urlsplit(request.path).path
        match = re.fullmatch(r"/bot([^/]*)/(\w+)", path)
        arrived = time.monotonic()
        try:
            params, files = self._read(request)
        except (ValueError, UnicodeDecodeError) as error:
            self._reply(
                request, 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {error}"}
            )
            return
        if not match:
            self._reply(request, 404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        token, method = match.groups()
        call = Call(method, params, files, at=arrived)
        if token != self.token:
            status, body = 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        else:
            failure = self._injected_failure(method.lower())
            call.injected = failure is not None
            status, body = failure or self._answer(method, params, files)
        call.status = status
        call.result = body.get("result")
        with self._cond:
            self.calls.append(call)
            self._cond.notify_all()
        self._reply(request, status, body)

    def _injected_failure(self, name: str) -> tuple[int, dict] | None:
        """The error to answer this call with, if `fail_next` or `fail_randomly` asks for one."""
        with self._cond:
            failures = self._failures.get(name)
            failure = failures.pop(0) if failures else None
            share = self._random_failures.get(name, 0.0)
            if failure is None and share and self._random.random() < share:
                failure = (self._random.choice(self._random_statuses), self._random_retry_after)
        if failure is None:
            return None
        status, retry_after = failure
        body: dict[str, Any] = {"ok": False, "error_code": status}
        if status == 429:
            body["description"] = f"Too Many Requests: retry after {retry_after or 1}"
            body["parameters"] = {"retry_after": retry_after or 1}
        else:
            body["description"] = "Internal Server Error" if status == 500 else f"Error {status}"
        return status, body

    def _answer(self, method: str, params: dict, files: dict) -> tuple[int, dict]:
        name = method.lower()
        try:
            result = self._result(name, params, files)
        except BadRequest as error:
            return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {error}"}
        if result is NotImplemented:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"}
        return 200, {"ok": True, "result": result}

    def _result(self, name: str, params: dict, files: dict) -> Any:
        if name == "getme":
            return self._me()
        if name == "getupdates":
            return self._get_updates(params)
        if name == "sendmessage":
            text = plain_text(params.get("text", ""), params.get("parse_mode"), MESSAGE_LIMIT, "message text")
            check_keyboard(params.get("reply_markup"))
            return self._message(params, text=text)
        if name == "sendphoto":
            photo = files.get("photo") or params.get("photo")
            if not photo:
                raise BadRequest("there is no photo in the request")
            content: dict[str, Any] = {
                "photo": [
                    {"file_id": "photo-file-id", "file_unique_id": "photo1", "width": 800, "height": 500}
                ]
            }
            if params.get("caption"):
                caption = params["caption"]
                content["caption"] = plain_text(
                    caption, params.get("parse_mode"), CAPTION_LIMIT, "message caption"
                )
            return self._message(params, **content)
        if name == "editmessagetext":
            return self._edit(params, "text", MESSAGE_LIMIT)
        if name == "editmessagecaption":
            return self._edit(params, "caption", CAPTION_LIMIT)
        if name == "deletemessage":
            with self._cond:
                if self._messages.pop((int(params["chat_id"]), int(params["message_id"])), None) is None:
                    raise BadRequest("message to delete not found")
            return True
        if name == "setmessagereaction":
            for reaction in params.get("reaction") or []:
                if reaction.get("type") != "emoji" or reaction.get("emoji") not in REACTIONS:
                    raise BadRequest("REACTION_INVALID")
            return True
        if name == "answerinlinequery":
            for result in params.get("results", []):
                if len(result["id"].encode()) > 64:
                    raise BadRequest("RESULT_ID_INVALID")
                content = result.get("input_message_content", {})
                plain_text(
                    content.get("message_text", ""), content.get("parse_mode"), MESSAGE_LIMIT, "message text"
                )
                check_keyboard(result.get("reply_markup"))
            return True
        if name == "setmycommands":
            scope = (params.get("scope") or {"type": "default"})["type"]
            self._commands[scope] = params.get("commands", [])
            return True
        if name == "getmycommands":
            return self._commands.get((params.get("scope") or {"type": "default"})["type"], [])
        if name == "getwebhookinfo":
            return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
        if name in (
            "answercallbackquery", "deletewebhook", "setwebhook", "sendchataction", "deletemycommands",
            "close", "logout", "setmydescription", "setmyshortdescription",
        ):  # fmt: skip
            return True
        return NotImplemented

    def _get_updates(self, params: dict) -> list[dict]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        with self._cond:
            if params.get("allowed_updates"):  # kept for later calls, as Telegram does
                self._allowed = set(params["allowed_updates"])
            while True:
                if offset:
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
                # Telegram never delivers the types not asked for.
                self._updates = [u for u in self._updates if self._allowed & u.keys()]
                if self._updates or self._stopping:
                    return self._updates[:limit]
                left = deadline - time.monotonic()
                if left <= 0:
                    return []
                self._cond.wait(left)

    @staticmethod
    def _reply(request: BaseHTTPRequestHandler, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        try:
            request.send_response(status)
            request.send_header("Content-Type", "application/json")
            request.send_header("Content-Length", str(len(data)))
            request.end_headers()
            request.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (a long poll cut short)
