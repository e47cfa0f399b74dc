"""Loopback stand-ins for the far ends of notices: an SMTP inbox (aiosmtpd) and an HTTP server that
speaks Infobip's SMS API as documented (Send SMS message, delivery reports, App auth, error bodies,
429 with Retry-After, idempotent sending on messageId). Used by tests/test_outbox*.py, the crash
child and bench/notices.py; only 127.0.0.1.
"""
from __future__ import annotations

import json
import socket
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

API_KEY = "loopback-api-key-0123456789"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class InfobipServer:
    """Accepted messages in ``requests`` (every POST that got 200), delivered ones in ``phone``
    (what reached a handset: a messageId accepted before is refused, as idempotent sending does)."""

    def __init__(self, log_path=None) -> None:
        self.requests: list[dict] = []
        self.phone: list[dict] = []
        self.duplicates: list[str] = []
        self.auth_headers: list[str] = []
        self.script: list[int | str] = []  # per POST: a status code to answer, or "hang"
        self.lock = threading.Lock()
        self.release = threading.Event()  # lets hung requests go at shutdown
        self.arrived = threading.Event()  # set whenever a message reaches the phone
        self._log_path = log_path
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as the real API offers
            # Headers and body go out in two writes: with Nagle on, the body waits for the
            # client's delayed ACK (40 ms on Linux loopback) and every request costs that.
            disable_nagle_algorithm = True

            def log_message(self, *args):  # quiet
                pass

            def _reply(self, status: int, body: dict, headers: dict | None = None) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def _error(self, status: int, message_id: str, text: str, headers=None) -> None:
                self._reply(status, {"requestError": {"serviceException": {"messageId": message_id, "text": text}}},
                            headers)

            def do_GET(self):  # noqa: N802
                url = urlparse(self.path)
                if url.path != "/sms/1/reports":
                    return self._error(404, "NOT_FOUND", "Not found")
                if self.headers.get("Authorization") != f"App {API_KEY}":
                    return self._error(401, "UNAUTHORIZED", "Invalid login details")
                wanted = parse_qs(url.query).get("messageId", [None])[0]
                with server.lock:
                    found = [m for m in server.phone if m["messageId"] == wanted]
                results = [{"messageId": m["messageId"], "to": m["to"],
                            "status": {"groupId": 3, "groupName": "DELIVERED", "id": 5,
                                       "name": "DELIVERED_TO_HANDSET"}} for m in found]
                self._reply(200, {"results": results})

            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if self.path != "/sms/2/text/advanced":
                    return self._error(404, "NOT_FOUND", "Not found")
                with server.lock:
                    server.auth_headers.append(self.headers.get("Authorization", ""))
                    action = server.script.pop(0) if server.script else None
                if action == "hang":
                    server.release.wait(30)
                    self.close_connection = True
                    return
                if action == 429:
                    return self._error(429, "TOO_MANY_REQUESTS", "Too many requests", {"Retry-After": "0"})
                if isinstance(action, int):
                    return self._error(action, "GENERAL_ERROR" if action >= 500 else "BAD_REQUEST", "Scripted")
                if self.headers.get("Authorization") != f"App {API_KEY}":
                    return self._error(401, "UNAUTHORIZED", "Invalid login details")
                try:
                    payload = json.loads(body)
                    [message] = payload["messages"]
                    [destination] = message["destinations"]
                    to, message_id, text = destination["to"], destination["messageId"], message["text"]
                except (ValueError, KeyError, TypeError):
                    return self._error(400, "BAD_REQUEST", "Invalid request")
                if not to.isdigit() or not text:
                    return self._error(400, "BAD_REQUEST", "Invalid destination or text")
                record = {"messageId": message_id, "to": to, "text": text, "from": message.get("from")}
                with server.lock:
                    server.requests.append(record)
                    if any(m["messageId"] == message_id for m in server.phone):
                        server.duplicates.append(message_id)
                    else:
                        server.phone.append(record)
                        server.arrived.set()
                        if server._log_path is not None:  # for the crash test's parent
                            with open(server._log_path, "a") as out:
                                out.write(message_id + "\n")
                self._reply(200, {"bulkId": "bulk-1", "messages": [{
                    "to": to, "messageId": message_id,
                    "status": {"groupId": 1, "groupName": "PENDING", "id": 26, "name": "PENDING_ACCEPTED",
                               "description": "Message sent to next instance"}}]})

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> InfobipServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def per_message(self) -> Counter:
        with self.lock:
            return Counter(m["messageId"] for m in self.phone)


class SmtpInbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd API)
        self.messages.append((list(envelope.rcpt_tos), envelope.content))
        return "250 OK"
