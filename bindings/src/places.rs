//! Places across the boundary: the `Places` object (communes, competent
//! force, nearest stations, data attributions), the top-level `locate`,
//! and the records they return, with their conversions. No logic here.

use crate::error::ApiError;
use crate::types::{LocationFix, LocationSource};
use discret_core as core;
use discret_core::places as p;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Force {
    /// Police nationale.
    Police,
    /// Gendarmerie nationale.
    Gendarmerie,
}

impl From<p::Force> for Force {
    fn from(f: p::Force) -> Self {
        match f {
            p::Force::Police => Force::Police,
            p::Force::Gendarmerie => Force::Gendarmerie,
        }
    }
}

/// Which force is competent where the fix is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Zone {
    Police,
    Gendarmerie,
    /// Both, by district: both services are listed.
    Shared,
    Unknown,
}

impl From<p::Zone> for Zone {
    fn from(z: p::Zone) -> Self {
        match z {
            p::Zone::Police => Zone::Police,
            p::Zone::Gendarmerie => Zone::Gendarmerie,
            p::Zone::Shared => Zone::Shared,
            p::Zone::Unknown => Zone::Unknown,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, uniffi::Enum)]
pub enum Coverage {
    Inside,
    /// Just off the coast, attached to the nearest commune.
    NearCoast {
        distance_m: f64,
    },
    /// At sea or outside France: call 112.
    Outside,
}

impl From<p::Coverage> for Coverage {
    fn from(c: p::Coverage) -> Self {
        match c {
            p::Coverage::Inside => Coverage::Inside,
            p::Coverage::NearCoast { distance_m } => Coverage::NearCoast { distance_m },
            p::Coverage::Outside => Coverage::Outside,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum StationSource {
    /// Named in the competence table, placed at its town hall (approximate).
    CompetenceTable,
    /// An official station file.
    OfficialList,
    /// OpenStreetMap (show "© OpenStreetMap contributors").
    OpenStreetMap,
}

impl From<p::StationSource> for StationSource {
    fn from(s: p::StationSource) -> Self {
        match s {
            p::StationSource::CompetenceTable => StationSource::CompetenceTable,
            p::StationSource::OfficialList => StationSource::OfficialList,
            p::StationSource::OpenStreetMap => StationSource::OpenStreetMap,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Commune {
    pub code: String,
    pub name: String,
    pub postcode: Option<String>,
    pub department: String,
}

impl From<p::Commune> for Commune {
    fn from(c: p::Commune) -> Self {
        Commune {
            code: c.code,
            name: c.name,
            postcode: c.postcode,
            department: c.department,
        }
    }
}

/// An opening interval, local time: weekday 0 = Monday, minutes after
/// midnight (end exclusive, at most 1440).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct OpeningInterval {
    pub weekday: u8,
    pub start_minute: u16,
    pub end_minute: u16,
}

fn intervals(s: &p::WeeklySchedule) -> Vec<OpeningInterval> {
    s.days
        .iter()
        .enumerate()
        .flat_map(|(d, day)| {
            day.iter().map(move |&(start, end)| OpeningInterval {
                weekday: d as u8,
                start_minute: start,
                end_minute: end,
            })
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Station {
    pub id: u32,
    pub name: String,
    pub force: Force,
    pub unit_id: Option<u32>,
    pub commune_code: String,
    pub commune_name: String,
    pub lat: f64,
    pub lon: f64,
    /// The position is its commune's town hall, not the station.
    pub approximate: bool,
    pub source: StationSource,
    pub address: Option<String>,
    pub phone: Option<String>,
    /// Weekly opening hours, when known.
    pub hours: Option<Vec<OpeningInterval>>,
    /// A notice to show with it, when its data requires one.
    pub attribution: Option<String>,
}

impl From<p::Station> for Station {
    fn from(s: p::Station) -> Self {
        Station {
            id: s.id,
            name: s.name,
            force: s.force.into(),
            unit_id: s.unit_id,
            commune_code: s.commune_code,
            commune_name: s.commune_name,
            lat: s.lat,
            lon: s.lon,
            approximate: s.approximate,
            source: s.source.into(),
            address: s.address,
            phone: s.phone,
            hours: s.hours.as_ref().map(intervals),
            attribution: s.attribution,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Opening {
    pub open_now: bool,
    /// Weekday (0 = Monday) and minute of the next change, local time.
    pub next_change_weekday: Option<u8>,
    pub next_change_minute: Option<u16>,
    /// "ouvert, ferme lundi 12h00" / "fermé, ouvre lundi 14h00".
    pub text: String,
}

impl From<p::Opening> for Opening {
    fn from(o: p::Opening) -> Self {
        Opening {
            open_now: o.open_now,
            next_change_weekday: o.next_change.map(|t| t.weekday),
            next_change_minute: o.next_change.map(|t| t.minute),
            text: o.text,
        }
    }
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct NearbyStation {
    pub station: Station,
    pub distance_m: f64,
    pub bearing_deg: f64,
    pub opening: Option<Opening>,
}

impl From<p::NearbyStation> for NearbyStation {
    fn from(n: p::NearbyStation) -> Self {
        NearbyStation {
            station: n.station.into(),
            distance_m: n.distance_m,
            bearing_deg: n.bearing_deg,
            opening: n.opening.map(Into::into),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct FixQuality {
    pub age_s: u64,
    pub stale: bool,
    pub imprecise: bool,
    pub future: bool,
    pub near_border: bool,
}

impl From<p::FixQuality> for FixQuality {
    fn from(q: p::FixQuality) -> Self {
        FixQuality {
            age_s: q.age_s,
            stale: q.stale,
            imprecise: q.imprecise,
            future: q.future,
            near_border: q.near_border,
        }
    }
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct LocationAssessment {
    pub lat: f64,
    pub lon: f64,
    pub accuracy_m: f64,
    pub source: LocationSource,
    pub quality: FixQuality,
    pub coverage: Coverage,
    pub commune: Option<Commune>,
    pub zone: Zone,
    pub competent: Vec<Station>,
    pub nearest: Vec<NearbyStation>,
    pub description: String,
    pub emergency_number: String,
}

impl From<p::LocationAssessment> for LocationAssessment {
    fn from(a: p::LocationAssessment) -> Self {
        LocationAssessment {
            lat: a.lat,
            lon: a.lon,
            accuracy_m: a.accuracy_m,
            source: match a.source {
                core::LocationSource::Gps => LocationSource::Gps,
                core::LocationSource::Network => LocationSource::Network,
                core::LocationSource::Manual => LocationSource::Manual,
                core::LocationSource::DutySite => LocationSource::DutySite,
            },
            quality: a.quality.into(),
            coverage: a.coverage.into(),
            commune: a.commune.map(Into::into),
            zone: a.zone.into(),
            competent: a.competent.into_iter().map(Into::into).collect(),
            nearest: a.nearest.into_iter().map(Into::into).collect(),
            description: a.description,
            emergency_number: a.emergency_number,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DataAttribution {
    pub data: String,
    pub source: String,
    pub licence: String,
    pub notice: String,
    pub url: String,
}

impl From<p::Attribution> for DataAttribution {
    fn from(a: p::Attribution) -> Self {
        DataAttribution {
            data: a.data,
            source: a.source,
            licence: a.licence,
            notice: a.notice,
            url: a.url,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PlacesInfo {
    pub index_bytes: u64,
    pub communes: u32,
    pub departments: u32,
    pub stations: u32,
    pub approximate_stations: u32,
    pub osm_stations: u32,
    pub notes: Vec<String>,
}

impl From<p::PlacesInfo> for PlacesInfo {
    fn from(i: p::PlacesInfo) -> Self {
        PlacesInfo {
            index_bytes: i.index_bytes,
            communes: i.communes,
            departments: i.departments,
            stations: i.stations,
            approximate_stations: i.approximate_stations,
            osm_stations: i.osm_stations,
            notes: i.notes,
        }
    }
}

enum Index {
    Builtin(&'static p::Places),
    Loaded(Box<p::Places>),
}

/// The places index: the one compiled into the library, or one loaded
/// from bytes (e.g. a newer one served by the platform).
#[derive(uniffi::Object)]
pub struct Places {
    index: Index,
}

impl Places {
    fn get(&self) -> &p::Places {
        match &self.index {
            Index::Builtin(p) => p,
            Index::Loaded(p) => p,
        }
    }
}

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

#[uniffi::export]
impl Places {
    /// The index compiled into the library.
    #[uniffi::constructor]
    pub fn new() -> Result<Arc<Self>, ApiError> {
        Ok(Arc::new(Places {
            index: Index::Builtin(p::Places::builtin()?),
        }))
    }

    /// An index from bytes; a damaged or truncated one is `InvalidInput`.
    #[uniffi::constructor]
    pub fn from_index(bytes: Vec<u8>) -> Result<Arc<Self>, ApiError> {
        Ok(Arc::new(Places {
            index: Index::Loaded(Box::new(p::Places::from_bytes(bytes)?)),
        }))
    }

    /// Assesses a fix now, with the `nearest` stations (at most 50).
    pub fn locate(&self, fix: LocationFix, nearest: u32) -> Result<LocationAssessment, ApiError> {
        Ok(self.get().assess(&fix.into(), nearest, now_ms())?.into())
    }

    /// The same at a given time (Unix milliseconds), for tests and replays.
    pub fn locate_at(
        &self,
        fix: LocationFix,
        nearest: u32,
        now_ms: u64,
    ) -> Result<LocationAssessment, ApiError> {
        Ok(self.get().assess(&fix.into(), nearest, now_ms)?.into())
    }

    /// The commune containing the point, if any.
    pub fn commune_at(&self, lat: f64, lon: f64) -> Result<Option<Commune>, ApiError> {
        Ok(self.get().commune_at(lat, lon)?.map(Into::into))
    }

    /// The commune with this INSEE code.
    pub fn commune_by_code(&self, code: String) -> Option<Commune> {
        self.get().commune_by_code(&code).map(Into::into)
    }

    /// The `count` stations nearest the point (at most 50).
    pub fn nearest_stations(
        &self,
        lat: f64,
        lon: f64,
        count: u32,
    ) -> Result<Vec<NearbyStation>, ApiError> {
        Ok(self
            .get()
            .nearest_stations(lat, lon, count, now_ms())?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// The data sources and the notices to show with them.
    pub fn attributions(&self) -> Vec<DataAttribution> {
        self.get()
            .attributions()
            .into_iter()
            .map(Into::into)
            .collect()
    }

    pub fn info(&self) -> PlacesInfo {
        self.get().info().into()
    }
}

/// Assesses a fix now with the built-in index.
#[uniffi::export]
pub fn locate(fix: LocationFix, nearest: u32) -> Result<LocationAssessment, ApiError> {
    Ok(core::places::locate(&fix.into(), nearest)?.into())
}

/// Parses a free-text opening-hours field ("Lundi : 8h00-12h00 …").
#[uniffi::export]
pub fn parse_opening_hours(text: String) -> Result<Vec<OpeningInterval>, ApiError> {
    p::parse_hours(&text).map(|s| intervals(&s)).map_err(|e| {
        core::Error::InvalidInput {
            field: "opening hours",
            reason: e.to_string(),
        }
        .into()
    })
}
