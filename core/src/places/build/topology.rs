//! Topology-aware simplification of the commune polygons, at build time.
//!
//! Neighbouring communes share their border vertex for vertex in the IGN
//! data. The rings are cut into *arcs* at the junctions (vertices with more
//! than two neighbours), each arc is stored once and simplified once with
//! geo's Douglas–Peucker (`SimplifyIdx`, end points kept), and every ring is
//! rebuilt from its simplified arcs: two neighbours keep exactly the same
//! border, so the simplified communes still tile the territory (no gap, no
//! overlap along shared borders). Coordinates then snap to the storage grid.

use super::wkb::Polygon;
use geo::{Coord, LineString, SimplifyIdx};
use std::collections::HashMap;

/// Metres per degree of latitude.
const METRES_PER_DEGREE: f64 = 111_320.0;
/// Grid used to recognise shared vertices (1e-7 degree, about 1 cm).
const MATCH_GRID: f64 = 1e7;

/// What the simplification did, for the build log.
#[derive(Debug, Default, Clone)]
pub struct Stats {
    pub input_points: usize,
    pub unique_vertices: usize,
    pub arcs: usize,
    pub shared_arcs: usize,
    pub output_points: usize,
    pub collapsed_arcs: usize,
}

/// How arcs are simplified.
#[derive(Debug, Clone, Copy)]
pub enum Method {
    /// Douglas–Peucker: no point moves more than this many metres.
    /// (Visvalingam–Whyatt was measured too: on these already generalised
    /// borders, median segment 566 m, it removed almost nothing.)
    DouglasPeucker(f64),
}

impl Method {
    fn keep(self, line: &LineString) -> Vec<usize> {
        match self {
            Method::DouglasPeucker(metres) => line.simplify_idx(metres),
        }
    }
}

/// The simplified borders: each arc once, and for each commune its rings
/// (outer rings and holes alike) as arcs in order, each maybe reversed.
#[derive(Debug, Clone)]
pub struct Simplified {
    /// Points in grid units, `[lon, lat]`; closed arcs repeat their first point.
    pub arcs: Vec<Vec<[i32; 2]>>,
    pub communes: Vec<Vec<Vec<(u32, bool)>>>,
}

