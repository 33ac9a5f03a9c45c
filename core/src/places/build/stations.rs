//! Derives the station directory at build time.
//!
//! The full official station lists are not available, so every service
//! named in the competence table ("Commissariat de police de Caen",
//! "Gendarmerie - Brigade de Gif-sur-Yvette") becomes a station placed at
//! the town hall of the commune its name points to (flagged approximate).
//! Rows of the official files (exact position, address, phone, hours)
//! replace those positions where they exist, and OpenStreetMap police and
//! gendarmerie places, when the extract is present, either give a mapped
//! position to a service of the same name or are added as stations of
//! their own (attributed to OpenStreetMap).

use super::super::format::{code_key, StationInput, StationSource};
use super::super::import::{CompetenceRow, Force, OfficialStation, OsmKind, OsmPlace};
use super::datafrance::SourceCommune;
use std::collections::HashMap;

/// A position from an official file or OSM may move a service's
/// approximate position by at most this much (metres); farther, it is
/// taken as another place.
const MAX_MOVE_M: f64 = 15_000.0;

/// OSM names that are not stations receiving the public.
const NOT_A_STATION: &[&str] = &[
    "direction",
    "compagnie republicaine",
    "crs",
    "peloton",
    "prefecture",
    "escadron",
    "etat major",
    "police judiciaire",
    "fourriere",
    "ecole",
    "formation",
    "groupement",
];

/// The directory and, for each commune (in the order given), its
/// competent services as station indices.
pub struct Directory {
    pub stations: Vec<StationInput>,
    pub commune_services: Vec<Vec<u32>>,
    /// What happened, for the build log.
    pub report: Vec<String>,
}

fn fold(c: char) -> &'static str {
    match c {
        'à' | 'â' | 'ä' | 'á' => "a",
        'é' | 'è' | 'ê' | 'ë' => "e",
        'î' | 'ï' | 'í' => "i",
        'ô' | 'ö' | 'ó' => "o",
        'û' | 'ù' | 'ü' | 'ú' => "u",
        'ç' => "c",
        'ÿ' => "y",
        'œ' => "oe",
        'æ' => "ae",
        _ => "",
    }
}

/// A comparable form of a place name: lower case, no accents, no
/// punctuation, "st" → "saint", ordinal suffixes and "arrondissement"
/// dropped, no leading article.
pub fn normalize(name: &str) -> String {
    let mut flat = String::with_capacity(name.len());
    for c in name.to_lowercase().chars() {
        match fold(c) {
            "" if c.is_alphanumeric() => flat.push(c),
            "" => flat.push(' '),
            f => flat.push_str(f),
        }
    }
    let mut words: Vec<String> = Vec::new();
    for w in flat.split_whitespace() {
        let w = match w {
            "st" => "saint".to_string(),
            "ste" => "sainte".to_string(),
            "arrondissement" | "arr" => continue,
            w if w.starts_with(|c: char| c.is_ascii_digit()) => {
                w.trim_end_matches(|c: char| c.is_alphabetic()).to_string()
            }
            w => w.to_string(),
        };
        words.push(w);
    }
    if matches!(
        words.first().map(String::as_str),
        Some("le" | "la" | "les" | "l" | "du" | "des")
    ) && words.len() > 1
    {
        words.remove(0);
    }
    words.join(" ")
}

/// The place a service's name points to: "Gendarmerie - Brigade de X" → X.
pub fn named_place(service: &str) -> &str {
    let service = service.trim();
    let service = service.split(['–', '—']).next().unwrap_or(service).trim();
    for marker in [
        "Brigade de ",
        "Brigade d'",
        "Brigade d’",
        "Brigade du ",
        "Brigade des ",
        "police de ",
        "police d'",
        "police d’",
        "police du ",
        "police des ",
        "agglomération de ",
        "agglomération d'",
        "agglomération d’",
        "secteur de ",
        "secteur d'",
        "secteur d’",
    ] {
        if let Some(i) = service.find(marker) {
            return &service[i + marker.len()..];
        }
    }
    service.rsplit(" de ").next().unwrap_or(service)
}

/// Great-circle distance in metres.
pub fn distance_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6_371_008.8 * a.sqrt().min(1.0).asin()
}

