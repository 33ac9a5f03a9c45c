"""Chat translation through the Python bindings and the platform binary
started with `--translate-url`, pointed at a fake LibreTranslate server
(it "translates" by prefixing `[target] `): the operator sees the Spanish
original, its French translation and the detected language; the citizen
receives the French reply in Spanish with the original attached."""

import asyncio
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import OPERATOR, PASSWORD, Events, start_platform
from console_client import Console
from test_chat import chat_listener, request


class FakeLibreTranslate(BaseHTTPRequestHandler):
    requests = []

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length) or b"{}")
        FakeLibreTranslate.requests.append((self.path, body))
        answer = json.dumps({"translatedText": f"[{body.get('target')}] {body.get('q')}"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):  # keep the test output (and the text) quiet
        pass


@pytest.fixture
def provider():
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeLibreTranslate)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def translating_platform(tmp_path, provider):
    running = start_platform(tmp_path / "platform", ["--translate-url", provider])
    yield running
    running.process.terminate()
    running.process.wait(timeout=15)


def test_spanish_chat_translated_both_ways(discret, make_config, translating_platform):
    platform = translating_platform
    app = discret.App(make_config(url=platform.url, key=platform.desk_key, preferred_languages=["es"]))
    chat = asyncio.run(app.start_chat(request(discret, language="es")))
    events = Events()
    handle = chat.subscribe(chat_listener(discret, events))
    spanish = "Hay un hombre armado en la tienda, no puedo hablar, ayúdenme por favor"
    sent = chat.send_text(spanish, None)
    events.wait(lambda e: e.is_delivered() and e.message_id == sent, "delivered")

    console = Console(platform.url)
    console.login(OPERATOR, PASSWORD)
    case_id = console.wait_queue(lambda items: len(items) == 1)[0]["id"]

    def translated():
        body = next(m["body"] for m in console.case(case_id)["messages"] if m["message_id"] == sent)
        return body if body.get("translation", {}).get("state") == "done" else None

    console.wait_queue(lambda items: translated() is not None)
    body = translated()
    assert body["text"] == spanish
    assert body["translation"]["text"] == f"[fr] {spanish}"
    assert body["detected"]["language"] == "es" and body["detected"]["confidence"] > 0.5

    console.act(case_id, "take")
    console.act(case_id, "reply", {"text": "Restez où vous êtes, nous arrivons."})
    reply = events.wait(lambda e: e.is_message(), "translated reply")
    assert reply.text == "[es] Restez où vous êtes, nous arrivons."
    assert reply.language == "es"
    assert reply.original is not None
    assert (reply.original.text, reply.original.language) == ("Restez où vous êtes, nous arrivons.", "fr")
    paths = [path for path, _ in FakeLibreTranslate.requests]
    assert paths and all(p == "/translate" for p in paths)
    handle.cancel()
