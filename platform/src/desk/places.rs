//! Where the citizen is, for the operator: the shared location assessed
//! with the places index the phone library also carries (commune, the
//! territorially competent force and service, the nearest stations with
//! distance, bearing and opening, and the fix's quality flags). Computed
//! when a case is shown; a location that cannot be read is left out.

use discret_core::places::{self, Coverage, Force, LocationAssessment, Zone};
use discret_protocol::payload::LocationFix;
use serde::Deserialize;
use serde_json::{json, Value};

/// How many nearby stations the console lists.
const NEAREST: u32 = 3;

/// The assessment of a stored location (the protocol's fix, as JSON).
pub fn assess(location: &Value) -> Option<Value> {
    let fix: LocationFix = LocationFix::deserialize(location).ok()?;
    let fix = discret_core::chat::LocationFix::from(fix);
    match places::locate(&fix, NEAREST) {
        Ok(assessment) => Some(to_json(&assessment)),
        Err(e) => {
            tracing::warn!(error = %e, "a shared location could not be assessed");
            None
        }
    }
}

fn force(force: Force) -> &'static str {
    match force {
        Force::Police => "police",
        Force::Gendarmerie => "gendarmerie",
    }
}

fn to_json(a: &LocationAssessment) -> Value {
    let zone = match a.zone {
        Zone::Police => "police",
        Zone::Gendarmerie => "gendarmerie",
        Zone::Shared => "shared",
        Zone::Unknown => "unknown",
    };
    let coverage = match a.coverage {
        Coverage::Inside => json!({ "kind": "inside" }),
        Coverage::NearCoast { distance_m } => {
            json!({ "kind": "near_coast", "distance_m": distance_m.round() })
        }
        Coverage::Outside => json!({ "kind": "outside" }),
    };
    json!({
        "description": a.description,
        "zone": zone,
        "coverage": coverage,
        "emergency_number": a.emergency_number,
        "commune": a.commune.as_ref().map(|c| json!({
            "code": c.code, "name": c.name, "postcode": c.postcode, "department": c.department,
        })),
        "quality": {
            "age_s": a.quality.age_s,
            "stale": a.quality.stale,
            "imprecise": a.quality.imprecise,
            "future": a.quality.future,
            "near_border": a.quality.near_border,
        },
        "competent": a.competent.iter().map(|s| json!({
            "name": s.name, "force": force(s.force), "phone": s.phone, "address": s.address,
        })).collect::<Vec<_>>(),
        "nearest": a.nearest.iter().map(|n| json!({
            "name": n.station.name,
            "force": force(n.station.force),
            "distance_m": n.distance_m.round(),
            "bearing_deg": n.bearing_deg.round(),
            "approximate": n.station.approximate,
            "phone": n.station.phone,
            "opening": n.opening.as_ref().map(|o| o.text.clone()),
            "attribution": n.station.attribution,
        })).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now_ms() -> u64 {
        crate::db::now_ms() as u64
    }

    #[test]
    fn paris_is_police_with_nearby_stations() {
        let location = json!({
            "lat": 48.8566, "lon": 2.3522, "accuracy_m": 15.0, "source": "gps", "time_ms": now_ms(),
        });
        let assessed = assess(&location).expect("assessed");
        assert_eq!(assessed["zone"], "police");
        assert_eq!(assessed["coverage"]["kind"], "inside");
        assert!(assessed["commune"]["name"]
            .as_str()
            .is_some_and(|n| n.starts_with("Paris")));
        assert_eq!(assessed["nearest"].as_array().map(Vec::len), Some(3));
        assert!(assessed["description"]
            .as_str()
            .is_some_and(|d| d.contains("Paris")));
    }

    #[test]
    fn the_sea_is_outside_coverage_and_points_to_112() {
        let location = json!({
            "lat": 47.5, "lon": -6.0, "accuracy_m": 10.0, "source": "gps", "time_ms": now_ms(),
        });
        let assessed = assess(&location).expect("assessed");
        assert_eq!(assessed["coverage"]["kind"], "outside");
        assert_eq!(assessed["emergency_number"], "112");
    }

    #[test]
    fn unreadable_locations_are_left_out() {
        for location in [
            json!({}),
            json!({ "lat": "x", "lon": 2.0, "accuracy_m": 1.0, "source": "gps", "time_ms": 1 }),
            json!({ "lat": 95.0, "lon": 2.0, "accuracy_m": 1.0, "source": "gps", "time_ms": 1 }),
            json!({ "lat": 48.0, "lon": 2.0, "accuracy_m": 1.0, "source": "radar", "time_ms": 1 }),
        ] {
            assert!(assess(&location).is_none(), "{location}");
        }
    }
}
