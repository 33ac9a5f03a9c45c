//! Spatial lookups over the index: the departments' bounding boxes pick
//! the border blocks to decode (once, on first use); in each, an R-tree
//! (rstar) over the communes' bounding boxes, then the even–odd rule over
//! the segments of the candidate's border arcs. An R-tree over the stations
//! as points on the unit sphere, whose straight-line order is the
//! great-circle order, gives the nearest N. Distances are great-circle
//! (haversine) metres.

use super::format::{Block, FormatError, Index};
use rstar::{Envelope, ParentNode, RTree, RTreeNode, RTreeObject, AABB};
use std::sync::OnceLock;

/// Mean Earth radius, metres.
pub const EARTH_RADIUS_M: f64 = 6_371_008.8;
const METRES_PER_DEGREE: f64 = EARTH_RADIUS_M * std::f64::consts::PI / 180.0;

struct CommuneBox {
    index: u32,
    envelope: AABB<[i32; 2]>,
}

impl RTreeObject for CommuneBox {
    type Envelope = AABB<[i32; 2]>;
    fn envelope(&self) -> Self::Envelope {
        self.envelope
    }
}

/// A station as a point on the unit sphere.
#[derive(Debug, Clone, Copy, PartialEq)]
struct StationPoint {
    xyz: [f64; 3],
    index: u32,
}

impl RTreeObject for StationPoint {
    type Envelope = AABB<[f64; 3]>;
    fn envelope(&self) -> Self::Envelope {
        AABB::from_point(self.xyz)
    }
}

impl rstar::PointDistance for StationPoint {
    fn distance_2(&self, p: &[f64; 3]) -> f64 {
        let d = [self.xyz[0] - p[0], self.xyz[1] - p[1], self.xyz[2] - p[2]];
        d[0] * d[0] + d[1] * d[1] + d[2] * d[2]
    }
}

fn unit_vector(lat: f64, lon: f64) -> [f64; 3] {
    let (la, lo) = (lat.to_radians(), lon.to_radians());
    [la.cos() * lo.cos(), la.cos() * lo.sin(), la.sin()]
}

/// Great-circle distance (haversine), metres.
pub fn distance_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * a.sqrt().min(1.0).asin()
}

/// Initial bearing from the first point to the second, degrees clockwise
/// from north, in [0, 360).
pub fn bearing_deg(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dl = (lon2 - lon1).to_radians();
    let y = dl.sin() * p2.cos();
    let x = p1.cos() * p2.sin() - p1.sin() * p2.cos() * dl.cos();
    let b = y.atan2(x).to_degrees();
    if b < 0.0 {
        b + 360.0
    } else if b >= 360.0 {
        b - 360.0
    } else {
        b
    }
}

/// A decoded department and the R-tree over its communes.
struct DecodedBlock {
    block: Block,
    tree: RTree<CommuneBox>,
}

/// The lookup structures over an index.
pub struct Spatial {
    blocks: Vec<OnceLock<Result<DecodedBlock, FormatError>>>,
    stations: RTree<StationPoint>,
}

fn grid_envelope(index: &Index, lat: f64, lon: f64, margin_m: f64) -> AABB<[i32; 2]> {
    let [gx, gy] = index.grid;
    let cos = lat.to_radians().cos().max(0.01);
    let (dx, dy) = (
        margin_m / (METRES_PER_DEGREE * cos) * gx,
        margin_m / METRES_PER_DEGREE * gy,
    );
    let (x, y) = (lon * gx, lat * gy);
    AABB::from_corners(
        [(x - dx).floor() as i32, (y - dy).floor() as i32],
        [(x + dx).ceil() as i32, (y + dy).ceil() as i32],
    )
}

impl Spatial {
    pub fn new(index: &Index) -> Spatial {
        let points = index
            .stations
            .iter()
            .enumerate()
            .map(|(i, s)| StationPoint {
                xyz: unit_vector(s.lat, s.lon),
                index: i as u32,
            })
            .collect();
        Spatial {
            blocks: index.blocks.iter().map(|_| OnceLock::new()).collect(),
            stations: RTree::bulk_load(points),
        }
    }

    /// Department `b`'s borders, decoded on first use.
    fn block(&self, index: &Index, b: usize) -> Result<&DecodedBlock, FormatError> {
        let decoded = self.blocks[b].get_or_init(|| {
            let block = index.decode_block(b)?;
            let boxes = block
                .communes
                .iter()
                .enumerate()
                .filter(|(_, (_, bbox))| bbox[0] <= bbox[2])
                .map(|(i, (_, bbox))| CommuneBox {
                    index: i as u32,
                    envelope: AABB::from_corners([bbox[0], bbox[1]], [bbox[2], bbox[3]]),
                })
                .collect();
            Ok(DecodedBlock {
                block,
                tree: RTree::bulk_load(boxes),
            })
        });
        decoded.as_ref().map_err(Clone::clone)
    }

