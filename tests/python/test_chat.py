"""A whole chat through the Python bindings against the real platform
process, the operator acting through the console API; and the bad input a
chat must refuse."""

import asyncio
import math
import time

import pytest

from conftest import OPERATOR, PASSWORD, Events
from console_client import Console


def chat_listener(discret, events):
    class Listener(discret.ChatListener):
        def on_event(self, event):
            events.put(event)

    return Listener()


def request(discret, **changes):
    values = dict(category="domestic_violence", language="fr",
                  location=discret.LocationFix(lat=48.8566, lon=2.3522, accuracy_m=15.0,
                                               source=discret.LocationSource.GPS,
                                               time_ms=int(time.time() * 1000)))
    values.update(changes)
    return discret.ChatRequest(**values)


def test_a_chat_end_to_end(discret, make_config, platform):
    app = discret.App(make_config(url=platform.url, key=platform.desk_key))
    chat = asyncio.run(app.start_chat(request(discret, acting_for_victim=True)))
    events = Events()
    handle = chat.subscribe(chat_listener(discret, events))
    queued = events.wait(lambda e: e.is_queued(), "queued")
    assert queued.position >= 1
    ack = events.wait(lambda e: e.is_auto_acknowledged(), "auto-ack")
    assert "17" in ack.text

    marker = "Il est là. لا أستطيع الكلام. 我不能说话"
    sent_id = chat.send_text(marker, "fr")
    events.wait(lambda e: e.is_delivered() and e.message_id == sent_id, "delivered")

    console = Console(platform.url)
    console.login(OPERATOR, PASSWORD)
    items = console.wait_queue(lambda items: any(i["acting_for_victim"] for i in items))
    case_id = next(i["id"] for i in items if i["acting_for_victim"])
    case = console.case(case_id)
    assert any(m["body"].get("text") == marker for m in case["messages"])
    assert case["silent"] and case["location"]["lat"] == pytest.approx(48.8566)

    console.act(case_id, "take")
    events.wait(lambda e: e.is_operator_joined() and e.operator == "Opératrice 12", "operator joined")
    assert chat.state() == discret.ChatState.ANSWERED
    console.act(case_id, "read")
    events.wait(lambda e: e.is_read() and e.message_id == sent_id, "read receipt")
    console.act(case_id, "reply", {"text": "Nous avons bien reçu votre message."})
    reply = events.wait(lambda e: e.is_message(), "operator reply")
    assert reply.text == "Nous avons bien reçu votre message."
    assert reply.original is None, "no translation provider: nothing attached"
    chat.mark_read(reply.id)

    question = console.act(case_id, "ask", {"prompt": "Êtes-vous en sécurité ?", "choices": ["Oui", "Non"]})
    tap = events.wait(lambda e: e.is_tap_question(), "tap question")
    assert tap.id == question["question_id"] and tap.choices == ["Oui", "Non"]
    with pytest.raises(discret.ApiError.InvalidInput):
        chat.answer_question(tap.id, "Peut-être")
    chat.answer_question(tap.id, "Non")
    chat.share_location(discret.LocationFix(lat=48.857, lon=2.353, accuracy_m=8.0,
                                            source=discret.LocationSource.NETWORK,
                                            time_ms=int(time.time() * 1000)))
    console.wait_queue(lambda items: any(i["id"] == case_id and i["location"]["lat"] == 48.857 for i in items))
    answers = [m for m in console.case(case_id)["messages"] if m["kind"] == "tap_answer"]
    assert answers[0]["body"]["answer"] == "Non"

    console.act(case_id, "dispatch", {"note": "Équipage en route"})
    events.wait(lambda e: e.is_patrol_dispatched() and e.note == "Équipage en route", "patrol")
    console.act(case_id, "close", {"reason": "Intervention terminée"})
    events.wait(lambda e: e.is_closed_by_operator() and e.reason == "Intervention terminée", "closed")
    assert chat.state() == discret.ChatState.CLOSED_BY_OPERATOR
    with pytest.raises(discret.ApiError.ChatClosed):
        chat.send_text("encore", None)
    stats = console.stats()
    assert stats["answered"] >= 1 and stats["median_first_answer_secs"] is not None
    # The texts were kept in the vault (memory only by default), both ways.
    kept = app.stored_messages(chat.conversation())
    assert [m.text for m in kept if m.outgoing] == [marker]
    assert any(not m.outgoing for m in kept)
    handle.cancel()


def test_bad_chat_input_is_refused(discret, make_config, platform):
    app = discret.App(make_config(url=platform.url, key=platform.desk_key))
    with pytest.raises(discret.ApiError.InvalidInput) as error:
        asyncio.run(app.start_chat(request(discret, category="pizza")))
    assert "category" in str(error.value)
    with pytest.raises(discret.ApiError.InvalidInput):
        asyncio.run(app.start_chat(request(discret, language="qqq")))
    bad_fix = discret.LocationFix(lat=math.nan, lon=2.0, accuracy_m=5.0,
                                  source=discret.LocationSource.GPS, time_ms=0)
    with pytest.raises(discret.ApiError.InvalidInput) as error:
        asyncio.run(app.start_chat(request(discret, location=bad_fix)))
    assert "location" in str(error.value)

    chat = asyncio.run(app.start_chat(request(discret)))
    with pytest.raises(discret.ApiError.InvalidInput) as error:
        chat.send_text("x" * 4001, None)
    assert "4001 characters" in str(error.value)
    with pytest.raises(discret.ApiError.InvalidInput):
        chat.send_text("   ", None)
    with pytest.raises(discret.ApiError.InvalidInput):
        chat.share_location(discret.LocationFix(lat=91.0, lon=0.0, accuracy_m=1.0,
                                                source=discret.LocationSource.MANUAL, time_ms=0))
    with pytest.raises(discret.ApiError.InvalidInput):
        chat.answer_question("no-such-question", "Oui")
    asyncio.run(chat.end())
    asyncio.run(chat.end())
    with pytest.raises(discret.ApiError.ChatClosed):
        chat.send_text("après la fin", None)


def test_quick_exit_is_safe_to_repeat(discret, make_config, platform):
    app = discret.App(make_config(url=platform.url, key=platform.desk_key))
    chat = asyncio.run(app.start_chat(request(discret, minor=True)))
    events = Events()
    handle = chat.subscribe(chat_listener(discret, events))
    events.wait(lambda e: e.is_queued(), "queued")
    app.quick_exit()
    app.quick_exit()
    assert chat.state() == discret.ChatState.CLOSED
    console = Console(platform.url)
    console.login(OPERATOR, PASSWORD)
    console.wait_queue(lambda items: any(i["minor"] and i["left_abruptly"] for i in items))
    handle.cancel()
