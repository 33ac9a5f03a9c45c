"""Practical guides and the minors' space through the bindings: offline,
searchable without accents or case, the minors' numbers and notice, and the
minor flag on chats opened from the minors' mode."""

import asyncio
import time

from conftest import OPERATOR, PASSWORD
from console_client import Console


def test_twenty_guides_in_french_and_english(discret):
    for lang in ("fr", "en"):
        everyone = discret.list_guides(lang, discret.GuideAudience.EVERYONE)
        minors = discret.list_guides(lang, discret.GuideAudience.MINORS)
        assert len(everyone) >= 20 and len(minors) >= 5
        assert all(150 <= len(g.body.split()) <= 400 for g in everyone + minors)
    assert discret.get_guide("domestic-violence", "fr-FR").title.startswith("Violences conjugales")
    assert discret.get_guide("domestic-violence", "de").language == "en"
    assert discret.get_guide("nope", "fr") is None


def test_search_is_accent_and_case_insensitive(discret):
    a = discret.search_guides("CYBERHARCELEMENT", "fr", None)
    b = discret.search_guides("cyberharcèlement", "fr", None)
    assert a and [h.guide.id for h in a] == [h.guide.id for h in b]
    assert a[0].guide.id == "cyber-harassment"
    assert all(x.score >= y.score for x, y in zip(a, a[1:]))
    assert discret.search_guides("oeuvre", "fr", None)[0].guide.id == "filing-a-complaint"
    assert discret.search_guides("xyzzy", "fr", None) == []
    minors = discret.search_guides("harcelement", "fr", discret.GuideAudience.MINORS)
    assert minors and all(h.guide.audience == discret.GuideAudience.MINORS for h in minors)


def test_the_minors_space(discret, make_config):
    app = discret.App(make_config())
    space = app.minors_space()
    assert [n.number for n in space.numbers][:2] == ["119", "3018"]
    assert "danger" in space.anonymity_notice and "119" in space.anonymity_notice
    assert len(space.guides) >= 5
    english = discret.App(make_config(preferred_languages=["en-GB"])).minors_space()
    assert "danger" in english.anonymity_notice and english.guides[0].language == "en"


def test_chats_from_the_minors_mode_are_flagged(discret, make_config, platform):
    app = discret.App(make_config(url=platform.url, key=platform.desk_key))
    assert not app.minor_mode()
    app.set_minor_mode(True)
    request = discret.ChatRequest(category="harassment", language="fr", location=None,
                                  acting_for_victim=False, silent=True, minor=False,
                                  agent_alert=False)
    asyncio.run(app.start_chat(request))
    console = Console(platform.url)
    console.login(OPERATOR, PASSWORD)
    items = console.wait_queue(lambda items: any(i["category"] == "harassment" and i["minor"]
                                                 for i in items))
    assert items
    app.quick_exit()
    assert not app.minor_mode()
