//! Importers for the official open-data files and the OpenStreetMap
//! extract: police stations ("services de police accueillant du public"),
//! gendarmerie units ("unités de gendarmerie accueillant du public", with
//! `horaires_accueil`), the police/gendarmerie competence table, and OSM
//! police places. A malformed row is reported with its line number and
//! skipped; an empty, headless or truncated file is a typed error.
//!
//! Standard library only: `build.rs` includes this file too (the build step
//! imports the files, the library ships the index it derives from them).

use super::csv::{CsvError, Reader, Record};
use super::hours::{parse_hours, WeeklySchedule};
use std::fmt;

/// The two national forces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Force {
    /// Police nationale (PN).
    Police,
    /// Gendarmerie nationale (GN).
    Gendarmerie,
}

/// Something wrong with one row: skipped, or kept with a part left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub message: String,
    /// The row was left out entirely.
    pub skipped: bool,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = if self.skipped { "skipped" } else { "kept" };
        write!(f, "line {}: {} ({what})", self.line, self.message)
    }
}

/// The rows read and what went wrong with the others.
#[derive(Debug, Clone)]
pub struct Imported<T> {
    pub rows: Vec<T>,
    pub problems: Vec<Problem>,
}

/// A file that cannot be imported at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file is empty.
    Empty,
    /// The header lacks a column the format requires.
    MissingColumn { column: &'static str },
    /// The file stops in the middle of a row.
    Truncated { line: usize },
    /// A header but no usable row.
    NoRows { problems: Vec<Problem> },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => write!(f, "the file is empty"),
            ImportError::MissingColumn { column } => write!(f, "no column {column:?}"),
            ImportError::Truncated { line } => write!(f, "the file is cut short at line {line}"),
            ImportError::NoRows { problems } => {
                write!(f, "no usable row")?;
                if let Some(p) = problems.first() {
                    write!(f, " (first problem: {p})")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// A police station or gendarmerie unit from an official file.
#[derive(Debug, Clone, PartialEq)]
pub struct OfficialStation {
    pub line: usize,
    pub force: Force,
    /// `identifiant_public_unite` (gendarmerie only): the competence
    /// table's `id_service`.
    pub unit_id: Option<u32>,
    pub name: String,
    pub address: String,
    pub phone: String,
    pub department: String,
    pub commune_code: String,
    pub postcode: String,
    pub commune: String,
    pub lat: f64,
    pub lon: f64,
    /// Parsed `horaires_accueil`, when given and understood.
    pub hours: Option<WeeklySchedule>,
    /// `horaires_accueil` as written.
    pub hours_text: String,
    pub url: String,
}

/// One row of the competence table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompetenceRow {
    pub line: usize,
    pub commune_code: String,
    pub commune_name: String,
    /// `None` when the table names no force (a few communes).
    pub force: Option<Force>,
    /// Gendarmerie unit id (`0` is shared by several brigades: join on the
    /// name too).
    pub service_id: Option<u32>,
    pub service: String,
    pub postcode: String,
    pub postcodes: Vec<String>,
}

/// The `police:FR` tag of an OpenStreetMap place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OsmKind {
    Police,
    Gendarmerie,
    MunicipalPolice,
    Unknown,
}

/// A police place from the OpenStreetMap extract (ODbL).
#[derive(Debug, Clone, PartialEq)]
pub struct OsmPlace {
    pub line: usize,
    pub name: String,
    pub kind: OsmKind,
    pub lat: f64,
    pub lon: f64,
    pub address: String,
    pub postcode: String,
    pub city: String,
}

/// Column positions of a header.
struct Columns {
    names: Vec<String>,
}

impl Columns {
    fn find(&self, name: &'static str) -> Result<usize, ImportError> {
        self.names
            .iter()
            .position(|n| n.eq_ignore_ascii_case(name))
            .ok_or(ImportError::MissingColumn { column: name })
    }
    fn optional(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n.eq_ignore_ascii_case(name))
    }
}