    /// Decodes every department now (tests, tools).
    pub fn decode_all(&self, index: &Index) -> Result<(), FormatError> {
        (0..index.blocks.len()).try_for_each(|b| self.block(index, b).map(|_| ()))
    }

    /// Departments whose box meets the envelope.
    fn blocks_near<'a>(
        &'a self,
        index: &'a Index,
        envelope: AABB<[i32; 2]>,
    ) -> impl Iterator<Item = usize> + 'a {
        index
            .blocks
            .iter()
            .enumerate()
            .filter_map(move |(b, info)| {
                let bb =
                    AABB::from_corners([info.bbox[0], info.bbox[1]], [info.bbox[2], info.bbox[3]]);
                (info.bbox[0] <= info.bbox[2] && bb.intersects(&envelope)).then_some(b)
            })
    }

    /// The commune whose simplified border contains the point.
    pub fn commune_at(
        &self,
        index: &Index,
        lat: f64,
        lon: f64,
    ) -> Result<Option<usize>, FormatError> {
        let (x, y) = (lon * index.grid[0], lat * index.grid[1]);
        let envelope = AABB::from_corners(
            [x.floor() as i32, y.floor() as i32],
            [x.ceil() as i32, y.ceil() as i32],
        );
        let mut found: Option<usize> = None;
        for b in self.blocks_near(index, envelope) {
            let decoded = self.block(index, b)?;
            let first = index.blocks[b].communes.0 as usize;
            for candidate in decoded.tree.locate_in_envelope_intersecting(&envelope) {
                let global = first + candidate.index as usize;
                if found.is_some_and(|f| f < global) {
                    continue;
                }
                if contains(&decoded.block, candidate.index as usize, x, y) {
                    found = Some(global);
                }
            }
        }
        Ok(found)
    }

    /// The commune whose border passes nearest the point, if within
    /// `within_m` metres, with that distance.
    pub fn nearest_commune(
        &self,
        index: &Index,
        lat: f64,
        lon: f64,
        within_m: f64,
    ) -> Result<Option<(usize, f64)>, FormatError> {
        let envelope = grid_envelope(index, lat, lon, within_m);
        let mut best: Option<(usize, f64)> = None;
        for b in self.blocks_near(index, envelope) {
            let decoded = self.block(index, b)?;
            let first = index.blocks[b].communes.0 as usize;
            for candidate in decoded.tree.locate_in_envelope_intersecting(&envelope) {
                let d =
                    border_distance_m(index, &decoded.block, candidate.index as usize, lat, lon);
                let global = first + candidate.index as usize;
                if d <= within_m && best.is_none_or(|(g, bd)| d < bd || (d == bd && global < g)) {
                    best = Some((global, d));
                }
            }
        }
        Ok(best)
    }

    /// Distance from the point to the border of `commune`, metres.
    pub fn border_distance(
        &self,
        index: &Index,
        commune: usize,
        lat: f64,
        lon: f64,
    ) -> Result<f64, FormatError> {
        let b = index.communes[commune].block as usize;
        let decoded = self.block(index, b)?;
        let local = commune - index.blocks[b].communes.0 as usize;
        Ok(border_distance_m(index, &decoded.block, local, lat, lon))
    }

    /// The `n` stations nearest the point, nearest first, with their
    /// distances in metres.
    pub fn nearest_stations(&self, lat: f64, lon: f64, n: usize) -> Vec<(usize, f64)> {
        let q = unit_vector(lat, lon);
        let mut best: Vec<(f64, u32)> = Vec::with_capacity(n + 1);
        if n > 0 {
            nearest_in(self.stations.root(), &q, n, &mut best);
        }
        // The chord between two unit vectors gives the great-circle
        // distance: 2 R asin(chord / 2).
        best.into_iter()
            .map(|(chord2, i)| {
                (
                    i as usize,
                    2.0 * EARTH_RADIUS_M * (chord2.sqrt() / 2.0).min(1.0).asin(),
                )
            })
            .collect()
    }
}

/// Squared distance from a point to a box (0 inside).
#[inline]
fn box_distance_2(b: &AABB<[f64; 3]>, q: &[f64; 3]) -> f64 {
    let (lo, hi) = (b.lower(), b.upper());
    let mut d = 0.0;
    for k in 0..3 {
        let v = (lo[k] - q[k]).max(q[k] - hi[k]).max(0.0);
        d += v * v;
    }
    d
}

