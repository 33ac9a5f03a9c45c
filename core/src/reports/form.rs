//! A report as the citizen fills it in, checked and turned into the sealed
//! payload: category, time (not in the future beyond a small clock skew,
//! not older than a year), optional place (exact or coarsened to a ~1 km
//! grid cell), free text (bidi controls removed, length limit), photos
//! (count and size limits, metadata removed).

use base64::{engine::general_purpose::STANDARD_NO_PAD, Engine as _};
use discret_protocol::report::limits::{MAX_PHOTOS, MAX_TEXT_CHARS};
use discret_protocol::report::{ReportCategory, ReportPayload, ReportPhoto, ReportPlace};
use discret_protocol::PROTOCOL_VERSION;
use zeroize::{Zeroize, ZeroizeOnDrop};

use super::photos::strip_metadata;
use crate::error::{Error, Result};

/// How far in the future a report's time may be (phone clocks drift).
pub const MAX_CLOCK_SKEW_MS: i64 = 5 * 60 * 1000;
/// How old a reported fact may be.
pub const MAX_AGE_MS: i64 = 366 * 24 * 3600 * 1000;
/// The coarse grid: 0.01° of latitude (1.11 km); longitude cells are as
/// wide in kilometres at the cell's latitude.
pub const GRID_DEGREES: f64 = 0.01;

/// A report, as the shell hands it over. Text and place are wiped when it
/// is dropped, and never printed by `Debug`.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct Report {
    #[zeroize(skip)]
    pub category: ReportCategory,
    /// When it happened, milliseconds since the Unix epoch.
    pub occurred_at_ms: i64,
    pub place: Option<ReportLocation>,
    pub text: String,
    /// JPEG, PNG or WebP files, as taken (metadata is removed here).
    pub photos: Vec<Vec<u8>>,
}

impl std::fmt::Debug for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Report")
            .field("category", &self.category)
            .field("place", &self.place.as_ref().map(|_| "<hidden>"))
            .field(
                "text",
                &format_args!("<{} characters>", self.text.chars().count()),
            )
            .field("photos", &self.photos.len())
            .finish()
    }
}

/// Where it happened; `coarsen` rounds the point to its ~1 km grid cell
/// (commune level) before it leaves the phone.
#[derive(Clone, Copy, PartialEq, Zeroize)]
pub struct ReportLocation {
    pub latitude: f64,
    pub longitude: f64,
    pub coarsen: bool,
}

/// The centre of the grid cell holding the point. Deterministic: the same
/// point always gives the same centre, so several reports from one place
/// cannot be averaged back to the exact point. Cells are 0.01° of latitude
/// high (1.11 km) and about as wide in kilometres (0.01° / cos(latitude)).
pub fn coarsen(latitude: f64, longitude: f64) -> (f64, f64) {
    let lat_cell = (latitude / GRID_DEGREES).floor();
    let lat = ((lat_cell + 0.5) * GRID_DEGREES).clamp(-90.0, 90.0);
    let lon_step = GRID_DEGREES / lat.to_radians().cos().max(0.01);
    let lon = (((longitude + 180.0) / lon_step).floor() + 0.5) * lon_step - 180.0;
    (round6(lat), round6(lon.clamp(-180.0, 180.0)))
}

fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

fn invalid(field: &'static str, reason: impl Into<String>) -> Error {
    Error::InvalidInput {
        field,
        reason: reason.into(),
    }
}

