"""The lean Bot API transport: JSON POSTs over kept-alive connections, on real sockets.

Each test scripts a small HTTP server on 127.0.0.1 that answers as the case needs (chunked,
closing, hanging) and records what arrived; the stand-in Bot API server checks the calls the
bot really makes.
"""

from __future__ import annotations

import asyncio
import json
import ssl
from pathlib import Path

import pytest
from telegram import InputFile
from telegram.error import NetworkError, TimedOut
from telegram.request import HTTPXRequest, RequestData
from telegram.request._requestparameter import RequestParameter

from bot.chat_app.transport import KEEPALIVE_EXPIRY, StreamRequest, Timeouts
from tests.botapi_server import TOKEN, BotApiServer

CERTIFICATE = Path(__file__).parent / "data" / "tls-test-cert.pem"  # self-signed, for 127.0.0.1 only
KEY = Path(__file__).parent / "data" / "tls-test-key.pem"
JSON_OK = b'{"ok":true,"result":true}'
CHUNKED_HEAD = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
CHUNKED = CHUNKED_HEAD + b'5\r\n{"ok"\r\n4\r\n:1}\n\r\n0\r\nX: y\r\n\r\n'  # a trailer line too


def request_data(**params) -> RequestData:
    return RequestData([RequestParameter.from_input(name, value) for name, value in params.items()])