/// Simplifies every commune (a list of polygons each) with `method` and snaps the result to a grid of `grid` units per
/// degree of longitude and latitude. The even–odd rule over all the segments of a commune's arcs
/// tells inside from outside, so neither ring structure, direction nor
/// hole marking is needed.
pub fn simplify_communes(
    communes: &[Vec<Polygon>],
    method: Method,
    grid: [f64; 2],
) -> (Simplified, Stats) {
    let mut stats = Stats::default();
    // 1. Vertex ids on the matching grid.
    let mut ids: HashMap<(i32, i32), u32> = HashMap::new();
    let mut coords: Vec<[f64; 2]> = Vec::new();
    let mut rings: Vec<Vec<Vec<u32>>> = Vec::with_capacity(communes.len());
    for polygons in communes {
        let mut out = Vec::new();
        for polygon in polygons {
            for ring in polygon {
                stats.input_points += ring.len();
                let mut r: Vec<u32> = Vec::with_capacity(ring.len());
                for p in ring {
                    let key = (
                        (p[0] * MATCH_GRID).round() as i32,
                        (p[1] * MATCH_GRID).round() as i32,
                    );
                    let id = *ids.entry(key).or_insert_with(|| {
                        coords.push([key.0 as f64 / MATCH_GRID, key.1 as f64 / MATCH_GRID]);
                        (coords.len() - 1) as u32
                    });
                    if r.last() != Some(&id) {
                        r.push(id);
                    }
                }
                while r.len() > 1 && r.first() == r.last() {
                    r.pop();
                }
                if r.len() >= 3 {
                    out.push(r);
                }
            }
        }
        rings.push(out);
    }
    stats.unique_vertices = coords.len();

    // 2. Junctions: vertices with a number of distinct neighbours other than 2.
    let mut neighbours: Vec<[u32; 3]> = vec![[u32::MAX; 3]; coords.len()];
    let mut junction = vec![false; coords.len()];
    let mut note = |a: u32, b: u32, junction: &mut Vec<bool>| {
        let slot = &mut neighbours[a as usize];
        if slot.contains(&b) {
            return;
        }
        match slot.iter().position(|&s| s == u32::MAX) {
            Some(i) if i < 2 => slot[i] = b,
            _ => junction[a as usize] = true,
        }
    };
    for ring in rings.iter().flatten() {
        for i in 0..ring.len() {
            let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
            note(a, b, &mut junction);
            note(b, a, &mut junction);
        }
    }
    for (v, slot) in neighbours.iter().enumerate() {
        if slot[1] == u32::MAX {
            junction[v] = true;
        }
    }

    // 3. Arcs, each stored once in a canonical direction.
    let mut arc_ids: HashMap<Vec<u32>, u32> = HashMap::new();
    let mut arcs: Vec<Vec<u32>> = Vec::new();
    let mut uses: Vec<u32> = Vec::new();
    let mut commune_arcs: Vec<Vec<Vec<(u32, bool)>>> = Vec::with_capacity(rings.len());
    for commune in &rings {
        let mut out = Vec::with_capacity(commune.len());
        for ring in commune {
            let pieces: Vec<Vec<u32>> = match ring.iter().position(|&v| junction[v as usize]) {
                None => {
                    // A ring without junction (island, enclave): one closed
                    // arc starting at its smallest vertex.
                    let start = (0..ring.len()).min_by_key(|&i| ring[i]).unwrap_or(0);
                    let mut arc: Vec<u32> = ring[start..]
                        .iter()
                        .chain(&ring[..start])
                        .copied()
                        .collect();
                    arc.push(arc[0]);
                    vec![arc]
                }
                Some(first) => {
                    let rotated: Vec<u32> = ring[first..]
                        .iter()
                        .chain(&ring[..first])
                        .copied()
                        .collect();
                    let mut pieces = Vec::new();
                    let mut current = vec![rotated[0]];
                    for &v in &rotated[1..] {
                        current.push(v);
                        if junction[v as usize] {
                            pieces.push(std::mem::replace(&mut current, vec![v]));
                        }
                    }
                    current.push(rotated[0]);
                    pieces.push(current);
                    pieces
                }
            };
            let mut refs = Vec::with_capacity(pieces.len());
            for piece in pieces {
                let reversed: Vec<u32> = piece.iter().rev().copied().collect();
                let (key, backwards) = if reversed < piece {
                    (reversed, true)
                } else {
                    (piece, false)
                };
                let id = match arc_ids.get(&key) {
                    Some(&id) => id,
                    None => {
                        let id = arcs.len() as u32;
                        arc_ids.insert(key.clone(), id);
                        arcs.push(key);
                        uses.push(0);
                        id
                    }
                };
                uses[id as usize] += 1;
                refs.push((id, backwards));
            }
            out.push(refs);
        }
        commune_arcs.push(out);
    }
    stats.arcs = arcs.len();
    stats.shared_arcs = uses.iter().filter(|&&u| u > 1).count();

    // 4. Simplify each arc once, in a local equirectangular frame (metres).
    let snap = |v: u32| -> [i32; 2] {
        let c = coords[v as usize];
        [
            (c[0] * grid[0]).round() as i32,
            (c[1] * grid[1]).round() as i32,
        ]
    };
    let simplified: Vec<Vec<[i32; 2]>> = arcs
        .iter()
        .map(|arc| {
            let lat0 = coords[arc[0] as usize][1].to_radians().cos();
            let project = |v: u32| {
                let c = coords[v as usize];
                Coord {
                    x: c[0] * lat0 * METRES_PER_DEGREE,
                    y: c[1] * METRES_PER_DEGREE,
                }
            };
            let keep: Vec<usize> = if arc.first() == arc.last() {
                // Closed arc: split at the vertex farthest from the start so
                // that each half has two distinct end points.
                let p0 = project(arc[0]);
                let far = (1..arc.len() - 1)
                    .max_by(|&a, &b| {
                        let da = (project(arc[a]) - p0).x.hypot((project(arc[a]) - p0).y);
                        let db = (project(arc[b]) - p0).x.hypot((project(arc[b]) - p0).y);
                        da.total_cmp(&db)
                    })
                    .unwrap_or(1);
                let first: LineString = arc[..=far].iter().map(|&v| project(v)).collect();
                let second: LineString = arc[far..].iter().map(|&v| project(v)).collect();
                let mut keep = method.keep(&first);
                keep.pop();
                keep.extend(method.keep(&second).into_iter().map(|i| i + far));
                keep
            } else {
                let line: LineString = arc.iter().map(|&v| project(v)).collect();
                method.keep(&line)
            };
            let mut out: Vec<[i32; 2]> = Vec::with_capacity(keep.len());
            for i in keep {
                let p = snap(arc[i]);
                if out.last() != Some(&p) {
                    out.push(p);
                }
            }
            out
        })
        .collect();

    // 5. Each commune keeps its rings as lists of (arc, reversed).
    stats.output_points = simplified.iter().map(Vec::len).sum();
    stats.collapsed_arcs = simplified.iter().filter(|a| a.len() < 2).count();
    let communes = commune_arcs;
    (
        Simplified {
            arcs: simplified,
            communes,
        },
        stats,
    )
}
