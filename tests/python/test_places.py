"""Places through the generated Python bindings: communes, the competent
force, nearest stations, fix quality, outside coverage, bad input, damaged
indexes, opening hours and data attributions."""

import math

import pytest

# 2026-01-05, a Monday, 09:00 UTC (10:00 in Paris).
MONDAY_10H_PARIS = 1_767_603_600_000


@pytest.fixture
def places(discret):
    return discret.Places()


def fix(discret, lat, lon, accuracy_m=15.0, source=None, age_ms=30_000):
    return discret.LocationFix(
        lat=lat, lon=lon, accuracy_m=accuracy_m,
        source=source or discret.LocationSource.GPS,
        time_ms=MONDAY_10H_PARIS - age_ms,
    )


def test_paris_4e_is_police(discret, places):
    a = places.locate_at(fix(discret, 48.8566, 2.3522), 5, MONDAY_10H_PARIS)
    assert a.commune.code == "75104"
    assert a.commune.name == "Paris 4e Arrondissement"
    assert a.commune.postcode == "75004"
    assert a.zone == discret.Zone.POLICE
    assert a.coverage == discret.Coverage.INSIDE()
    assert a.description == "48.8566 N 2.3522 E ±15 m — Paris 4e Arrondissement — zone police"
    assert a.emergency_number == "17"
    assert [s.force for s in a.competent] == [discret.Force.POLICE]
    assert len(a.nearest) == 5
    distances = [n.distance_m for n in a.nearest]
    assert distances == sorted(distances)
    assert all(0 <= n.bearing_deg < 360 for n in a.nearest)


def test_rural_ain_is_gendarmerie_with_its_brigade(discret, places):
    a = places.locate_at(fix(discret, 46.1517, 4.9201), 3, MONDAY_10H_PARIS)
    assert a.commune.code == "01001"
    assert a.zone == discret.Zone.GENDARMERIE
    brigade = a.competent[0]
    assert brigade.name == "Gendarmerie - Brigade de Châtillon-sur-Chalaronne"
    assert brigade.unit_id == 1008574
    assert brigade.approximate
    assert brigade.source == discret.StationSource.COMPETENCE_TABLE


def test_sea_off_brittany_is_outside_coverage(discret, places):
    a = places.locate_at(fix(discret, 48.0, -5.6), 5, MONDAY_10H_PARIS)
    assert a.coverage == discret.Coverage.OUTSIDE()
    assert a.commune is None and a.competent == [] and a.nearest == []
    assert a.emergency_number == "112"
    assert "112" in a.description


def test_stale_and_imprecise_fixes_are_flagged(discret, places):
    a = places.locate_at(fix(discret, 48.8566, 2.3522, accuracy_m=900.0, age_ms=10 * 60_000),
                         0, MONDAY_10H_PARIS)
    assert a.quality.stale and a.quality.imprecise
    assert a.quality.age_s == 600
    assert "position ancienne" in a.description
    duty = places.locate_at(
        fix(discret, 48.8566, 2.3522, accuracy_m=5.0, age_ms=10 * 60_000,
            source=discret.LocationSource.DUTY_SITE), 0, MONDAY_10H_PARIS)
    assert not duty.quality.stale


@pytest.mark.parametrize("lat,lon,accuracy", [
    (math.nan, 2.0, 10.0), (48.0, math.inf, 10.0), (91.0, 2.0, 10.0),
    (-90.5, 2.0, 10.0), (48.0, 181.0, 10.0), (48.0, -180.5, 10.0), (48.0, 2.0, -1.0),
])
def test_bad_input_is_invalid_input(discret, places, lat, lon, accuracy):
    with pytest.raises(discret.ApiError.InvalidInput):
        places.locate_at(fix(discret, lat, lon, accuracy_m=accuracy), 5, MONDAY_10H_PARIS)
    with pytest.raises(discret.ApiError.InvalidInput):
        discret.locate(fix(discret, lat, lon, accuracy_m=accuracy), 5)


def test_commune_and_station_lookups(discret, places):
    assert places.commune_at(48.8566, 2.3522).code == "75104"
    assert places.commune_at(48.0, -5.6) is None
    assert places.commune_by_code("2A004").name == "Ajaccio"
    assert places.commune_by_code("nope") is None
    near = places.nearest_stations(45.76, 4.83, 3)
    assert len(near) == 3 and near[0].distance_m <= near[2].distance_m
    with pytest.raises(discret.ApiError.InvalidInput):
        places.commune_at(math.nan, 0.0)


def test_official_hours_open_now_and_opens_at(discret, places):
    # Next to the Ornex brigade (official file, with opening hours).
    a = places.locate_at(fix(discret, 46.27591, 6.09523, accuracy_m=5.0), 1, MONDAY_10H_PARIS)
    ornex = a.nearest[0]
    assert ornex.station.unit_id == 1008620
    assert not ornex.station.approximate
    assert ornex.opening.open_now
    assert ornex.opening.text == "ouvert, ferme lundi 12h00"
    assert (ornex.opening.next_change_weekday, ornex.opening.next_change_minute) == (0, 720)
    assert discret.OpeningInterval(weekday=0, start_minute=480, end_minute=720) in ornex.station.hours
    later = places.locate_at(fix(discret, 46.27591, 6.09523, accuracy_m=5.0), 1,
                             MONDAY_10H_PARIS + 3 * 3_600_000)
    assert later.nearest[0].opening.text == "fermé, ouvre lundi 14h00"


def test_parse_opening_hours(discret):
    hours = discret.parse_opening_hours("Lundi : 8h00-12h00 14h00-18h00 Samedi : fermé")
    assert hours == [
        discret.OpeningInterval(weekday=0, start_minute=480, end_minute=720),
        discret.OpeningInterval(weekday=0, start_minute=840, end_minute=1080),
    ]
    with pytest.raises(discret.ApiError.InvalidInput):
        discret.parse_opening_hours("sur rendez-vous")


def test_attributions_and_info(discret, places):
    info = places.info()
    assert info.communes == 34917
    assert 0 < info.index_bytes <= 1_500_000
    assert info.stations > 3300 and info.approximate_stations > 3000
    notices = [a.notice for a in places.attributions()]
    assert any("Licence Ouverte" in a.licence for a in places.attributions())
    if info.osm_stations:
        assert "© OpenStreetMap contributors" in notices


def test_damaged_indexes_are_invalid_input(discret):
    for blob in [b"", b"DSCPLC01 truncated", bytes(100)]:
        with pytest.raises(discret.ApiError.InvalidInput):
            discret.Places.from_index(blob)