class Scripted:
    """An HTTP/1.1 server answering each request with `respond(number, body)` -> raw bytes (or
    None to hang); it counts connections and keeps every request body."""

    def __init__(
        self, respond, tls: ssl.SSLContext | None = None, close_idle: bool = False, delay: float = 0.0
    ):
        self.delay = delay  # seconds before each answer
        self.respond = respond
        self.tls = tls
        self.close_idle = close_idle  # close each connection after its answer, as an idle timeout would
        self.connections = 0
        self.bodies: list[bytes] = []
        self.server: asyncio.Server | None = None

    async def __aenter__(self) -> Scripted:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self.tls)
        return self

    async def __aexit__(self, *exc) -> None:
        assert self.server is not None
        self.server.close()

    @property
    def url(self) -> str:
        assert self.server is not None
        port = self.server.sockets[0].getsockname()[1]
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{port}/bot{TOKEN}/sendMessage"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = next(
                    int(line.split(b":")[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length")
                )
                self.bodies.append(await reader.readexactly(length))
                reply = self.respond(len(self.bodies), self.bodies[-1])
                if reply is None:
                    await asyncio.sleep(3600)
                await asyncio.sleep(self.delay)
                writer.write(reply)
                await writer.drain()
                if b"connection: close" in reply.lower() or self.close_idle:
                    writer.close()
                    return
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()


def ok(body: bytes = JSON_OK, extra: bytes = b"") -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n%s\r\n%s" % (len(body), extra, body)


async def started(pool: int = 2, timeouts: Timeouts | None = None) -> StreamRequest:
    request = StreamRequest(HTTPXRequest, pool, timeouts)
    await request.initialize()
    return request


async def test_do_request_posts_json_with_nested_objects_as_objects():
    async with Scripted(lambda n, body: ok()) as server:
        request = await started()
        status, payload = await request.do_request(
            server.url, "POST", request_data(chat_id=5, text="hé", reply_parameters={"message_id": 7})
        )
        await request.shutdown()
    assert (status, payload) == (200, JSON_OK)
    assert json.loads(server.bodies[0]) == {"chat_id": 5, "text": "hé", "reply_parameters": {"message_id": 7}}


async def test_do_request_keeps_the_connection_alive():
    async with Scripted(lambda n, body: ok()) as server:
        request = await started()
        for _ in range(5):
            await request.do_request(server.url, "POST", request_data(chat_id=1))
        await request.shutdown()
    assert server.connections == 1


@pytest.mark.parametrize(
    "reply, payload, connections",
    [
        # chunked, with a trailer line
        (CHUNKED, b'{"ok":1}\n', 1),
        # a server closing after each answer: a new connection each time
        (ok(extra=b"Connection: close\r\n"), JSON_OK, 2),
        # an error status comes back as it is, for python-telegram-bot to raise BadRequest and the like
        (b'HTTP/1.1 400 Bad Request\r\nContent-Length: 12\r\n\r\n{"ok":false}', b'{"ok":false}', 1),
    ],
)
async def test_do_request_reads_every_kind_of_response(reply, payload, connections):
    async with Scripted(lambda n, body: reply) as server:
        request = await started()
        first = await request.do_request(server.url, "POST", request_data(chat_id=1))
        second = await request.do_request(server.url, "POST", request_data(chat_id=2))
        await request.shutdown()
    assert first[1] == second[1] == payload
    assert first[0] == int(reply[9:12])
    assert server.connections == connections


async def test_do_request_replaces_a_connection_the_server_closed_while_idle():
    async with Scripted(lambda n, body: ok(), close_idle=True) as server:
        request = await started()
        await request.do_request(server.url, "POST", request_data(chat_id=1))
        await asyncio.sleep(0.05)  # the server's close arrives while the connection is idle
        status, _ = await request.do_request(server.url, "POST", request_data(chat_id=2))
        await request.shutdown()
    assert status == 200 and server.connections == 2


async def test_do_request_never_trusts_a_connection_idle_too_long():
    # A NAT may drop an idle connection silently: after KEEPALIVE_EXPIRY a new one is opened.
    async with Scripted(lambda n, body: ok()) as server:
        request = await started()
        await request.do_request(server.url, "POST", request_data(chat_id=1))
        for connection in [c for idle in request._idle.values() for c in idle]:
            connection.idle_since -= KEEPALIVE_EXPIRY + 1
        await request.do_request(server.url, "POST", request_data(chat_id=2))
        await request.shutdown()
    assert server.connections == 2


@pytest.mark.parametrize(
    "head, extra",
    [
        # an informational answer first: the real one follows, and the next call gets its own
        (b"HTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\n", b""),
        # "keep-alive, close" still closes
        (b"", b"Connection: keep-alive, close\r\n"),
    ],
)
async def test_do_request_each_call_gets_its_own_answer(head, extra):
    async with Scripted(lambda n, body: head + ok(b'{"n":%d}' % n, extra)) as server:
        request = await started(pool=1)
        answers = [await request.do_request(server.url, "POST", request_data(chat_id=n)) for n in (1, 2)]
        await request.shutdown()
    assert [a[1] for a in answers] == [b'{"n":1}', b'{"n":2}']


async def test_do_request_reads_a_body_that_ends_with_the_connection():
    body = b"x" * 200_000
    async with Scripted(lambda n, _: b"HTTP/1.0 200 OK\r\n\r\n" + body, close_idle=True) as server:
        request = await started()
        status, payload = await request.do_request(server.url, "POST", request_data(chat_id=1))
        await request.shutdown()
    assert (status, len(payload)) == (200, len(body))


async def test_shutdown_closes_a_connection_still_in_use_and_refuses_new_calls():
    async with Scripted(lambda n, body: ok(), delay=0.2) as server:
        request = await started()
        slow = asyncio.create_task(request.do_request(server.url, "POST", request_data(chat_id=1)))
        await asyncio.sleep(0.05)
        await request.shutdown()
        assert (await slow)[0] == 200
        assert request._idle == {}  # its connection was closed, not kept
        with pytest.raises(RuntimeError):
            await request.do_request(server.url, "POST", request_data(chat_id=2))


async def test_behind_a_proxy_every_call_goes_through_httpx():
    async with Scripted(lambda n, body: ok()) as server:
        request = StreamRequest(HTTPXRequest, 1, everything_by_fallback=True)
        await request.initialize()
        await request.do_request(server.url, "POST", request_data(chat_id=1))
        await request.shutdown()
    assert server.bodies[0] == b"chat_id=1"  # httpx's form encoding, not the lean transport's JSON


async def test_do_request_times_out_as_python_telegram_bot_does():
    async with Scripted(lambda n, body: None) as server:
        request = await started(timeouts=Timeouts(read=0.2))
        with pytest.raises(TimedOut):
            await request.do_request(server.url, "POST", request_data(chat_id=1))
        with pytest.raises(TimedOut):  # a timeout given for the call wins over the default
            await request.do_request(server.url, "POST", request_data(chat_id=1), read_timeout=0.1)
        await request.shutdown()


async def test_do_request_pool_timeout_when_every_connection_is_busy():
    async with Scripted(lambda n, body: None) as server:
        request = await started(pool=1, timeouts=Timeouts(read=5, pool=0.1))
        hanging = asyncio.create_task(request.do_request(server.url, "POST", request_data(chat_id=1)))
        await asyncio.sleep(0.05)
        with pytest.raises(TimedOut, match="Pool timeout"):
            await request.do_request(server.url, "POST", request_data(chat_id=2))
        hanging.cancel()
        await request.shutdown()


async def test_do_request_refused_connection_is_a_network_error():
    probe = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = probe.sockets[0].getsockname()[1]
    probe.close()
    await probe.wait_closed()
    request = await started()
    with pytest.raises(NetworkError):
        await request.do_request(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe", "POST", request_data())
    await request.shutdown()


async def test_do_request_files_go_through_httpx():
    server = BotApiServer().start()
    try:
        request = await started()
        photo = InputFile(b"\x89PNG fake", filename="chart.png")
        data = request_data(chat_id=3, photo=photo)
        status, payload = await request.do_request(f"{server.base_url}{TOKEN}/sendPhoto", "POST", data)
        await request.shutdown()
    finally:
        server.stop()
    assert status == 200 and json.loads(payload)["ok"] is True
    assert server.requests("sendPhoto")[0].params["chat_id"] in (3, "3")


async def test_do_request_over_tls_verifies_the_server():
    served = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    served.load_cert_chain(CERTIFICATE, KEY)
    async with Scripted(lambda n, body: ok(), tls=served) as server:
        trusting = StreamRequest(HTTPXRequest, 1, ssl_context=ssl.create_default_context(cafile=CERTIFICATE))
        await trusting.initialize()
        assert (await trusting.do_request(server.url, "POST", request_data(chat_id=1)))[0] == 200
        await trusting.shutdown()
        stranger = await started()  # certifi's certificates: a self-signed server is refused
        with pytest.raises(NetworkError):
            await stranger.do_request(server.url, "POST", request_data(chat_id=1))
        await stranger.shutdown()


async def test_do_request_cancelled_gives_its_connection_and_slot_back():
    async with Scripted(lambda n, body: None if n == 1 else ok()) as server:
        request = await started(pool=1)
        hanging = asyncio.create_task(request.do_request(server.url, "POST", request_data(chat_id=1)))
        await asyncio.sleep(0.05)
        hanging.cancel()
        with pytest.raises(asyncio.CancelledError):
            await hanging
        # the one slot is free again, and the half-used connection is not reused
        status, _ = await request.do_request(server.url, "POST", request_data(chat_id=2))
        await request.shutdown()
    assert status == 200 and server.connections == 2
