"""A security agent's duty profile and silent alert through the bindings:
validation, the vault, the alert as the desk shows it (site, location
source, competent force), and the chat opened for a victim."""

import asyncio
import math
import time

import pytest

from conftest import OPERATOR, PASSWORD, subscribe
from console_client import Console


def profile(discret, **changes):
    values = dict(site_name="Entrepôt Nord", address="12 avenue de Caen, 14000 Caen",
                  lat=49.1829, lon=-0.3707, notes="Quai 4, PC au rez-de-chaussée",
                  employer="Gardiennage Exemple", control_room_phone="02 31 00 00 00")
    values.update(changes)
    return discret.DutyProfile(**values)


def test_bad_profiles_are_refused_by_field(discret, make_config):
    app = discret.App(make_config())
    for changes, field in [({"site_name": " "}, "site_name"), ({"lat": math.nan}, "coordinates"),
                           ({"control_room_phone": "abc"}, "control_room_phone"),
                           ({"lat": 40.0, "lon": -30.0}, "outside")]:
        with pytest.raises(discret.ApiError.InvalidInput) as err:
            app.set_duty_profile(profile(discret, **changes))
        assert field in str(err.value) and "Entrepôt" not in str(err.value)
    assert app.duty_profile() is None


def test_the_alert_reaches_the_console(discret, make_config, platform):
    app = discret.App(make_config(url=platform.url, key=platform.desk_key))
    with pytest.raises(discret.ApiError.InvalidInput):
        asyncio.run(app.send_duty_alert(discret.DutyAlertKind.INTRUSION, None))
    app.set_duty_profile(profile(discret))
    assert app.duty_profile().site_name == "Entrepôt Nord"
    imprecise = discret.LocationFix(lat=49.18, lon=-0.37, accuracy_m=3000.0,
                                    source=discret.LocationSource.NETWORK,
                                    time_ms=int(time.time() * 1000))
    chat = asyncio.run(app.send_duty_alert(discret.DutyAlertKind.INTRUSION, imprecise))
    events, handle = subscribe(discret, chat)
    events.wait(lambda e: e.is_delivered(), "alert delivered")
    console = Console(platform.url)
    console.login(OPERATOR, PASSWORD)
    items = console.wait_queue(lambda items: any(i["agent_alert"] and i["category"] == "intrusion"
                                                 for i in items))
    case_id = next(i["id"] for i in items if i["agent_alert"] and i["category"] == "intrusion")
    case = console.case(case_id)
    alert = next(m["body"] for m in case["messages"] if m["kind"] == "duty_alert")
    assert alert["site"]["name"] == "Entrepôt Nord"
    assert alert["location_source"] == "site" and alert["fix_problems"] == ["imprecise"]
    assert alert["competent"]["commune"] == "Caen" and alert["competent"]["zone"] == "police"
    assert case["location"]["source"] == "duty_site"
    handle.cancel()

    victim_chat = asyncio.run(app.start_chat_for_victim("assault", None))
    items = console.wait_queue(lambda items: any(i["acting_for_victim"] and i["category"] == "assault"
                                                 for i in items))
    assert items and victim_chat is not None
    app.quick_exit()
    assert app.duty_profile() is None
