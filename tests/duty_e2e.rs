//! A security agent's duty alert and an online pre-complaint, through the
//! core's public API against the real platform: the desk receives the
//! structured alert (site, location source, competent force) and the
//! pre-complaint form, answers the latter with a receipt number, and lists
//! it for the console. Also the minors' mode flag and the chat opened for a
//! victim.

mod common;

use common::*;
use discret_core::duty::{DutyAlertKind, DutyProfile};
use discret_core::precomplaint::{Item, Offence, PreComplaintForm};
use discret_core::{ChatEvent, Error, LocationFix, LocationSource, Places};

fn profile() -> DutyProfile {
    DutyProfile {
        site_name: "Centre commercial Les Arcades".into(),
        address: "Place de l'Arche, 93160 Noisy-le-Grand".into(),
        lat: 48.8489,
        lon: 2.5533,
        notes: Some("PC sécurité, niveau -1".into()),
        employer: "Sécurité Exemple SAS".into(),
        control_room_phone: "01 23 45 67 89".into(),
    }
}

fn messages_of(platform: &discret_platform::Platform, kind: &str) -> Vec<serde_json::Value> {
    platform
        .desk
        .queue()
        .unwrap_or_default()
        .iter()
        .filter_map(|item| platform.desk.case(item.id).ok())
        .flat_map(|case| case.messages)
        .filter(|m| m.kind == kind)
        .map(|m| m.body)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_duty_alert_reaches_the_desk_with_site_location_and_force() {
    let platform = start_platform("duty").await;
    let app = app_for(&platform.url(), platform.desk_signing_key());

    // No profile yet: a typed refusal, nothing sent.
    let err = app
        .send_duty_alert(DutyAlertKind::Intrusion, None)
        .await
        .err();
    assert!(matches!(
        err,
        Some(Error::InvalidInput {
            field: "duty_profile",
            ..
        })
    ));
    app.set_duty_profile(profile()).expect("valid profile");
    assert_eq!(
        app.duty_profile().expect("readable").map(|p| p.site_name),
        Some("Centre commercial Les Arcades".to_string())
    );

    // A stale GPS fix: the alert falls back to the site's coordinates.
    let stale = LocationFix {
        lat: 48.85,
        lon: 2.35,
        accuracy_m: 10.0,
        source: LocationSource::Gps,
        time_ms: now_ms() as u64 - 30 * 60_000,
    };
    let chat = app
        .send_duty_alert(DutyAlertKind::ArmedIndividual, Some(stale))
        .await
        .expect("alert sent");
    let (listener, mut events) = collector();
    let _sub = chat.subscribe(listener);
    wait_for(&mut events, "alert delivered", |e| {
        matches!(e, ChatEvent::Delivered { .. })
    })
    .await;
    wait_desk(&platform, "the duty alert", || {
        !messages_of(&platform, "duty_alert").is_empty()
    })
    .await;
    let queue = platform.desk.queue().expect("queue");
    assert_eq!(queue.len(), 1);
    let item = &queue[0];
    assert!(item.agent_alert && item.silent && !item.acting_for_victim);
    assert_eq!(item.category, "armed_individual");
    assert_eq!(
        item.location.as_ref().and_then(|l| l["source"].as_str()),
        Some("duty_site")
    );
    let alert = &messages_of(&platform, "duty_alert")[0];
    assert_eq!(alert["site"]["name"], "Centre commercial Les Arcades");
    assert_eq!(alert["site"]["notes"], "PC sécurité, niveau -1");
    assert_eq!(alert["location_source"], "site");
    assert_eq!(alert["fix_problems"][0], "stale");
    assert_eq!(alert["competent"]["zone"], "police");
    assert_eq!(alert["competent"]["commune"], "Noisy-le-Grand");
    assert!(alert["competent"]["services"][0]
        .as_str()
        .is_some_and(|s| !s.is_empty()));

    // A good live fix is used as is.
    let live = LocationFix {
        lat: 48.8566,
        lon: 2.3522,
        accuracy_m: 8.0,
        source: LocationSource::Gps,
        time_ms: now_ms() as u64,
    };
    let _chat2 = app
        .send_duty_alert(DutyAlertKind::RefusedCheck, Some(live))
        .await
        .expect("second alert");
    wait_desk(&platform, "the second alert", || {
        messages_of(&platform, "duty_alert").len() == 2
    })
    .await;
    let alerts = messages_of(&platform, "duty_alert");
    let second = alerts
        .iter()
        .find(|a| a["kind"] == "refused_check")
        .expect("refused_check alert");
    assert_eq!(second["location_source"], "live");
    assert_eq!(second["location"]["lat"], 48.8566);
    assert_eq!(second["competent"]["commune"], "Paris 4e Arrondissement");

    // Acting for a victim, from the minors' mode too.
    app.set_minor_mode(true);
    let _chat3 = app
        .start_chat_for_victim("assault", None)
        .await
        .expect("victim chat");
    wait_desk(&platform, "the victim's chat", || {
        platform
            .desk
            .queue()
            .unwrap_or_default()
            .iter()
            .any(|i| i.acting_for_victim)
    })
    .await;
    let victim = platform
        .desk
        .queue()
        .expect("queue")
        .into_iter()
        .find(|i| i.acting_for_victim)
        .expect("victim case");
    assert!(victim.minor, "opened in the minors' mode");
    assert!(!victim.agent_alert);
    assert_eq!(
        victim.location.as_ref().and_then(|l| l["source"].as_str()),
        Some("duty_site"),
        "no live fix: the duty site"
    );

    // Quick exit wipes the profile and leaves the minors' mode.
    app.quick_exit();
    assert_eq!(app.duty_profile().expect("readable"), None);
    assert!(!app.minor_mode());
}

fn form(station_id: u32) -> PreComplaintForm {
    PreComplaintForm {
        surname: "Martin".into(),
        given_names: "Léa".into(),
        birth_date: "1990-02-28".into(),
        address: "3 rue de la Paix".into(),
        postcode: "75002".into(),
        city: "Paris".into(),
        email: Some("lea@example.org".into()),
        phone: None,
        offence: Some(Offence::Theft),
        facts_date: "2025-11-20".into(),
        facts_place: "Gare de Lyon, Paris".into(),
        description: "On m'a volé mon sac dans le train.".into(),
        items: vec![Item {
            label: "Téléphone".into(),
            value_cents: Some(45_000),
            serial: Some("IMEI 3520".into()),
        }],
        station_id: Some(station_id),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pre_complaint_is_received_answered_with_a_receipt_and_listed() {
    let platform = start_platform("precomplaint").await;
    let app = app_for(&platform.url(), platform.desk_signing_key());
    let station = Places::builtin()
        .expect("places")
        .nearest_stations(48.8443, 2.3743, 3, now_ms() as u64)
        .expect("stations")
        .remove(0)
        .station;

    // An invalid form never leaves the phone.
    let bad = PreComplaintForm {
        facts_date: "2999-01-01".into(),
        ..form(station.id)
    };
    match app.submit_pre_complaint(&bad).await {
        Err(Error::InvalidInput { field, reason }) => {
            assert_eq!(field, "pre_complaint");
            assert!(reason.contains("precomplaint-date-future"), "{reason}");
            assert!(!reason.contains("Martin"));
        }
        other => panic!("expected a refusal, got {:?}", other.err()),
    }
    assert!(platform.desk.queue().expect("queue").is_empty());

    let chat = app
        .submit_pre_complaint(&form(station.id))
        .await
        .expect("sent");
    let (listener, mut events) = collector();
    let _sub = chat.subscribe(listener);
    let ChatEvent::PreComplaintReceipt { receipt, .. } =
        wait_for(&mut events, "the receipt", |e| {
            matches!(e, ChatEvent::PreComplaintReceipt { .. })
        })
        .await
    else {
        unreachable!()
    };
    assert!(receipt.starts_with("PP-"), "{receipt}");

    let listed = platform.desk.pre_complaints().expect("list");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].receipt, receipt);
    assert_eq!(listed[0].offence, "theft");
    assert_eq!(listed[0].facts_date, "2025-11-20");
    assert_eq!(listed[0].station_name, station.name);
    assert_eq!(listed[0].surname, "Martin");
    let case = platform.desk.case(listed[0].case_id).expect("case");
    assert_eq!(case.summary.category, "pre_complaint");
    let body = &messages_of(&platform, "pre_complaint")[0];
    assert_eq!(body["items"][0]["value_cents"], 45_000);
    assert_eq!(body["declarant"]["given_names"], "Léa");
}