/// A point of a commune to stand for it: its town hall, else the middle of
/// its largest ring's bounding box.
fn commune_point(c: &SourceCommune) -> Option<(f64, f64)> {
    if let Some([lon, lat]) = c.town_hall {
        return Some((lat, lon));
    }
    let ring = c
        .polygons
        .iter()
        .filter_map(|p| p.first())
        .max_by_key(|r| r.len())?;
    let (mut min, mut max) = ([f64::MAX; 2], [f64::MIN; 2]);
    for p in ring {
        for k in 0..2 {
            min[k] = min[k].min(p[k]);
            max[k] = max[k].max(p[k]);
        }
    }
    Some(((min[1] + max[1]) / 2.0, (min[0] + max[0]) / 2.0))
}

/// Exact point-in-polygon over a commune's source rings (even–odd).
fn contains(c: &SourceCommune, lat: f64, lon: f64) -> bool {
    let mut inside = false;
    for ring in c.polygons.iter().flatten() {
        let n = ring.len();
        if n < 3 {
            continue;
        }
        let mut j = n - 1;
        for i in 0..n {
            let (xi, yi, xj, yj) = (ring[i][0], ring[i][1], ring[j][0], ring[j][1]);
            if (yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi {
                inside = !inside;
            }
            j = i;
        }
    }
    inside
}

#[derive(Clone, PartialEq, Eq, Hash)]
enum ServiceKey {
    Unit(u32),
    Name(Force, String),
}

/// Builds the directory. `communes` must be in index order (sorted by
/// INSEE code key).
pub fn derive(
    communes: &[SourceCommune],
    competence: &[CompetenceRow],
    police: &[OfficialStation],
    gendarmerie: &[OfficialStation],
    osm: Option<&[OsmPlace]>,
) -> Directory {
    let mut report = Vec::new();
    let by_code: HashMap<&str, usize> = communes
        .iter()
        .enumerate()
        .map(|(i, c)| (c.code.as_str(), i))
        .collect();
    let normalized: Vec<String> = communes.iter().map(|c| normalize(&c.name)).collect();

    // 1. Services and the communes they serve, in commune order.
    let mut rows: Vec<(usize, &CompetenceRow)> = Vec::new();
    let mut unknown_communes = 0;
    for row in competence {
        match by_code.get(row.commune_code.as_str()) {
            Some(&i) => rows.push((i, row)),
            None => unknown_communes += 1,
        }
    }
    rows.sort_by_key(|(i, _)| *i);
    let mut keys: HashMap<ServiceKey, u32> = HashMap::new();
    let mut served: Vec<Vec<usize>> = Vec::new();
    let mut stations: Vec<StationInput> = Vec::new();
    let mut commune_services: Vec<Vec<u32>> = vec![Vec::new(); communes.len()];
    for &(i, row) in &rows {
        let Some(force) = row.force else { continue };
        let name = row.service.trim().to_string();
        let key = match (force, row.service_id) {
            (Force::Gendarmerie, Some(id)) if id != 0 => ServiceKey::Unit(id),
            _ => ServiceKey::Name(force, name.clone()),
        };
        let id = *keys.entry(key).or_insert_with(|| {
            stations.push(StationInput {
                force,
                unit_id: row.service_id.filter(|_| force == Force::Gendarmerie),
                name,
                commune: 0,
                lat: 0.0,
                lon: 0.0,
                approximate: true,
                source: StationSource::CompetenceTable,
                address: String::new(),
                phone: String::new(),
                hours: None,
            });
            served.push(Vec::new());
            (stations.len() - 1) as u32
        });
        served[id as usize].push(i);
        if !commune_services[i].contains(&id) {
            commune_services[i].push(id);
        }
    }
    report.push(format!(
        "competence: {} rows, {} services, {} rows for communes without geometry here",
        competence.len(),
        stations.len(),
        unknown_communes
    ));

    // 2. Seat commune of each service and its town-hall position.
    let mut by_department: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, c) in communes.iter().enumerate() {
        by_department
            .entry(c.department.as_str())
            .or_default()
            .push(i);
    }
    let (mut named, mut fallback) = (0, 0);
    for (s, station) in stations.iter_mut().enumerate() {
        let wanted = normalize(named_place(&station.name));
        let serving = &served[s];
        let mut seat = serving.iter().copied().find(|&i| normalized[i] == wanted);
        if seat.is_none() {
            let mut departments: Vec<&str> = serving
                .iter()
                .map(|&i| communes[i].department.as_str())
                .collect();
            departments.dedup();
            seat = departments
                .iter()
                .flat_map(|d| by_department.get(d).into_iter().flatten())
                .copied()
                .find(|&i| normalized[i] == wanted);
        }
        if seat.is_none() {
            // "Marseille 10" for "Marseille 10e Arrondissement", etc.
            seat = serving.iter().copied().find(|&i| {
                !wanted.is_empty()
                    && (normalized[i].starts_with(&wanted) || wanted.starts_with(&normalized[i]))
            });
        }
        let seat = match seat {
            Some(i) => {
                named += 1;
                i
            }
            None => {
                fallback += 1;
                serving
                    .iter()
                    .copied()
                    .max_by_key(|&i| communes[i].population)
                    .unwrap_or(0)
            }
        };
        station.commune = seat as u32;
        let (lat, lon) = commune_point(&communes[seat])
            .or_else(|| serving.iter().find_map(|&i| commune_point(&communes[i])))
            .unwrap_or((0.0, 0.0));
        station.lat = lat;
        station.lon = lon;
    }
    report.push(format!(
        "seats: {named} found by name, {fallback} by population of the communes served"
    ));

    // 3. Official rows: exact positions, addresses, phones, hours.
    let add_official = |row: &OfficialStation,
                        stations: &mut Vec<StationInput>,
                        report: &mut Vec<String>| {
        let target = stations.iter().position(|s| {
            s.force == row.force
                && match (row.unit_id, s.unit_id) {
                    (Some(a), Some(b)) if a != 0 => a == b,
                    _ => normalize(&s.name) == normalize(&row.name),
                }
        });
        let commune = by_code.get(row.commune_code.as_str()).copied();
        match (target, commune) {
            (Some(t), _)
                if distance_m(stations[t].lat, stations[t].lon, row.lat, row.lon) <= MAX_MOVE_M =>
            {
                let s = &mut stations[t];
                s.lat = row.lat;
                s.lon = row.lon;
                s.approximate = false;
                s.source = StationSource::OfficialList;
                s.address = row.address.clone();
                s.phone = row.phone.clone();
                s.hours = row.hours.clone();
                if let Some(c) = commune {
                    s.commune = c as u32;
                }
            }
            (_, Some(c)) => {
                stations.push(StationInput {
                    force: row.force,
                    unit_id: row.unit_id,
                    name: row.name.clone(),
                    commune: c as u32,
                    lat: row.lat,
                    lon: row.lon,
                    approximate: false,
                    source: StationSource::OfficialList,
                    address: row.address.clone(),
                    phone: row.phone.clone(),
                    hours: row.hours.clone(),
                });
            }
            (_, None) => report.push(format!(
                "official row {:?} (line {}): commune {} not covered, left out",
                row.name, row.line, row.commune_code
            )),
        }
    };
    for row in police.iter().chain(gendarmerie) {
        add_official(row, &mut stations, &mut report);
    }

    // 4. OpenStreetMap places (ODbL), when the extract is there.
    if let Some(places) = osm {
        let boxes: Vec<[f64; 4]> = communes
            .iter()
            .map(|c| {
                let mut b = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
                for p in c.polygons.iter().flatten().flatten() {
                    b = [
                        b[0].min(p[0]),
                        b[1].min(p[1]),
                        b[2].max(p[0]),
                        b[3].max(p[1]),
                    ];
                }
                b
            })
            .collect();
        let (mut moved, mut added, mut skipped) = (0, 0, 0);
        for p in places {
            let force = match p.kind {
                OsmKind::Police => Force::Police,
                OsmKind::Gendarmerie => Force::Gendarmerie,
                OsmKind::MunicipalPolice | OsmKind::Unknown => {
                    skipped += 1;
                    continue;
                }
            };
            let name_key = normalize(&p.name);
            if NOT_A_STATION.iter().any(|w| name_key.contains(w)) {
                skipped += 1;
                continue;
            }
            let Some(commune) = communes.iter().zip(&boxes).position(|(c, b)| {
                b[0] <= p.lon
                    && p.lon <= b[2]
                    && b[1] <= p.lat
                    && p.lat <= b[3]
                    && contains(c, p.lat, p.lon)
            }) else {
                skipped += 1;
                continue;
            };
            // The same service: same name (police), or a brigade of the
            // commune it stands in (gendarmerie).
            let target = stations.iter().position(|s| {
                s.force == force
                    && s.source == StationSource::CompetenceTable
                    && distance_m(s.lat, s.lon, p.lat, p.lon) <= MAX_MOVE_M
                    && ((!name_key.is_empty() && normalize(&s.name) == name_key)
                        || (force == Force::Gendarmerie && s.commune as usize == commune))
            });
            match target {
                Some(t) => {
                    let s = &mut stations[t];
                    s.lat = p.lat;
                    s.lon = p.lon;
                    s.approximate = false;
                    s.source = StationSource::OpenStreetMap;
                    if s.address.is_empty() && !p.address.is_empty() {
                        s.address = [p.address.as_str(), p.postcode.as_str(), p.city.as_str()]
                            .iter()
                            .filter(|x| !x.is_empty())
                            .copied()
                            .collect::<Vec<_>>()
                            .join(" ");
                    }
                    moved += 1;
                }
                None => {
                    let duplicate = stations.iter().any(|s| {
                        s.source == StationSource::OpenStreetMap
                            && s.force == force
                            && distance_m(s.lat, s.lon, p.lat, p.lon) < 150.0
                    });
                    if duplicate {
                        skipped += 1;
                        continue;
                    }
                    let name = if p.name.trim().is_empty() {
                        let kind = match force {
                            Force::Police => "Commissariat de police",
                            Force::Gendarmerie => "Gendarmerie",
                        };
                        format!("{kind} ({})", communes[commune].name)
                    } else {
                        p.name.trim().to_string()
                    };
                    stations.push(StationInput {
                        force,
                        unit_id: None,
                        name,
                        commune: commune as u32,
                        lat: p.lat,
                        lon: p.lon,
                        approximate: false,
                        source: StationSource::OpenStreetMap,
                        address: p.address.clone(),
                        phone: String::new(),
                        hours: None,
                    });
                    added += 1;
                }
            }
        }
        report.push(format!(
            "OpenStreetMap: {moved} services placed at their mapped position, {added} places added, {skipped} left out (municipal police, offices, outside)"
        ));
    } else {
        report.push("OpenStreetMap extract absent: no OSM place in the index".into());
    }
    debug_assert!(communes
        .windows(2)
        .all(|w| code_key(&w[0].code) < code_key(&w[1].code)));
    Directory {
        stations,
        commune_services,
        report,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_normalize() {
        assert_eq!(normalize("Bourg en Bresse"), normalize("Bourg-en-Bresse"));
        assert_eq!(normalize("Saint-Quentin"), normalize("St Quentin"));
        assert_eq!(normalize("Le Teil"), normalize("du Teil"));
        assert_eq!(normalize("L'Isle-Adam"), "isle adam");
        assert_eq!(normalize("Œuilly"), "oeuilly");
        assert_eq!(normalize("Marseille 10e Arrondissement"), "marseille 10");
        assert_eq!(normalize("Marseille 10ème arrondissement"), "marseille 10");
    }

    #[test]
    fn places_named_by_services() {
        assert_eq!(
            named_place("Gendarmerie - Brigade de Châtillon-sur-Chalaronne"),
            "Châtillon-sur-Chalaronne"
        );
        assert_eq!(
            named_place("Gendarmerie - Brigade d'Ambérieu-en-Bugey"),
            "Ambérieu-en-Bugey"
        );
        assert_eq!(
            named_place("Commissariat de police de Bourg en Bresse"),
            "Bourg en Bresse"
        );
        assert_eq!(
            named_place("Commissariat d’agglomération de Juvisy-sur-Orge"),
            "Juvisy-sur-Orge"
        );
        assert_eq!(
            named_place("Commissariat de police de Paris 10ème arrondissement – BDEP"),
            "Paris 10ème arrondissement"
        );
        assert_eq!(named_place("Gendarmerie - Brigade du Teil"), "Teil");
    }

    #[test]
    fn distances() {
        // Paris (Notre-Dame) to Lyon (Bellecour): about 392 km.
        let d = distance_m(48.853, 2.3499, 45.7578, 4.8320);
        assert!((d - 392_000.0).abs() < 3_000.0, "{d}");
    }
}
