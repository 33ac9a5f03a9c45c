"""The online pre-complaint through the bindings: localisable validation
issues, submission to the desk (end-to-end encrypted chat), the receipt
number, the console's list and, in headless Chromium, the console's
"Pré-plaintes" panel opening the form."""

import asyncio

import pytest

from conftest import OPERATOR, PASSWORD, run_browser_script, subscribe
from console_client import Console


def form(discret, **changes):
    station = discret.Places().nearest_stations(48.8443, 2.3743, 1)[0].station
    values = dict(surname="Dupont", given_names="Jean", birth_date="1985-06-15",
                  address="1 place de la Bastille", postcode="75011", city="Paris",
                  email="jean@example.org", phone=None, offence=discret.Offence.FRAUD,
                  facts_date="2025-10-01", facts_place="En ligne",
                  description="Un faux conseiller m'a fait valider un virement.",
                  items=[discret.PreComplaintItem(label="Virement", value_cents=120000, serial=None)],
                  station_id=station.id)
    values.update(changes)
    return discret.PreComplaintForm(**values)


def test_issues_are_message_ids_with_translations(discret, make_config):
    assert discret.validate_pre_complaint(form(discret)) == []
    issues = discret.validate_pre_complaint(form(discret, facts_date="2999-12-31", postcode="96000",
                                                 surname="", email=None, phone=None))
    ids = [i.message_id for i in issues]
    assert ids == ["precomplaint-missing-field", "precomplaint-postcode-invalid",
                   "precomplaint-contact-missing", "precomplaint-date-future"]
    app = discret.App(make_config(preferred_languages=["en"]))
    text = app.localize(issues[0].message_id, issues[0].args).text
    assert "surname" in text and "required" in text
    fr = discret.App(make_config(preferred_languages=["fr"]))
    assert "futur" in fr.localize("precomplaint-date-future", {}).text


def test_an_invalid_form_is_not_sent(discret, make_config, platform):
    app = discret.App(make_config(url=platform.url, key=platform.desk_key))
    with pytest.raises(discret.ApiError.InvalidInput) as err:
        asyncio.run(app.submit_pre_complaint(form(discret, postcode="7501")))
    assert "precomplaint-postcode-invalid" in str(err.value) and "Dupont" not in str(err.value)


def test_submission_receipt_and_console_list(discret, make_config, platform):
    app = discret.App(make_config(url=platform.url, key=platform.desk_key))
    chat = asyncio.run(app.submit_pre_complaint(form(discret)))
    events, handle = subscribe(discret, chat)
    receipt = events.wait(lambda e: e.is_pre_complaint_receipt(), "receipt").receipt
    assert receipt.startswith("PP-")
    console = Console(platform.url)
    console.login(OPERATOR, PASSWORD)
    listed = [p for p in console.pre_complaints() if p["receipt"] == receipt]
    assert len(listed) == 1 and listed[0]["offence"] == "fraud" and listed[0]["surname"] == "Dupont"
    case = console.case(listed[0]["case_id"])
    assert case["category"] == "pre_complaint"
    body = next(m["body"] for m in case["messages"] if m["kind"] == "pre_complaint")
    assert body["items"][0]["value_cents"] == 120000
    handle.cancel()


def test_the_console_panel_opens_the_pre_complaint_in_chromium(discret, make_config, platform, tmp_path):
    app = discret.App(make_config(url=platform.url, key=platform.desk_key))
    description = "Faux conseiller <b>bancaire</b> — محتال"
    chat = asyncio.run(app.submit_pre_complaint(form(discret, surname="Martin", description=description)))
    events, handle = subscribe(discret, chat)
    receipt = events.wait(lambda e: e.is_pre_complaint_receipt(), "receipt").receipt
    screenshot = tmp_path / "pre-complaints.png"
    run_browser_script("precomplaints.mjs", platform.url, OPERATOR, PASSWORD, receipt, "Martin",
                       description, screenshot, ok_line="PRECOMPLAINTS-TEST-OK")
    assert screenshot.stat().st_size > 10_000
    handle.cancel()
