"""A lean HTTP/1.1 transport for the Bot API's JSON calls, behind python-telegram-bot's own
`BaseRequest` interface, so the Application, the Bot and every handler are unchanged.

Why: through httpx, httpcore, anyio and h11, each Bot API call costs ~0.5 ms of CPU (profiled in
docs/performance.md), more than the engine spends answering. A JSON POST over a kept-alive
asyncio stream costs a fraction of that. Only what the bot sends most goes this way: a JSON body
to an http(s) URL. Anything else (a file upload, another HTTP method) goes through the usual
`HTTPXRequest`, made on first use (an httpx client loads its certificates, ~35 ms, which a bot
that never uploads a file need not pay at start-up), so nothing the library can do is lost.

Errors are python-telegram-bot's: `TimedOut` for a timeout, `NetworkError` for a broken or
refused connection, and the HTTP status code and body are returned as they come, for the
library to turn into `BadRequest`, `RetryAfter` and the rest.
"""

from __future__ import annotations

import asyncio
import json
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import certifi
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

KEEPALIVE_EXPIRY = 5.0  # seconds an idle connection is kept, as httpx does: a NAT may drop it silently
HAPPY_EYEBALLS_DELAY = 0.25  # seconds before trying the next address (IPv4 when IPv6 is blocked)
MAX_HEADER_BYTES = 64 * 1024  # a Bot API response's headers are a few hundred bytes
MAX_BODY_BYTES = 64 * 1024 * 1024  # getUpdates with 100 long messages is well under this


@dataclass(frozen=True)
class Timeouts:
    """Seconds, as python-telegram-bot's own defaults (`HTTPXRequest`)."""

    connect: float | None = 5.0
    read: float | None = 5.0
    write: float | None = 5.0
    pool: float | None = 1.0