/// Depth-first branch and bound over rstar's nodes: children visited
/// nearest box first, boxes farther than the current n-th best skipped.
/// `best` stays sorted by squared chord length. (rstar's own
/// `nearest_neighbor_iter` keeps a heap per query: 3–4 times slower here.)
fn nearest_in(node: &ParentNode<StationPoint>, q: &[f64; 3], n: usize, best: &mut Vec<(f64, u32)>) {
    let worst = |best: &Vec<(f64, u32)>| {
        if best.len() < n {
            f64::INFINITY
        } else {
            best[n - 1].0
        }
    };
    // Child boxes and their distances (rstar's nodes hold about 6; its
    // bulk load may go beyond: spill over to the heap then).
    let mut kids: [(f64, Option<&ParentNode<StationPoint>>); 16] = [(f64::INFINITY, None); 16];
    let mut spill: Vec<(f64, Option<&ParentNode<StationPoint>>)> = Vec::new();
    let mut count = 0;
    for child in node.children() {
        match child {
            RTreeNode::Leaf(p) => {
                let d = rstar::PointDistance::distance_2(p, q);
                if d < worst(best) {
                    let at = best.partition_point(|&(bd, _)| bd <= d);
                    best.insert(at, (d, p.index));
                    best.truncate(n);
                }
            }
            RTreeNode::Parent(parent) => {
                let entry = (box_distance_2(&parent.envelope(), q), Some(parent));
                if count < kids.len() {
                    kids[count] = entry;
                    count += 1;
                } else {
                    spill.push(entry);
                }
            }
        }
    }
    let kids: &mut [(f64, Option<&ParentNode<StationPoint>>)] = if spill.is_empty() {
        &mut kids[..count]
    } else {
        spill.extend_from_slice(&kids[..count]);
        &mut spill
    };
    kids.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
    for &(d, parent) in kids.iter() {
        if d >= worst(best) {
            break;
        }
        if let Some(parent) = parent {
            nearest_in(parent, q, n, best);
        }
    }
}

/// The same answer as [`Spatial::nearest_stations`] by scanning every
/// station: the baseline of the benchmark, and a check in the tests.
pub fn nearest_stations_linear(index: &Index, lat: f64, lon: f64, n: usize) -> Vec<(usize, f64)> {
    let mut all: Vec<(usize, f64)> = index
        .stations
        .iter()
        .enumerate()
        .map(|(i, s)| (i, distance_m(lat, lon, s.lat, s.lon)))
        .collect();
    let n = n.min(all.len());
    if n == 0 {
        return Vec::new();
    }
    all.select_nth_unstable_by(n - 1, |a, b| a.1.total_cmp(&b.1));
    all.truncate(n);
    all.sort_by(|a, b| a.1.total_cmp(&b.1));
    all
}

/// Even–odd rule over every segment of the commune's arcs (outer rings and
/// holes alike; direction does not matter). `local`: the commune's rank in
/// its block; `x`, `y` in grid units.
pub fn contains(block: &Block, local: usize, x: f64, y: f64) -> bool {
    let bbox = block.communes[local].1;
    if x < bbox[0] as f64 || x > bbox[2] as f64 || y < bbox[1] as f64 || y > bbox[3] as f64 {
        return false;
    }
    let mut inside = false;
    for (p, q) in block.segments(local) {
        let (x1, y1, x2, y2) = (p[0] as f64, p[1] as f64, q[0] as f64, q[1] as f64);
        if (y1 > y) != (y2 > y) && x < (x2 - x1) * (y - y1) / (y2 - y1) + x1 {
            inside = !inside;
        }
    }
    inside
}

/// Distance from the point to the commune's border, metres (local flat
/// approximation, good to a fraction of a percent at these distances).
fn border_distance_m(index: &Index, block: &Block, local: usize, lat: f64, lon: f64) -> f64 {
    let [gx, gy] = index.grid;
    let kx = METRES_PER_DEGREE * lat.to_radians().cos() / gx;
    let ky = METRES_PER_DEGREE / gy;
    let (px, py) = (lon * gx * kx, lat * gy * ky);
    let mut best = f64::INFINITY;
    for (a, b) in block.segments(local) {
        let (ax, ay) = (a[0] as f64 * kx, a[1] as f64 * ky);
        let (bx, by) = (b[0] as f64 * kx, b[1] as f64 * ky);
        let (vx, vy) = (bx - ax, by - ay);
        let len2 = vx * vx + vy * vy;
        let t = if len2 > 0.0 {
            (((px - ax) * vx + (py - ay) * vy) / len2).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let (dx, dy) = (ax + t * vx - px, ay + t * vy - py);
        best = best.min(dx * dx + dy * dy);
    }
    best.sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearings() {
        assert!((bearing_deg(48.0, 2.0, 49.0, 2.0) - 0.0).abs() < 1e-9);
        assert!((bearing_deg(48.0, 2.0, 48.0, 3.0) - 90.0).abs() < 0.5);
        assert!((bearing_deg(48.0, 2.0, 47.0, 2.0) - 180.0).abs() < 1e-9);
        assert!((bearing_deg(48.0, 2.0, 48.0, 1.0) - 270.0).abs() < 0.5);
    }

    #[test]
    fn distances() {
        let d = distance_m(48.853, 2.3499, 45.7578, 4.8320);
        assert!((d - 392_000.0).abs() < 3_000.0, "{d}");
        assert_eq!(distance_m(45.0, 5.0, 45.0, 5.0), 0.0);
    }
}