/// Checks the report and builds the payload (photos stripped). `now_ms`
/// is the phone's clock.
pub fn build_payload(report: &Report, now_ms: i64) -> Result<ReportPayload> {
    if report.occurred_at_ms > now_ms.saturating_add(MAX_CLOCK_SKEW_MS) {
        return Err(invalid("occurred_at", "is in the future"));
    }
    if report.occurred_at_ms < now_ms.saturating_sub(MAX_AGE_MS) {
        return Err(invalid(
            "occurred_at",
            "is more than a year ago: report it at a police station or gendarmerie",
        ));
    }
    let place = match report.place {
        None => None,
        Some(p) => {
            let valid = p.latitude.is_finite()
                && p.longitude.is_finite()
                && (-90.0..=90.0).contains(&p.latitude)
                && (-180.0..=180.0).contains(&p.longitude);
            if !valid {
                return Err(invalid(
                    "place",
                    "is not a position (latitude -90..90, longitude -180..180)",
                ));
            }
            let (latitude, longitude) = if p.coarsen {
                coarsen(p.latitude, p.longitude)
            } else {
                (p.latitude, p.longitude)
            };
            Some(ReportPlace {
                latitude,
                longitude,
                coarse: p.coarsen,
            })
        }
    };
    let text = discret_protocol::text::sanitize_bidi(report.text.trim());
    let chars = text.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(invalid(
            "text",
            format!("is too long ({chars} characters, at most {MAX_TEXT_CHARS})"),
        ));
    }
    if report.photos.len() > MAX_PHOTOS {
        return Err(invalid(
            "photos",
            format!(
                "too many photos ({}, at most {MAX_PHOTOS})",
                report.photos.len()
            ),
        ));
    }
    if text.is_empty() && report.photos.is_empty() {
        return Err(invalid(
            "text",
            "the report is empty: describe what happened or attach a photo",
        ));
    }
    let mut photos = Vec::with_capacity(report.photos.len());
    for (n, photo) in report.photos.iter().enumerate() {
        let stripped = strip_metadata(photo)
            .map_err(|e| invalid("photos", format!("photo {}: {e}", n + 1)))?;
        photos.push(ReportPhoto {
            format: stripped.format,
            data: STANDARD_NO_PAD.encode(&stripped.bytes),
        });
    }
    Ok(ReportPayload {
        v: PROTOCOL_VERSION,
        category: report.category,
        occurred_at_ms: report.occurred_at_ms,
        place,
        text,
        photos,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_790_000_000_000;

    fn report() -> Report {
        Report {
            category: ReportCategory::UrbanRodeo,
            occurred_at_ms: NOW - 3_600_000,
            place: Some(ReportLocation {
                latitude: 48.856613,
                longitude: 2.352222,
                coarsen: true,
            }),
            text: "Des motos \u{202E}tous les soirs".into(),
            photos: vec![include_bytes!("testdata/gps.jpg").to_vec()],
        }
    }

    fn field(e: Error) -> &'static str {
        match e {
            Error::InvalidInput { field, .. } => field,
            other => panic!("not an input error: {other}"),
        }
    }

    #[test]
    fn a_good_report_becomes_a_payload() {
        let payload = build_payload(&report(), NOW).unwrap();
        assert_eq!(payload.category, ReportCategory::UrbanRodeo);
        assert_eq!(payload.text, "Des motos tous les soirs");
        assert_eq!(payload.photos.len(), 1);
        let place = payload.place.unwrap();
        assert!(place.coarse);
        assert_ne!((place.latitude, place.longitude), (48.856613, 2.352222));
    }

    #[test]
    fn coarsening_rounds_to_a_one_kilometre_cell() {
        let (lat, lon) = coarsen(48.856613, 2.352222);
        // Within the cell: at most half a cell (~0.8 km diagonal) away.
        let dy = (lat - 48.856613) * 111.2;
        let dx = (lon - 2.352222) * 111.2 * 48.86f64.to_radians().cos();
        let distance = (dx * dx + dy * dy).sqrt();
        assert!(distance < 0.8, "{distance} km");
        // Every point of the cell gives the same centre.
        assert_eq!(coarsen(48.8561, 2.3525), (lat, lon));
        assert_eq!(coarsen(48.8599, 2.3509), (lat, lon));
        // The next cell north differs by 0.01°.
        assert!((coarsen(48.8601, 2.3522).0 - lat - 0.01).abs() < 1e-9);
        // A cell is about as wide as it is high (1.11 km).
        let lon_step = 0.01 / lat.to_radians().cos();
        assert!((lon_step * 111.2 * lat.to_radians().cos() - 1.112).abs() < 0.01);
        // Near the poles and the antimeridian: still on the globe.
        let (plat, plon) = coarsen(89.9999, 179.9999);
        assert!(plat <= 90.0 && (-180.0..=180.0).contains(&plon));
        let (slat, slon) = coarsen(-89.9999, -180.0);
        assert!(slat >= -90.0 && (-180.0..=180.0).contains(&slon));
    }

    #[test]
    fn an_exact_place_stays_exact() {
        let mut r = report();
        r.place = Some(ReportLocation {
            latitude: 45.75,
            longitude: 4.85,
            coarsen: false,
        });
        let place = build_payload(&r, NOW).unwrap().place.unwrap();
        assert_eq!(
            (place.latitude, place.longitude, place.coarse),
            (45.75, 4.85, false)
        );
    }

    #[test]
    fn impossible_reports_are_typed_errors_without_content() {
        let mut r = report();
        r.occurred_at_ms = NOW + MAX_CLOCK_SKEW_MS + 1;
        assert_eq!(field(build_payload(&r, NOW).unwrap_err()), "occurred_at");
        r.occurred_at_ms = NOW + MAX_CLOCK_SKEW_MS - 1;
        assert!(build_payload(&r, NOW).is_ok());
        r.occurred_at_ms = NOW - MAX_AGE_MS - 1;
        assert_eq!(field(build_payload(&r, NOW).unwrap_err()), "occurred_at");

        let mut r = report();
        r.place = Some(ReportLocation {
            latitude: f64::NAN,
            longitude: 2.0,
            coarsen: false,
        });
        assert_eq!(field(build_payload(&r, NOW).unwrap_err()), "place");
        r.place = Some(ReportLocation {
            latitude: 91.0,
            longitude: 2.0,
            coarsen: true,
        });
        let error = build_payload(&r, NOW).unwrap_err();
        assert!(!error.to_string().contains("91"), "{error}");

        let mut r = report();
        r.text = "SECRET ".repeat(MAX_TEXT_CHARS);
        let error = build_payload(&r, NOW).unwrap_err();
        assert!(!error.to_string().contains("SECRET"), "{error}");
        assert_eq!(field(error), "text");

        let mut r = report();
        r.text = " \u{202E} ".into();
        r.photos.clear();
        assert_eq!(field(build_payload(&r, NOW).unwrap_err()), "text");

        let mut r = report();
        r.photos = vec![r.photos[0].clone(); MAX_PHOTOS + 1];
        assert_eq!(field(build_payload(&r, NOW).unwrap_err()), "photos");
        r.photos = vec![b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".to_vec()];
        let error = build_payload(&r, NOW).unwrap_err();
        assert!(error.to_string().contains("convert it to JPEG"), "{error}");
    }
}