class Connection:
    """One kept-alive connection to one host."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.reader = reader
        self.writer = writer
        self.idle_since = 0.0

    def usable(self, now: float) -> bool:
        # A server may close an idle kept-alive connection (its EOF has then been read already),
        # and a NAT or firewall may drop one silently: an old one is not trusted.
        fresh = now - self.idle_since <= KEEPALIVE_EXPIRY
        return fresh and not self.reader.at_eof() and not self.writer.is_closing()

    def close(self) -> None:
        self.writer.close()


class StreamRequest(BaseRequest):
    """JSON POSTs over a small pool of kept-alive connections; everything else by `fallback`."""

    __slots__ = (
        "_ca",
        "_closed",
        "_everything_by_fallback",
        "_fallback",
        "_idle",
        "_make_fallback",
        "_pool",
        "_size",
        "_ssl",
        "_timeouts",
        "_user_agent",
    )

    def __init__(
        self,
        fallback: Callable[[], HTTPXRequest],
        connection_pool_size: int = 1,
        timeouts: Timeouts | None = None,
        ssl_context: ssl.SSLContext | None = None,
        everything_by_fallback: bool = False,
        ca_file: str | None = None,
        ca_dir: str | None = None,
    ):
        # `everything_by_fallback`: behind an HTTP proxy, which httpx knows how to use.
        self._everything_by_fallback = everything_by_fallback
        self._closed = False
        self._make_fallback = fallback
        self._fallback: HTTPXRequest | None = None
        self._size = connection_pool_size
        self._timeouts = timeouts or Timeouts()
        self._pool: asyncio.Semaphore | None = None
        self._idle: dict[tuple[str, str, int], list[Connection]] = {}
        self._ssl = ssl_context  # None: made on the first https call, from the certificates below
        self._ca = (ca_file, ca_dir)
        self._user_agent = HTTPXRequest.USER_AGENT

    @property
    def read_timeout(self) -> float | None:
        return self._timeouts.read

    async def initialize(self) -> None:
        self._closed = False
        if self._pool is None:
            self._pool = asyncio.Semaphore(self._size)

    async def shutdown(self) -> None:
        self._closed = True  # a call still under way closes its connection instead of keeping it
        for connections in self._idle.values():
            for connection in connections:
                connection.close()
        self._idle.clear()
        if self._fallback is not None:
            await self._fallback.shutdown()
            self._fallback = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: float | None | object = BaseRequest.DEFAULT_NONE,
        write_timeout: float | None | object = BaseRequest.DEFAULT_NONE,
        connect_timeout: float | None | object = BaseRequest.DEFAULT_NONE,
        pool_timeout: float | None | object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        parts = urlsplit(url)
        if self._pool is None or self._closed:
            raise RuntimeError("This StreamRequest is not initialized!")
        files = bool(request_data and request_data.contains_files)
        if method != "POST" or parts.scheme not in ("http", "https") or files or self._everything_by_fallback:
            if self._fallback is None:
                self._fallback = self._make_fallback()
                await self._fallback.initialize()
            return await self._fallback.do_request(
                url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
            )
        timeouts = Timeouts(
            connect=self._chosen(connect_timeout, self._timeouts.connect),
            read=self._chosen(read_timeout, self._timeouts.read),
            write=self._chosen(write_timeout, self._timeouts.write),
            pool=self._chosen(pool_timeout, self._timeouts.pool),
        )
        # The parameters as one JSON object, nested objects as objects (`json_payload` would
        # send them as JSON strings inside the JSON).
        body = json.dumps(request_data.parameters if request_data else {}, separators=(",", ":")).encode()
        key = (parts.scheme, parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80))
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nUser-Agent: {self._user_agent}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\nAccept: */*\r\n\r\n"
        ).encode("latin-1")
        try:
            async with asyncio.timeout(timeouts.pool):  # cancels the wait cleanly, unlike wait_for in 3.11
                await self._pool.acquire()
        except TimeoutError as error:
            raise TimedOut(
                "Pool timeout: All connections in the connection pool are occupied. "
                "Request was *not* sent to Telegram."
            ) from error
        try:
            return await self._exchange(key, head + body, timeouts)
        finally:
            self._pool.release()

    @staticmethod
    def _chosen(given: object, default: float | None) -> float | None:
        return default if isinstance(given, type(BaseRequest.DEFAULT_NONE)) else given  # type: ignore[return-value]

    async def _exchange(
        self, key: tuple[str, str, int], request: bytes, timeouts: Timeouts
    ) -> tuple[int, bytes]:
        connection = await self._connection(key, timeouts.connect)
        try:
            connection.writer.write(request)
            async with asyncio.timeout(timeouts.write):
                await connection.writer.drain()
            async with asyncio.timeout(timeouts.read):
                status, body, keep = await read_response(connection.reader)
        except TimeoutError as error:
            connection.close()
            raise TimedOut from error
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as error:
            connection.close()
            raise NetworkError(f"{type(error).__name__}: {error}") from error
        except BaseException:  # cancelled mid-exchange: the connection is in an unknown state
            connection.close()
            raise
        if keep and not self._closed:
            connection.idle_since = asyncio.get_running_loop().time()
            self._idle.setdefault(key, []).append(connection)
        else:
            connection.close()
        return status, body

    async def _connection(self, key: tuple[str, str, int], connect_timeout: float | None) -> Connection:
        idle = self._idle.get(key, [])
        now = asyncio.get_running_loop().time()
        while idle:
            connection = idle.pop()
            if connection.usable(now):
                return connection
            connection.close()
        scheme, host, port = key
        secure = None
        if scheme == "https":
            if self._ssl is None:
                # The certificates httpx trusts: SSL_CERT_FILE / SSL_CERT_DIR where set, else
                # certifi's, not whatever the system may lack.
                ca_file, ca_dir = self._ca
                self._ssl = ssl.create_default_context(
                    cafile=ca_file or (None if ca_dir else certifi.where()), capath=ca_dir
                )
            secure = self._ssl
        try:
            async with asyncio.timeout(connect_timeout):
                reader, writer = await asyncio.open_connection(
                    host, port, ssl=secure, limit=MAX_HEADER_BYTES, happy_eyeballs_delay=HAPPY_EYEBALLS_DELAY
                )
        except TimeoutError as error:
            raise TimedOut from error
        except OSError as error:
            raise NetworkError(f"{type(error).__name__}: {error}") from error
        return Connection(reader, writer)


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes, bool]:
    """(status code, body, whether the connection may be used again) of one HTTP/1.1 response."""
    while True:
        version, status, headers = await read_head(reader)
        if not 100 <= status < 200 or status == 101:
            break  # "100 Continue", "103 Early Hints": the real answer follows on the same connection
    tokens = {t.strip().lower() for t in headers.get("connection", "").split(",")}
    keep = version == "HTTP/1.1" and "close" not in tokens
    if "chunked" in headers.get("transfer-encoding", "").lower():
        return status, await read_chunked(reader), keep
    if "content-length" in headers:
        length = int(headers["content-length"])
        if not 0 <= length <= MAX_BODY_BYTES:
            raise ValueError(f"response body of {length} bytes")
        return status, await reader.readexactly(length), keep
    if status in (101, 204, 304):
        return status, b"", False if status == 101 else keep
    return status, await read_to_close(reader), False  # the body ends with the connection


async def read_head(reader: asyncio.StreamReader) -> tuple[str, int, dict[str, str]]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    version, _, rest = lines[0].partition(" ")
    if not version.startswith("HTTP/1."):
        raise ValueError(f"not an HTTP/1 response: {lines[0][:80]!r}")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    return version, int(rest[:3]), headers


async def read_to_close(reader: asyncio.StreamReader) -> bytes:
    chunks, total = [], 0
    while chunk := await reader.read(65_536):
        total += len(chunk)
        if total > MAX_BODY_BYTES:
            raise ValueError(f"response body over {MAX_BODY_BYTES} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def read_chunked(reader: asyncio.StreamReader) -> bytes:
    chunks = []
    total = 0
    while True:
        size_line = await reader.readuntil(b"\r\n")
        size = int(size_line.split(b";", 1)[0].strip(), 16)
        if size == 0:
            while (await reader.readuntil(b"\r\n")) != b"\r\n":  # trailers, then the blank line
                pass
            return b"".join(chunks)
        total += size
        if total > MAX_BODY_BYTES:
            raise ValueError(f"response body over {MAX_BODY_BYTES} bytes")
        chunks.append(await reader.readexactly(size))
        await reader.readexactly(2)  # the CRLF after each chunk