/// Reads a whole file: header, then rows through `parse_row`, which may
/// note problems on rows it keeps.
fn import<T>(
    text: &str,
    required: &[&'static str],
    mut parse_row: impl FnMut(&Record<'_>, &[usize], &Columns, &mut Vec<Problem>) -> Result<T, String>,
) -> Result<Imported<T>, ImportError> {
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let mut reader = Reader::sniff(text);
    let cut = reader.ends_without_newline();
    let header = match reader.next() {
        Some(Ok(h)) => h,
        Some(Err(CsvError::UnterminatedQuote { line })) => {
            return Err(ImportError::Truncated { line })
        }
        Some(Err(_)) | None => return Err(ImportError::Empty),
    };
    let columns = Columns {
        names: header.fields.iter().map(|f| f.trim().to_string()).collect(),
    };
    let positions = required
        .iter()
        .map(|c| columns.find(c))
        .collect::<Result<Vec<_>, _>>()?;
    let width = columns.names.len();
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut records = reader.peekable();
    while let Some(record) = records.next() {
        let record = match record {
            Ok(r) => r,
            Err(CsvError::UnterminatedQuote { line }) => {
                return Err(ImportError::Truncated { line })
            }
            Err(e) => {
                problems.push(Problem {
                    line: e.line(),
                    message: e.to_string(),
                    skipped: true,
                });
                continue;
            }
        };
        if record.fields.len() != width {
            if cut && records.peek().is_none() && record.fields.len() < width {
                return Err(ImportError::Truncated { line: record.line });
            }
            problems.push(Problem {
                line: record.line,
                message: format!("{} fields, expected {width}", record.fields.len()),
                skipped: true,
            });
            continue;
        }
        match parse_row(&record, &positions, &columns, &mut problems) {
            Ok(row) => rows.push(row),
            Err(message) => problems.push(Problem {
                line: record.line,
                message,
                skipped: true,
            }),
        }
    }
    if rows.is_empty() {
        return Err(ImportError::NoRows { problems });
    }
    Ok(Imported { rows, problems })
}

/// An INSEE commune code: five digits, or 2A/2B and three digits (Corsica).
pub fn is_commune_code(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 5
        && (b[..2].iter().all(u8::is_ascii_digit) || b[..2] == *b"2A" || b[..2] == *b"2B")
        && b[2..].iter().all(u8::is_ascii_digit)
}

fn coordinate(value: &str, what: &str, limit: f64) -> Result<f64, String> {
    let v: f64 = value
        .trim()
        .replace(',', ".")
        .parse()
        .map_err(|_| format!("{what} {value:?} is not a number"))?;
    if !v.is_finite() || v.abs() > limit {
        return Err(format!("{what} {value:?} is out of range"));
    }
    Ok(v)
}

/// Lambert-93 (EPSG:2154) metres to RGF93 longitude/latitude degrees.
pub fn lambert93_to_wgs84(x: f64, y: f64) -> (f64, f64) {
    const E: f64 = 0.081_819_191_042_815_8;
    const N: f64 = 0.725_607_765_053_267;
    const C: f64 = 11_754_255.426_096;
    const XS: f64 = 700_000.0;
    const YS: f64 = 12_655_612.049_876;
    let (dx, dy) = (x - XS, YS - y);
    let r = dx.hypot(dy);
    let gamma = dx.atan2(dy);
    let lon = 3f64.to_radians() + gamma / N;
    let l = -(r / C).ln() / N;
    let mut lat = 2.0 * l.exp().atan() - std::f64::consts::FRAC_PI_2;
    for _ in 0..12 {
        let s = E * lat.sin();
        lat = 2.0 * (((1.0 + s) / (1.0 - s)).powf(E / 2.0) * l.exp()).atan()
            - std::f64::consts::FRAC_PI_2;
    }
    (lon.to_degrees(), lat.to_degrees())
}

/// (lat, lon) of an official row: the `_GPS` columns, else Lambert-93.
fn official_position(r: &Record<'_>, c: &Columns) -> Result<(f64, f64), String> {
    let get = |name: &str| c.optional(name).map(|i| r.get(i)).unwrap_or("");
    let (gx, gy) = (get("geocodage_x_GPS"), get("geocodage_y_GPS"));
    if !gx.is_empty() && !gy.is_empty() {
        let lon = coordinate(gx, "longitude", 180.0)?;
        let lat = coordinate(gy, "latitude", 90.0)?;
        return Ok((lat, lon));
    }
    let (x, y, epsg) = (
        get("geocodage_x"),
        get("geocodage_y"),
        get("geocodage_epsg"),
    );
    if epsg == "2154" && !x.is_empty() && !y.is_empty() {
        let x = coordinate(x, "Lambert-93 x", 2.0e6)?;
        let y = coordinate(y, "Lambert-93 y", 8.0e6)?;
        let (lon, lat) = lambert93_to_wgs84(x, y);
        return Ok((lat, lon));
    }
    Err("no coordinates".into())
}

fn official(text: &str, force: Force) -> Result<Imported<OfficialStation>, ImportError> {
    let mut required = vec!["service", "code_commune_insee"];
    if force == Force::Gendarmerie {
        required.push("identifiant_public_unite");
    }
    import(text, &required, |r, p, c, problems| {
        let get = |name: &str| {
            c.optional(name)
                .map(|i| r.get(i).to_string())
                .unwrap_or_default()
        };
        let name = r.get(p[0]).to_string();
        if name.is_empty() {
            return Err("empty service name".into());
        }
        let commune_code = r.get(p[1]).to_string();
        if !is_commune_code(&commune_code) {
            return Err(format!("bad commune code {commune_code:?}"));
        }
        let unit_id = match force {
            Force::Gendarmerie => Some(
                r.get(p[2])
                    .parse::<u32>()
                    .map_err(|_| format!("bad unit id {:?}", r.get(p[2])))?,
            ),
            Force::Police => None,
        };
        let (lat, lon) = official_position(r, c)?;
        let hours_text = get("horaires_accueil");
        let hours = if hours_text.trim().is_empty() {
            None
        } else {
            match parse_hours(&hours_text) {
                Ok(h) => Some(h),
                Err(e) => {
                    problems.push(Problem {
                        line: r.line,
                        message: format!("horaires_accueil not understood: {e}"),
                        skipped: false,
                    });
                    None
                }
            }
        };
        Ok(OfficialStation {
            line: r.line,
            force,
            unit_id,
            name,
            address: get("adresse_geographique"),
            phone: get("telephone"),
            department: get("departement"),
            commune_code,
            postcode: get("code_postal"),
            commune: get("commune"),
            lat,
            lon,
            hours,
            hours_text: hours_text.trim().to_string(),
            url: get("url"),
        })
    })
}

/// "Liste des services de police accueillant du public avec géolocalisation"
/// (`;`-separated, Ministère de l'Intérieur).
pub fn police_stations(text: &str) -> Result<Imported<OfficialStation>, ImportError> {
    official(text, Force::Police)
}

/// "Liste des unités de gendarmerie accueillant du public" with
/// `horaires_accueil` (`;`-separated).
pub fn gendarmerie_units(text: &str) -> Result<Imported<OfficialStation>, ImportError> {
    official(text, Force::Gendarmerie)
}

/// "Compétence territoriale gendarmerie et police nationales".
pub fn competence(text: &str) -> Result<Imported<CompetenceRow>, ImportError> {
    let required = [
        "code_commune",
        "libelle_commune",
        "institution",
        "id_service",
        "service",
        "code_postal",
        "codes_postaux",
    ];
    import(text, &required, |r, p, _, _| {
        let commune_code = r.get(p[0]).to_string();
        if !is_commune_code(&commune_code) {
            return Err(format!("bad commune code {commune_code:?}"));
        }
        let force = match r.get(p[2]) {
            "PN" => Some(Force::Police),
            "GN" => Some(Force::Gendarmerie),
            "" => None,
            other => return Err(format!("unknown institution {other:?}")),
        };
        let service = r.get(p[4]).to_string();
        if force.is_some() && service.is_empty() {
            return Err("a force without a service".into());
        }
        let service_id = match r.get(p[3]) {
            "" => None,
            id => Some(
                id.parse::<u32>()
                    .map_err(|_| format!("bad id_service {id:?}"))?,
            ),
        };
        if force == Some(Force::Gendarmerie) && service_id.is_none() {
            return Err("a gendarmerie service without id_service".into());
        }
        Ok(CompetenceRow {
            line: r.line,
            commune_code,
            commune_name: r.get(p[1]).to_string(),
            force,
            service_id,
            service,
            postcode: r.get(p[5]).to_string(),
            postcodes: r
                .get(p[6])
                .split('-')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
        })
    })
}

/// The cleaned OpenStreetMap extract (`name,kind,lon,lat,housenumber,
/// street,postcode,city`), © OpenStreetMap contributors, ODbL.
pub fn osm_points(text: &str) -> Result<Imported<OsmPlace>, ImportError> {
    import(text, &["name", "kind", "lon", "lat"], |r, p, c, _| {
        let get = |name: &str| c.optional(name).map(|i| r.get(i)).unwrap_or("");
        let kind = match r.get(p[1]) {
            "police" => OsmKind::Police,
            "gendarmerie" => OsmKind::Gendarmerie,
            "police_municipale" => OsmKind::MunicipalPolice,
            "" => OsmKind::Unknown,
            other => return Err(format!("unknown kind {other:?}")),
        };
        let lon = coordinate(r.get(p[2]), "longitude", 180.0)?;
        let lat = coordinate(r.get(p[3]), "latitude", 90.0)?;
        let address = [get("housenumber"), get("street")]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        Ok(OsmPlace {
            line: r.line,
            name: r.get(p[0]).to_string(),
            kind,
            lat,
            lon,
            address,
            postcode: get("postcode").to_string(),
            city: get("city").to_string(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared(file: &str) -> String {
        let path = std::path::Path::new(env!("DISCRET_SHARED_DATA_DIR")).join(file);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    fn police_sample() -> String {
        shared("police_services_accueil_public_2018-11_SAMPLE.csv")
    }

    fn gendarmerie_sample() -> String {
        shared("gendarmerie_unites_accueil_public_SAMPLE.csv")
    }

    #[test]
    fn the_police_sample() {
        let imported = police_stations(&police_sample()).unwrap();
        assert_eq!(imported.rows.len(), 6);
        assert!(imported.problems.is_empty());
        let oyonnax = &imported.rows[0];
        assert_eq!(oyonnax.name, "Commissariat de police d'Oyonnax");
        assert_eq!(oyonnax.commune_code, "01283");
        assert_eq!(oyonnax.line, 2);
        assert!((oyonnax.lat - 46.2538898).abs() < 1e-9 && (oyonnax.lon - 5.65241071).abs() < 1e-9);
        assert_eq!(imported.rows[5].commune_code, "98818");
    }

    #[test]
    fn the_gendarmerie_sample_with_hours() {
        let imported = gendarmerie_units(&gendarmerie_sample()).unwrap();
        assert_eq!(imported.rows.len(), 3);
        let ornex = &imported.rows[0];
        assert_eq!(ornex.unit_id, Some(1_008_620));
        assert_eq!(ornex.force, Force::Gendarmerie);
        let hours = ornex.hours.as_ref().expect("Ornex has opening hours");
        assert_eq!(hours.days[0], vec![(480, 720), (840, 1080)]);
        assert!(imported.rows[1].hours.is_none() && imported.rows[1].hours_text.is_empty());
    }

    #[test]
    fn malformed_rows_are_reported_with_line_numbers_and_skipped() {
        let police = police_sample();
        let mut text = police.lines().take(3).collect::<Vec<_>>().join("\n");
        text.push('\n');
        // line 4: too few fields; line 5: latitude out of range; line 6:
        // stray text after a quote; line 7: bad commune code; line 8: fine.
        text.push_str("\"Commissariat X\";\"adresse\"\n");
        text.push_str("\"Commissariat Y\";\"a\";\"t\";\"01\";\"01053\";\"v\";\"01000\";\"C\";\"\";\"\";\"\";\"5.2\";\"146.2\"\n");
        text.push_str("\"Commissariat Z\"oops;\"a\";\"t\";\"01\";\"01053\";\"v\";\"01000\";\"C\";\"\";\"\";\"\";\"5.2\";\"46.2\"\n");
        text.push_str("\"Commissariat W\";\"a\";\"t\";\"01\";\"1053\";\"v\";\"01000\";\"C\";\"\";\"\";\"\";\"5.2\";\"46.2\"\n");
        text.push_str("\"Commissariat V\";\"a\";\"t\";\"01\";\"01053\";\"v\";\"01000\";\"C\";\"2154\";\"871543.203\";\"6569852.464\";\"\";\"\"\n");
        let imported = police_stations(&text).unwrap();
        let lines: Vec<usize> = imported.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![4, 5, 6, 7]);
        assert!(imported.problems.iter().all(|p| p.skipped));
        assert!(imported.problems[1].message.contains("latitude"));
        assert_eq!(imported.rows.len(), 3);
        // The last row has only Lambert-93 coordinates: converted.
        let v = &imported.rows[2];
        assert_eq!(v.name, "Commissariat V");
        assert!((v.lat - 46.20676468).abs() < 1e-6, "{}", v.lat);
        assert!((v.lon - 5.22517643).abs() < 1e-6, "{}", v.lon);
    }

    #[test]
    fn unreadable_hours_keep_the_row() {
        let text =
            gendarmerie_sample().replace("Dimanche : 9h00-12h00", "Dimanche : sur rendez-vous");
        let imported = gendarmerie_units(&text).unwrap();
        assert_eq!(imported.rows.len(), 3);
        assert!(imported.rows[0].hours.is_none());
        assert_eq!(imported.problems.len(), 1);
        assert_eq!(imported.problems[0].line, 2);
        assert!(!imported.problems[0].skipped);
    }

    #[test]
    fn empty_headless_and_truncated_files_are_typed_errors() {
        assert_eq!(police_stations("").unwrap_err(), ImportError::Empty);
        assert_eq!(police_stations(" \n\n").unwrap_err(), ImportError::Empty);
        assert_eq!(
            police_stations("nom;adresse\n\"a\";\"b\"\n").unwrap_err(),
            ImportError::MissingColumn { column: "service" }
        );
        let police = police_sample();
        let gendarmerie = gendarmerie_sample();
        let header_only = police.lines().next().unwrap().to_string() + "\n";
        assert!(matches!(
            police_stations(&header_only).unwrap_err(),
            ImportError::NoRows { .. }
        ));
        // Cut in the middle of a row (no final line break).
        let cut = &police[..police.len() - 40];
        assert_eq!(
            police_stations(cut).unwrap_err(),
            ImportError::Truncated { line: 7 }
        );
        // Cut inside a quoted field.
        let cut = &gendarmerie[..gendarmerie.find("Lundi").unwrap()];
        assert_eq!(
            gendarmerie_units(cut).unwrap_err(),
            ImportError::Truncated { line: 2 }
        );
    }

    #[test]
    fn competence_rows() {
        let text = "code_commune;libelle_commune;institution;id_service;service;code_postal;codes_postaux\n\
            \"01001\";\"L'Abergement-Clémenciat\";\"GN\";\"1008574\";\"Gendarmerie - Brigade de Châtillon-sur-Chalaronne\";\"01400\";\"01400\"\n\
            \"01053\";\"Bourg-en-Bresse\";\"PN\";\"\";\"Commissariat de police de Bourg en Bresse\";\"01000\";\"01000\"\n\
            \"78168\";\"Coignières\";\"\";\"\";\"\";\"78310\";\"78310\"\n\
            \"0100\";\"Bad\";\"GN\";\"1\";\"x\";\"01000\";\"01000\"\n\
            \"01002\";\"Bad\";\"XX\";\"1\";\"x\";\"01000\";\"01000-01001\"\n\
            \"01003\";\"Bad\";\"GN\";\"\";\"x\";\"01000\";\"01000\"\n";
        let imported = competence(text).unwrap();
        assert_eq!(imported.rows.len(), 3);
        assert_eq!(imported.rows[0].force, Some(Force::Gendarmerie));
        assert_eq!(imported.rows[0].service_id, Some(1_008_574));
        assert_eq!(imported.rows[1].force, Some(Force::Police));
        assert_eq!(imported.rows[2].force, None);
        let lines: Vec<usize> = imported.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![5, 6, 7]);
    }

    #[test]
    fn osm_rows() {
        let text = "name,kind,lon,lat,housenumber,street,postcode,city\n\
            Commissariat de police de Pantin,police,2.4055851,48.8931752,14,Rue Eugène et Marie-Louise Cornet,93500,Pantin\n\
            ,police_municipale,2.2154405,48.7541914,,,,\n\
            ,gendarmerie,abc,48.7,,,,\n\
            X,spaceship,2.0,48.0,,,,\n";
        let imported = osm_points(text).unwrap();
        assert_eq!(imported.rows.len(), 2);
        assert_eq!(
            imported.rows[0].address,
            "14 Rue Eugène et Marie-Louise Cornet"
        );
        assert_eq!(imported.rows[1].kind, OsmKind::MunicipalPolice);
        assert_eq!(imported.problems.len(), 2);
        assert_eq!(imported.problems[0].line, 4);
    }

    #[test]
    fn commune_codes() {
        for ok in ["01001", "2A004", "2B033", "97101", "75104"] {
            assert!(is_commune_code(ok), "{ok}");
        }
        for bad in ["", "0100", "2C004", "1001a", "010011"] {
            assert!(!is_commune_code(bad), "{bad}");
        }
    }
}
