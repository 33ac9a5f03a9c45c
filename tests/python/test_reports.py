"""Anonymous reports through the Python bindings: photos written by Pillow
with GPS EXIF, XMP and ICC lose every metadata block and still decode; a
report reaches the real platform process sealed and the console lists it
with its receipt; bad reports are typed errors; a report queued while the
platform is unreachable is listed as pending."""

import asyncio
import io
import time

import pytest
from PIL import Image

from conftest import OPERATOR, PASSWORD, run_browser_script
from console_client import Console

GPS = {1: "N", 2: (48.0, 51.0, 23.76), 3: "E", 4: (2.0, 21.0, 7.92)}
XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>'
LEAKS = [b"Exif\x00\x00", b"eXIf", b"xmpmeta", b"SecretPhone", b"TEXT-MARKER", b"acsp"]


def now_ms():
    return int(time.time() * 1000)


def photo(fmt, **options):
    """A real photo as a phone writes it: EXIF with a GPS IFD and the
    phone's model, XMP, an ICC profile (and a text chunk in PNG)."""
    from PIL import ImageCms, PngImagePlugin

    img = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[0x0110] = "SecretPhone 12"
    exif[0x8825] = GPS
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    if fmt == "PNG":
        info = PngImagePlugin.PngInfo()
        info.add_text("Comment", "TEXT-MARKER")
        img.save(out, fmt, exif=exif, icc_profile=icc, pnginfo=info)
    else:
        img.save(out, fmt, exif=exif, icc_profile=icc, xmp=XMP, **options)
    return out.getvalue()


@pytest.mark.parametrize("fmt,options", [
    ("JPEG", {}), ("JPEG", {"progressive": True}), ("PNG", {}), ("WEBP", {}),
    ("WEBP", {"lossless": True}),
])
def test_photo_metadata_is_removed_and_the_photo_still_decodes(discret, fmt, options):
    original = photo(fmt, **options)
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825), "the sample has GPS"
    assert any(leak in original for leak in LEAKS)
    stripped = discret.strip_photo_metadata(original)
    for leak in LEAKS:
        assert leak not in stripped.bytes, leak
    decoded = Image.open(io.BytesIO(stripped.bytes))
    decoded.load()
    assert decoded.format == fmt and decoded.size == (64, 48)
    assert not decoded.getexif()
    assert "icc_profile" not in decoded.info and "xmp" not in decoded.info
    assert decoded.convert("RGB").getpixel((10, 10))[0] > 150
    print(f"{fmt} {options}: {len(original)} bytes -> {len(stripped.bytes)} bytes")


def test_bad_photos_are_typed_errors(discret):
    with pytest.raises(discret.ApiError.InvalidInput, match="convert it to JPEG"):
        discret.strip_photo_metadata(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic")
    with pytest.raises(discret.ApiError.InvalidInput, match="not a JPEG, PNG or WebP"):
        discret.strip_photo_metadata(b"GIF89a" + b"\0" * 20)
    with pytest.raises(discret.ApiError.InvalidInput, match="damaged"):
        discret.strip_photo_metadata(photo("JPEG")[:200])
    with pytest.raises(discret.ApiError.InvalidInput, match="too large"):
        discret.strip_photo_metadata(b"\xff\xd8\xff" + b"\0" * (3 * 1024 * 1024))


def test_coarsening_rounds_to_about_one_kilometre(discret):
    cell = discret.coarsen_location(48.856613, 2.352222)
    assert cell.coarsen
    assert abs(cell.latitude - 48.856613) < 0.006 and abs(cell.longitude - 2.352222) < 0.008
    assert discret.coarsen_location(48.8561, 2.3525) == cell


def report(discret, **changes):
    values = dict(category=discret.ReportCategory.DRUG_DEALING, occurred_at_ms=now_ms() - 600_000,
                  place=discret.ReportLocation(latitude=48.8566, longitude=2.3522, coarsen=True),
                  text="Point de deal devant le 12", photos=[photo("JPEG")])
    values.update(changes)
    return discret.Report(**values)


def test_a_report_reaches_the_console_with_its_receipt(discret, make_config, platform):
    app = discret.App(make_config(url=platform.url, key=platform.desk_key))
    outcome = asyncio.run(app.submit_report(report(discret)))
    assert outcome.is_sent(), outcome
    receipt = outcome.receipt.receipt
    assert len(receipt) == 10
    assert app.pending_reports() == []
    assert [r.receipt for r in app.sent_reports()] == [receipt]

    console = Console(platform.url)
    console.login(OPERATOR, PASSWORD)
    deadline = time.monotonic() + 15
    version = 0
    while True:
        items = console._call("GET", "/reports")["items"]
        found = [r for r in items if r["receipt"] == receipt]
        if found or time.monotonic() > deadline:
            break
        version = console.queue(since=version, wait=5)["version"]
    assert found, "the desk never showed the report"
    shown = found[0]
    assert shown["category"] == "drug_dealing"
    assert shown["text"] == "Point de deal devant le 12"
    assert shown["place"]["coarse"] is True
    assert shown["photos"] == ["image/jpeg"]


def test_bad_reports_are_typed_errors(discret, make_config, platform):
    app = discret.App(make_config(url=platform.url, key=platform.desk_key))
    with pytest.raises(discret.ApiError.InvalidInput, match="future"):
        asyncio.run(app.submit_report(report(discret, occurred_at_ms=now_ms() + 3_600_000)))
    with pytest.raises(discret.ApiError.InvalidInput, match="empty"):
        asyncio.run(app.submit_report(report(discret, text="  ", photos=[])))
    with pytest.raises(discret.ApiError.InvalidInput, match="too many photos"):
        asyncio.run(app.submit_report(report(discret, photos=[photo("PNG")] * 4)))
    with pytest.raises(discret.ApiError.InvalidInput, match="place"):
        asyncio.run(app.submit_report(report(
            discret, place=discret.ReportLocation(latitude=123.0, longitude=2.0, coarsen=False))))
    assert app.pending_reports() == []


def test_an_unreachable_platform_queues_the_report(discret, make_config, platform):
    app = discret.App(make_config(url="http://127.0.0.1:9", key=platform.desk_key))
    outcome = asyncio.run(app.submit_report(report(discret, photos=[])))
    assert outcome.is_queued(), outcome
    pending = app.pending_reports()
    assert [p.client_id for p in pending] == [outcome.pending.client_id]
    assert pending[0].category == discret.ReportCategory.DRUG_DEALING
    with pytest.raises(discret.ApiError.Network):
        asyncio.run(app.retry_reports())
    app.quick_exit()
    assert app.pending_reports() == []


def test_the_console_lists_the_report_in_chromium(discret, make_config, platform, tmp_path):
    app = discret.App(make_config(url=platform.url, key=platform.desk_key))
    text = "Rodéo <b>chaque nuit</b> — دراجات"
    outcome = asyncio.run(app.submit_report(report(
        discret, category=discret.ReportCategory.URBAN_RODEO, text=text)))
    assert outcome.is_sent(), outcome
    screenshot = tmp_path / "reports.png"
    run_browser_script("reports.mjs", platform.url, OPERATOR, PASSWORD, outcome.receipt.receipt,
                       text, screenshot, ok_line="REPORTS-TEST-OK")
    assert screenshot.stat().st_size > 10_000
