//! The places index: one binary blob holding the communes (INSEE code,
//! name, postcode, competent services, simplified borders), the stations
//! and their opening hours. `build.rs` writes it into `OUT_DIR` and the
//! library embeds it; the platform can serve a newer one later, read with
//! the same [`decode`].
//!
//! Layout (integers little-endian):
//! ```text
//! "DSCPLC01"  magic (8 bytes)
//! u32         format version (2)
//! u32         length of the directory
//! u32         length of the border blocks
//! u32         length of the string area
//! u64         checksum of everything after the header
//! directory   bit stream: grid, notes, symbol table, starting
//!             probabilities of the border models, departments (bounding
//!             box, size of their border block, communes: INSEE code,
//!             postcode, competent services), shared blocks (the two
//!             departments, size), stations
//! blocks      one range-coded stream per department (its borders), then
//!             one per pair of neighbouring departments (their common arcs)
//! strings     commune names, then station names, addresses, phones, each
//!             compressed with the symbol table and ended by a 0
//! ```
//! The directory is read at load (a few milliseconds); a department's
//! borders are decoded the first time a lookup needs them: its shared
//! blocks, then its own.
//!
//! Borders are shared *arcs* (see `build/topology.rs`) on a grid (about
//! 30 m), coded with a binary range coder and adaptive probabilities
//! (`bits.rs`). Every block's models start from the same probabilities,
//! learnt by the writer over all the blocks and kept in the directory (one
//! bit for "one half", else 8 bits each), so that blocks decode alone.
//! Each arc is coded once:
//! - arcs walked by two departments go to the shared block of the pair,
//!   chained (each starts with a jump from the previous one's end, mostly
//!   0); both departments load them before their first ring, and the first
//!   walk turns each the way the department walks it;
//! - other arcs are coded by the first commune of the department that uses
//!   them.
//!
//! A new arc's points after its first are *segments*: the length along the
//! longer axis (bit length through a tree, then the top bits adaptive),
//! then the direction as a turn from the previous segment's heading: 32
//! bins whose probabilities depend on the length class of the shorter of
//! the two segments (a kept point is seldom in line with its neighbours),
//! then the exact grid point within the bin, plain. After each point, one
//! adaptive bit says whether the arc ends there: arcs are cut at every
//! junction, so an arc ends almost surely where it meets a known end point
//! and seldom elsewhere.
//!
//! Rings are walked so that each arc starts where the previous one ended:
//! no start point is coded but the ring's first. A border has two sides: an
//! arc stays *open* until two rings have walked it, and only open arcs can
//! be named. A ring starts at its newest open arc, named by how many open
//! arcs are newer (or, when it has none, with a jump to a new arc); going
//! on from a point, one bit says whether the next arc is an open one ending
//! there (then its rank among them, when there are several) or a new one.
//! So a border costs a bit or less the second time.
//!
//! Standard library only: `build.rs` includes this file too.

use super::bits::{
    unzigzag, zigzag, Adaptive, BitReader, BitWriter, EndOfData, Magnitude, Prob, RangeDecoder,
    RangeEncoder, SymbolTable, HALF,
};
use super::hours::WeeklySchedule;
use super::import::Force;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt;

pub const MAGIC: &[u8; 8] = b"DSCPLC01";
pub const VERSION: u32 = 2;
const HEADER: usize = 8 + 4 + 4 + 4 + 4 + 8;
/// Commune names are front-coded in runs of this many: each but the first
/// of a run starts with the number of bytes it shares with the previous
/// name (neighbours in INSEE order are often alphabetical neighbours).
const NAME_RUN: usize = 16;
/// Station coordinates: 1e-5 degree (about 1 m).
const STATION_GRID: f64 = 1e5;

/// Where a station's record comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StationSource {
    /// Named in the competence table; placed at the town hall of its
    /// commune (approximate) until an official file gives its position.
    CompetenceTable,
    /// An official station file (exact position, address, hours).
    OfficialList,
    /// OpenStreetMap (© OpenStreetMap contributors, ODbL).
    OpenStreetMap,
}

/// A commune as the build step hands it to the writer.
#[derive(Debug, Clone, PartialEq)]
pub struct CommuneInput {
    pub code: String,
    pub name: String,
    /// "" when unknown.
    pub postcode: String,
    /// Competent services (indices into the stations), usually one.
    pub services: Vec<u32>,
    /// Rings of (arc index, walked backwards).
    pub rings: Vec<Vec<(u32, bool)>>,
}

/// A station as the build step hands it to the writer.
#[derive(Debug, Clone, PartialEq)]
pub struct StationInput {
    pub force: Force,
    /// Gendarmerie unit id.
    pub unit_id: Option<u32>,
    pub name: String,
    /// Index of the commune it sits in.
    pub commune: u32,
    pub lat: f64,
    pub lon: f64,
    pub approximate: bool,
    pub source: StationSource,
    pub address: String,
    pub phone: String,
    pub hours: Option<WeeklySchedule>,
}

/// Everything the index holds, in build-friendly form.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexInput {
    /// Border grid: units per degree of longitude and of latitude (the
    /// longitude step is wider, so that both are about as long on the
    /// ground in mainland France).
    pub grid: [u32; 2],
    /// Provenance, one line each.
    pub notes: Vec<String>,
    /// Sorted by [`code_key`].
    pub communes: Vec<CommuneInput>,
    /// Arcs in grid units `[lon, lat]`.
    pub arcs: Vec<Vec<[i32; 2]>>,
    pub stations: Vec<StationInput>,
}

/// Why an index blob cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// Not a places index.
    BadMagic,
    /// Written by a newer (or older) format.
    UnsupportedVersion(u32),
    /// Shorter than its header says.
    Truncated,
    /// The checksum does not match: damaged in transit or on disk.
    Checksum,
    /// Inconsistent content.
    Corrupt(&'static str),
    /// The input given to the writer is inconsistent.
    Invalid(String),
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::BadMagic => write!(f, "not a places index"),
            FormatError::UnsupportedVersion(v) => write!(f, "unsupported places index version {v}"),
            FormatError::Truncated => write!(f, "the places index is truncated"),
            FormatError::Checksum => write!(f, "the places index is damaged (checksum mismatch)"),
            FormatError::Corrupt(what) => write!(f, "the places index is inconsistent: {what}"),
            FormatError::Invalid(what) => write!(f, "cannot write the places index: {what}"),
        }
    }
}

impl std::error::Error for FormatError {}

impl From<EndOfData> for FormatError {
    fn from(_: EndOfData) -> Self {
        FormatError::Truncated
    }
}

/// A sortable number for an INSEE code: digits as they are, Corsica's
/// 2A/2B as 20000 + n and 20500 + n (no other code starts with 20).
pub fn code_key(code: &str) -> Option<u32> {
    if !super::import::is_commune_code(code) {
        return None;
    }
    let rest: u32 = code[2..].parse().ok()?;
    match &code[..2] {
        "2A" => Some(20_000 + rest),
        "2B" => Some(20_500 + rest),
        head => Some(head.parse::<u32>().ok()? * 1000 + rest),
    }
}

/// The INSEE code of a [`code_key`].
pub fn key_code(key: u32) -> String {
    match key {
        20_000..=20_499 => format!("2A{:03}", key - 20_000),
        20_500..=20_999 => format!("2B{:03}", key - 20_500),
        k => format!("{k:05}"),
    }
}

/// The department of an INSEE code ("01", "2A", "974").
pub fn department_of(code: &str) -> &str {
    if code.starts_with("97") || code.starts_with("98") {
        code.get(..3).unwrap_or(code)
    } else {
        code.get(..2).unwrap_or(code)
    }
}

fn postcode_number(p: &str) -> Result<u32, FormatError> {
    if p.is_empty() {
        return Ok(0);
    }
    if p.len() != 5 || !p.bytes().all(|b| b.is_ascii_digit()) {
        return Err(FormatError::Invalid(format!("postcode {p:?}")));
    }
    Ok(p.parse::<u32>()
        .map_err(|_| FormatError::Invalid(format!("postcode {p:?}")))?
        + 1)
}

fn write_schedule(w: &mut BitWriter, s: &WeeklySchedule) {
    for day in &s.days {
        w.gamma(day.len() as u32);
        for &(start, end) in day {
            w.bits(start as u64, 11);
            w.bits(end as u64, 11);
        }
    }
}

fn read_schedule(r: &mut BitReader<'_>) -> Result<WeeklySchedule, FormatError> {
    let mut s = WeeklySchedule::default();
    for day in s.days.iter_mut() {
        let n = r.gamma(48)?;
        for _ in 0..n {
            let (start, end) = (r.bits(11)? as u16, r.bits(11)? as u16);
            if start >= end || end > 1440 {
                return Err(FormatError::Corrupt("opening hours"));
            }
            day.push((start, end));
        }
    }
    Ok(s)
}

fn bits_for(n: usize) -> u32 {
    // Width of an index in 0..n.
    if n <= 1 {
        0
    } else {
        usize::BITS - (n - 1).leading_zeros()
    }
}

fn write_string(w: &mut BitWriter, s: &str) {
    w.gamma(s.len() as u32);
    for b in s.bytes() {
        w.bits(b as u64, 8);
    }
}

fn read_string(r: &mut BitReader<'_>, limit: u32) -> Result<String, FormatError> {
    let n = r.gamma(limit)?;
    let mut bytes = Vec::with_capacity(n as usize);
    for _ in 0..n {
        bytes.push(r.bits(8)? as u8);
    }
    String::from_utf8(bytes).map_err(|_| FormatError::Corrupt("text"))
}

/// The arcs of a block a ring may still name. A border has two sides: an
/// arc is *open* until two rings have walked it, then *closed* and left
/// out of the choices (ring starts name an open arc by its rank among the
/// open arcs, newest first; a ring going on from a point names one of the
/// open arcs that end there).
#[derive(Default)]
struct Arcs {
    /// By local id: end points and how many rings walked the arc.
    walks: Vec<([i32; 2], [i32; 2], u8)>,
    /// Open arcs by end point.
    ends: HashMap<(i32, i32), Vec<u32>>,
    /// Open arcs, oldest first.
    open: Vec<u32>,
    /// Every end point (and arc start) so far: where new arcs end.
    junctions: HashSet<(i32, i32)>,
    /// One bit per hash of the junctions: most points are not one, and
    /// this tells so without hashing them fully.
    filter: Vec<u64>,
}

impl Arcs {
    fn add(&mut self, first: [i32; 2], last: [i32; 2]) -> u32 {
        let id = self.walks.len() as u32;
        self.walks.push((first, last, 1));
        self.mark(first);
        self.mark(last);
        self.ends.entry((first[0], first[1])).or_default().push(id);
        if last != first {
            self.ends.entry((last[0], last[1])).or_default().push(id);
        }
        self.open.push(id);
        id
    }

    fn at(&self, p: [i32; 2]) -> &[u32] {
        self.ends
            .get(&(p[0], p[1]))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    fn slot(p: [i32; 2]) -> (usize, u64) {
        let h = (p[0] as u32 as u64) << 32 | p[1] as u32 as u64;
        let h = (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize;
        (h / 64, 1 << (h % 64))
    }

    fn mark(&mut self, p: [i32; 2]) {
        if self.filter.is_empty() {
            self.filter = vec![0; 1 << 10];
        }
        let (word, bit) = Self::slot(p);
        self.filter[word] |= bit;
        self.junctions.insert((p[0], p[1]));
    }

    fn is_junction(&self, p: [i32; 2]) -> bool {
        let (word, bit) = Self::slot(p);
        self.filter.get(word).is_some_and(|w| w & bit != 0)
            && self.junctions.contains(&(p[0], p[1]))
    }

    fn is_open(&self, id: u32) -> bool {
        self.walks.get(id as usize).is_some_and(|w| w.2 < 2)
    }

    /// A ring walks arc `id` again: its second walk closes it.
    fn walk(&mut self, id: u32) {
        let Some(w) = self.walks.get_mut(id as usize) else {
            return;
        };
        w.2 = w.2.saturating_add(1);
        if w.2 != 2 {
            return;
        }
        let (first, last) = (w.0, w.1);
        for p in [first, last] {
            if let Some(list) = self.ends.get_mut(&(p[0], p[1])) {
                list.retain(|&x| x != id);
            }
        }
        if let Ok(i) = self.open.binary_search(&id) {
            self.open.remove(i);
        }
    }

    /// Bit length of the number of open arcs.
    fn open_class(&self) -> usize {
        (usize::BITS - self.open.len().leading_zeros()) as usize
    }

    /// How many open arcs are newer than open arc `id`.
    fn distance(&self, id: u32) -> Option<u32> {
        let i = self.open.binary_search(&id).ok()?;
        Some((self.open.len() - 1 - i) as u32)
    }

    /// The open arc with `distance` newer ones.
    fn back(&self, distance: u32) -> Option<u32> {
        let i = self.open.len().checked_sub(distance as usize + 1)?;
        self.open.get(i).copied()
    }
}

/// Bins of the turn from one segment's heading to the next one's.
const TURN_BITS: u32 = 5;
const TURNS: u64 = 1 << TURN_BITS;
/// Longest segment, grid units along either axis (the whole globe is
/// under 2^21 units at the finest usable grid).
const MAX_STEP: u32 = 1 << 24;
/// Walking steps and points a block may hold per byte of its data:
/// bounds the work on a hostile blob (real blocks use under one).
const WORK_PER_BYTE: usize = 64;

/// A segment `d` as a point of the square ring of radius
/// `max(|dx|, |dy|)` around its start: (radius, position counterclockwise
/// from the east side's bottom, in `0..8 · radius`).
fn square_position(d: [i64; 2]) -> (u64, u64) {
    let l = d[0].abs().max(d[1].abs());
    let t = if l == 0 {
        0
    } else if d[0] == l && d[1] > -l {
        d[1] + l - 1
    } else if d[1] == l {
        3 * l - 1 - d[0]
    } else if d[0] == -l {
        5 * l - 1 - d[1]
    } else {
        7 * l - 1 + d[0]
    };
    (l as u64, t as u64)
}

/// The inverse of [`square_position`].
fn square_point(l: u64, t: u64) -> [i32; 2] {
    let (l, t) = (l as i64, t as i64);
    let d = match t / (2 * l).max(1) {
        0 => [l, t - l + 1],
        1 => [3 * l - 1 - t, l],
        2 => [-l, 5 * l - 1 - t],
        _ => [t - 7 * l + 1, -l],
    };
    [d[0] as i32, d[1] as i32]
}

/// The segments of new arcs: the length of each (along the longer axis)
/// and its direction, as a turn from the previous segment's heading
/// (borders seldom double back), to the exact grid point.
#[derive(Debug, Clone)]
struct Steps {
    length: Magnitude<2>,
    /// See [`Steps::context`].
    turn: [[Prob; 1 << TURN_BITS]; 64],
    /// Heading of the previous segment, in 1/2^32 of a turn.
    heading: u32,
    left: bool,
    /// Length of the previous segment.
    previous: u64,
}

impl Default for Steps {
    fn default() -> Self {
        Steps {
            length: Magnitude::default(),
            turn: [[HALF; 1 << TURN_BITS]; 64],
            heading: 0,
            left: false,
            previous: 0,
        }
    }
}

impl Steps {
    /// By the length class of the shorter of this segment and the previous
    /// one (a kept point is seldom in line with its neighbours: the
    /// simplification would have dropped it, and the shorter the segments,
    /// the wider that angle), whether it is an arc's first segment, and the
    /// side of the previous turn.
    fn context(&self, l: u64, first: bool) -> usize {
        let l = l.min(self.previous);
        let class = (u64::BITS - l.leading_zeros()).min(15) as usize;
        class * 4 + first as usize * 2 + self.left as usize
    }

    /// Where the previous heading falls on a ring of `n` positions.
    fn shift(&self, n: u64) -> u64 {
        // At most n (a heading just under a whole turn rounds up to n).
        let shift = (self.heading as u64 * n + (1 << 31)) >> 32;
        if shift >= n {
            shift - n
        } else {
            shift
        }
    }

    fn turned(&mut self, t: u64, n: u64, bin: u64) {
        self.previous = n / 8;
        self.heading = ((t << 32) / n) as u32;
        self.left = bin >= TURNS / 2;
    }

    fn write(
        &mut self,
        e: &mut RangeEncoder,
        from: [i32; 2],
        to: [i32; 2],
        first: bool,
    ) -> Result<(), FormatError> {
        let d = [to[0] as i64 - from[0] as i64, to[1] as i64 - from[1] as i64];
        let (l, t) = square_position(d);
        if l > MAX_STEP as u64 {
            return Err(FormatError::Invalid(format!("segment {from:?} → {to:?}")));
        }
        self.length.write(e, first as usize, l as u32);
        if l == 0 {
            return Ok(());
        }
        let n = 8 * l;
        let u = t + n - self.shift(n);
        let u = if u >= n { u - n } else { u };
        let bin = u * TURNS / n;
        let (lo, hi) = ((bin * n).div_ceil(TURNS), ((bin + 1) * n).div_ceil(TURNS));
        let context = self.context(l, first);
        e.tree(&mut self.turn[context], TURN_BITS, bin as u32);
        e.uniform((u - lo) as u32, (hi - lo) as u32);
        self.turned(t, n, bin);
        Ok(())
    }

    fn read(
        &mut self,
        r: &mut RangeDecoder<'_>,
        from: [i32; 2],
        first: bool,
    ) -> Result<[i32; 2], FormatError> {
        let l = self.length.read(r, first as usize)? as u64;
        if l > MAX_STEP as u64 {
            return Err(FormatError::Corrupt("segment length"));
        }
        if l == 0 {
            return Ok(from);
        }
        let n = 8 * l;
        let context = self.context(l, first);
        let bin = r.tree(&mut self.turn[context], TURN_BITS) as u64;
        let (lo, hi) = ((bin * n).div_ceil(TURNS), ((bin + 1) * n).div_ceil(TURNS));
        let u = lo
            + r.uniform(hi.saturating_sub(lo) as u32)
                .filter(|_| hi > lo)
                .ok_or(FormatError::Corrupt("segment direction"))? as u64;
        let t = u + self.shift(n);
        let t = if t >= n { t - n } else { t };
        self.turned(t, n, bin);
        let d = square_point(l, t);
        Ok([from[0].wrapping_add(d[0]), from[1].wrapping_add(d[1])])
    }
}

/// Coding state shared by the writer and the reader of a block.
#[derive(Debug, Clone)]
struct BlockCoder {
    rings: Magnitude<1>,
    early: Prob,
    count: Magnitude<1>,
    start_known: Prob,
    forward: Prob,
    /// By the bit length of the number of open arcs.
    back: Magnitude<16>,
    jump: Magnitude<2>,
    /// By number of candidates (1, 2, more) and whether the previous arc
    /// was new.
    known: [Prob; 6],
    rank: Magnitude<1>,
    /// Whether a shared closed loop is walked against its stored way.
    flip: Prob,
    /// Whether a new arc ends at a point: see [`end_context`].
    end: [Prob; 6],
    steps: Steps,
}

impl Default for BlockCoder {
    fn default() -> Self {
        BlockCoder {
            rings: Magnitude::default(),
            early: HALF,
            count: Magnitude::default(),
            start_known: HALF,
            forward: HALF,
            back: Magnitude::default(),
            jump: Magnitude::default(),
            known: [HALF; 6],
            rank: Magnitude::default(),
            flip: HALF,
            end: [HALF; 6],
            steps: Steps::default(),
        }
    }
}

/// How many decisions a starting probability counts as learnt from.
const PRIOR_SEEN: u16 = 12;

impl BlockCoder {
    /// Every probability, in a fixed order.
    fn each(&mut self, f: &mut dyn FnMut(&mut Prob)) {
        for m in [&mut self.rings, &mut self.count, &mut self.rank] {
            m.each(f);
        }
        self.back.each(f);
        self.jump.each(f);
        self.steps.length.each(f);
        self.steps.turn.iter_mut().flatten().for_each(&mut *f);
        for p in [
            &mut self.early,
            &mut self.start_known,
            &mut self.forward,
            &mut self.flip,
        ] {
            f(p);
        }
        self.known.iter_mut().chain(self.end.iter_mut()).for_each(f);
    }

    /// The starting probabilities of every block (learnt over all of
    /// them): one bit "one half", else 8 bits.
    fn write_priors(&mut self, w: &mut BitWriter) {
        self.each(&mut |p| {
            let q = p.quantized();
            w.bit(q == 128);
            if q != 128 {
                w.bits(q as u64, 8);
            }
        });
    }

    fn read_priors(r: &mut BitReader<'_>) -> Result<BlockCoder, FormatError> {
        let mut coder = BlockCoder::default();
        let mut result = Ok(());
        coder.each(&mut |p| {
            let q = match r.bit() {
                Ok(true) => return,
                Ok(false) => r.bits(8),
                Err(e) => Err(e),
            };
            match q {
                Ok(q) => *p = Prob::from_quantized(q as u8, PRIOR_SEEN),
                Err(e) => result = Err(e),
            }
        });
        result?;
        Ok(coder)
    }
}

fn known_context(candidates: usize, previous_new: bool) -> usize {
    candidates.clamp(1, 3) - 1 + 3 * previous_new as usize
}

/// Context of "the new arc ends here" after `segments` segments: a new
/// arc ends where it meets an end point already known (arcs are cut at
/// every junction), else seldom.
fn end_context(arcs: &Arcs, p: [i32; 2], segments: usize) -> usize {
    if segments == 0 {
        0
    } else if arcs.is_junction(p) {
        1
    } else {
        1 + segments.min(4)
    }
}

/// Codes a new arc's points after its first: each segment, and after
/// each point whether the arc ends there.
fn write_points(
    e: &mut RangeEncoder,
    coder: &mut BlockCoder,
    arcs: &mut Arcs,
    walk: &[[i32; 2]],
    stats: &mut BorderStats,
) -> Result<(), FormatError> {
    let Some(&first) = walk.first() else {
        return Err(FormatError::Invalid("empty arc".into()));
    };
    arcs.mark(first);
    for (i, &p) in walk.iter().enumerate() {
        let before = e.cost();
        let end = i + 1 == walk.len();
        e.bit(&mut coder.end[end_context(arcs, p, i)], end);
        stats.length_bits += e.cost() - before;
        if end {
            break;
        }
        let before = e.cost();
        coder.steps.write(e, p, walk[i + 1], i == 0)?;
        stats.segments(e, before, 1);
    }
    Ok(())
}

/// Reads what [`write_points`] wrote, from `pos` on, into `out.points`;
/// the arc's last point.
fn read_points(
    r: &mut RangeDecoder<'_>,
    coder: &mut BlockCoder,
    arcs: &mut Arcs,
    out: &mut Block,
    mut pos: [i32; 2],
    work: &mut usize,
    budget: usize,
) -> Result<[i32; 2], FormatError> {
    arcs.mark(pos);
    out.points.push(pos);
    let mut i = 0;
    while !r.bit(&mut coder.end[end_context(arcs, pos, i)]) {
        *work += 1;
        if *work > budget {
            return Err(FormatError::Corrupt("too many points"));
        }
        pos = coder.steps.read(r, pos, i == 0)?;
        out.points.push(pos);
        i += 1;
    }
    r.check()?;
    Ok(pos)
}

/// Where the bytes of the border blocks go, for the build report.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct BorderStats {
    /// Department blocks and shared blocks, bytes.
    pub block_bytes: usize,
    pub shared_bytes: usize,
    /// Points coded (each arc's first but the ring's first is known).
    pub points: usize,
    /// Estimated bits of the segments, of the arc lengths and of the rest
    /// (ring walking: rings, arc references, jumps to new rings).
    pub segment_bits: f64,
    pub length_bits: f64,
    pub walk_bits: f64,
}

impl BorderStats {
    fn segments(&mut self, e: &RangeEncoder, before: f64, points: usize) {
        self.segment_bits += e.cost() - before;
        self.points += points;
    }
}

/// Codes the arcs a department shares with another one (as walked first):
/// each is a jump from the end of the previous one, then its points.
fn encode_shared(
    shared: &[Vec<[i32; 2]>],
    coder: &mut BlockCoder,
    stats: &mut BorderStats,
) -> Result<Vec<u8>, FormatError> {
    let coded = stats.segment_bits + stats.length_bits;
    let mut e = RangeEncoder::new();
    let mut arcs = Arcs::default();
    let mut pos = [0i32; 2];
    coder.rings.write(&mut e, 0, shared.len() as u32);
    for points in shared {
        let (Some(&first), Some(&last)) = (points.first(), points.last()) else {
            return Err(FormatError::Invalid("empty shared arc".into()));
        };
        for axis in 0..2 {
            let delta = zigzag(first[axis].wrapping_sub(pos[axis]));
            coder.jump.write(&mut e, axis, delta);
        }
        write_points(&mut e, coder, &mut arcs, points, stats)?;
        arcs.add(first, last);
        pos = last;
    }
    stats.walk_bits += e.cost() - (stats.segment_bits + stats.length_bits - coded);
    let out = e.finish();
    stats.shared_bytes += out.len();
    Ok(out)
}

/// Decodes what [`encode_shared`] wrote into `out` and `arcs`.
fn decode_shared(
    data: &[u8],
    prior: &BlockCoder,
    out: &mut Block,
    arcs: &mut Arcs,
) -> Result<(), FormatError> {
    let budget = data.len().saturating_mul(WORK_PER_BYTE) + 256;
    let mut work = 0usize;
    let mut r = RangeDecoder::new(data);
    let mut coder = prior.clone();
    // The block's own arcs, for the end contexts (it decodes alone).
    let mut own = Arcs::default();
    let mut pos = [0i32; 2];
    let count = coder.rings.read(&mut r, 0)? as usize;
    for _ in 0..count {
        for (axis, v) in pos.iter_mut().enumerate() {
            *v = v.wrapping_add(unzigzag(coder.jump.read(&mut r, axis)?));
        }
        work += 1;
        if work > budget {
            return Err(FormatError::Corrupt("too many shared arcs"));
        }
        let start = pos;
        pos = read_points(&mut r, &mut coder, &mut own, out, pos, &mut work, budget)?;
        own.add(start, pos);
        arcs.add(start, pos);
        out.arc_offsets.push(out.points.len() as u32);
    }
    r.check()?;
    Ok(())
}

/// The first walk of a shared arc in a block turns it the way the block
/// walks it, as if the block had coded it (segments keep the direction
/// they had with arcs coded in each block); a closed loop, the same both
/// ways from its point, says so with a bit.
fn settle(
    e: &mut RangeEncoder,
    p: &mut Prob,
    stored: &mut [Vec<[i32; 2]>],
    unsettled: &mut [bool],
    id: u32,
    walk: &[[i32; 2]],
) {
    let (Some(flag), Some(points)) = (unsettled.get_mut(id as usize), stored.get_mut(id as usize))
    else {
        return;
    };
    if !*flag {
        return;
    }
    *flag = false;
    let flip = if points.first() == points.last() {
        let flip = points.as_slice() != walk;
        e.bit(p, flip);
        flip
    } else {
        points.first() != walk.first()
    };
    if flip {
        points.reverse();
    }
}

/// Codes the borders of one department's communes; `preload` are the
/// arcs it shares with other departments (input arc, points as coded in
/// their shared blocks), known before the first ring.
fn encode_block(
    input: &IndexInput,
    communes: &[CommuneInput],
    preload: &[(u32, &[[i32; 2]])],
    coder: &mut BlockCoder,
    stats: &mut BorderStats,
) -> Result<Vec<u8>, FormatError> {
    let invalid = |s: String| FormatError::Invalid(s);
    let coded = stats.segment_bits + stats.length_bits;
    let mut e = RangeEncoder::new();
    let mut local: HashMap<u32, u32> = HashMap::new(); // input arc → local id
    let mut stored: Vec<Vec<[i32; 2]>> = Vec::new(); // local id → points as stored
    let mut arcs = Arcs::default();
    let mut pos = [0i32; 2];
    for &(arc, points) in preload {
        let (Some(&first), Some(&last)) = (points.first(), points.last()) else {
            return Err(invalid(format!("shared arc {arc} is empty")));
        };
        local.insert(arc, arcs.add(first, last));
        stored.push(points.to_vec());
    }
    let mut unsettled = vec![true; preload.len()];
    for c in communes {
        coder.rings.write(&mut e, 0, c.rings.len() as u32);
        for ring in &c.rings {
            if ring.is_empty() {
                return Err(invalid(format!("empty ring in {}", c.code)));
            }
            // Start at the most recently coded open arc: its distance
            // back is the shortest.
            let start = ring
                .iter()
                .enumerate()
                .filter_map(|(i, (a, _))| {
                    local
                        .get(a)
                        .filter(|&&id| arcs.is_open(id))
                        .map(|&id| (id, i))
                })
                .max()
                .map_or(0, |(_, i)| i);
            let walked: Vec<(u32, bool)> = ring[start..]
                .iter()
                .chain(&ring[..start])
                .copied()
                .collect();
            // A ring ends when it comes back to its first point; its length
            // is coded only if it passes that point earlier.
            let end_of = |&(arc, reversed): &(u32, bool)| -> Option<[i32; 2]> {
                let points = input.arcs.get(arc as usize)?;
                if reversed {
                    points.first().copied()
                } else {
                    points.last().copied()
                }
            };
            let start_of = |&(arc, reversed): &(u32, bool)| -> Option<[i32; 2]> {
                let points = input.arcs.get(arc as usize)?;
                if reversed {
                    points.last().copied()
                } else {
                    points.first().copied()
                }
            };
            let ring_start = start_of(&walked[0]);
            let early = walked[..walked.len() - 1]
                .iter()
                .any(|a| end_of(a) == ring_start);
            e.bit(&mut coder.early, early);
            if early {
                coder.count.write(&mut e, 0, walked.len() as u32 - 1);
            }
            let mut previous_new = false;
            for (k, &(arc, reversed)) in walked.iter().enumerate() {
                let points = input
                    .arcs
                    .get(arc as usize)
                    .filter(|p| !p.is_empty())
                    .ok_or_else(|| invalid(format!("arc {arc} of {}", c.code)))?;
                let walk: Vec<[i32; 2]> = if reversed {
                    points.iter().rev().copied().collect()
                } else {
                    points.clone()
                };
                // A closed arc is coded again, as a new one.
                let known = local.get(&arc).copied().filter(|&id| arcs.is_open(id));
                if k == 0 {
                    e.bit(&mut coder.start_known, known.is_some());
                    if let Some(id) = known {
                        let forward = stored[id as usize][0] == walk[0];
                        e.bit(&mut coder.forward, forward);
                        let distance = arcs
                            .distance(id)
                            .ok_or_else(|| invalid(format!("arc {arc} is not open")))?;
                        coder.back.write(&mut e, arcs.open_class(), distance);
                        arcs.walk(id);
                        settle(
                            &mut e,
                            &mut coder.flip,
                            &mut stored,
                            &mut unsettled,
                            id,
                            &walk,
                        );
                        pos = walk[walk.len() - 1];
                        previous_new = false;
                        continue;
                    }
                    for axis in 0..2 {
                        let delta = zigzag(walk[0][axis].wrapping_sub(pos[axis]));
                        coder.jump.write(&mut e, axis, delta);
                    }
                } else {
                    if walk[0] != pos {
                        return Err(invalid(format!(
                            "ring of {} is not continuous at arc {arc}",
                            c.code
                        )));
                    }
                    let candidates = arcs.at(pos);
                    if !candidates.is_empty() {
                        let context = known_context(candidates.len(), previous_new);
                        e.bit(&mut coder.known[context], known.is_some());
                    }
                    if let Some(id) = known {
                        let rank = candidates.iter().position(|&x| x == id).ok_or_else(|| {
                            invalid(format!("arc {arc} does not end at its ring's point"))
                        })?;
                        if candidates.len() > 1 {
                            coder.rank.write(&mut e, 0, rank as u32);
                        }
                        arcs.walk(id);
                        settle(
                            &mut e,
                            &mut coder.flip,
                            &mut stored,
                            &mut unsettled,
                            id,
                            &walk,
                        );
                        pos = walk[walk.len() - 1];
                        previous_new = false;
                        continue;
                    }
                }
                // A new arc: its points after the first.
                write_points(&mut e, coder, &mut arcs, &walk, stats)?;
                let id = arcs.add(walk[0], walk[walk.len() - 1]);
                local.insert(arc, id);
                pos = walk[walk.len() - 1];
                stored.push(walk);
                previous_new = true;
            }
        }
    }
    stats.walk_bits += e.cost() - (stats.segment_bits + stats.length_bits - coded);
    let out = e.finish();
    stats.block_bytes += out.len();
    Ok(out)
}

/// An arc of a shared block: input arc, points as coded.
type SharedArc = (u32, Vec<[i32; 2]>);

/// Writes the index blob.
pub fn encode(input: &IndexInput) -> Result<Vec<u8>, FormatError> {
    encode_with_stats(input).map(|(blob, _)| blob)
}

/// Writes the index blob; says where the border bytes went.
pub fn encode_with_stats(input: &IndexInput) -> Result<(Vec<u8>, BorderStats), FormatError> {
    let mut stats = BorderStats::default();
    let invalid = |s: String| FormatError::Invalid(s);
    let mut w = BitWriter::new();
    let mut strings: Vec<String> = Vec::new();
    w.gamma(input.grid[0]);
    w.gamma(input.grid[1]);
    w.gamma(input.notes.len() as u32);
    for note in &input.notes {
        write_string(&mut w, note);
    }
    let mut all: Vec<&str> = input.communes.iter().map(|c| c.name.as_str()).collect();
    for s in &input.stations {
        all.extend([s.name.as_str(), s.address.as_str(), s.phone.as_str()]);
    }
    let table = SymbolTable::train(all.iter().copied());
    table.write(&mut w);

    // Departments: consecutive communes with the same department.
    let mut keys = Vec::with_capacity(input.communes.len());
    for (i, c) in input.communes.iter().enumerate() {
        let key = code_key(&c.code).ok_or_else(|| invalid(format!("commune code {:?}", c.code)))?;
        if i > 0 && key <= keys[i - 1] {
            return Err(invalid(format!("communes not sorted at {}", c.code)));
        }
        keys.push(key);
    }
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for (i, c) in input.communes.iter().enumerate() {
        match groups.last_mut() {
            Some(g) if department_of(&input.communes[g.0].code) == department_of(&c.code) => {
                g.1 = i + 1
            }
            _ => groups.push((i, i + 1)),
        }
    }
    // Arcs walked by exactly two departments go to a shared block of that
    // pair, as the first one walks them (chained: jumps of 0).
    let mut users: HashMap<u32, Vec<usize>> = HashMap::new();
    for (g, &(from, to)) in groups.iter().enumerate() {
        for &(a, _) in input.communes[from..to]
            .iter()
            .flat_map(|c| c.rings.iter().flatten())
        {
            let list = users.entry(a).or_default();
            if !list.contains(&g) {
                list.push(g);
            }
        }
    }
    let mut pairs: std::collections::BTreeMap<(usize, usize), Vec<SharedArc>> = Default::default();
    let mut seen: std::collections::HashSet<u32> = Default::default();
    for &(from, to) in &groups {
        for &(a, reversed) in input.communes[from..to]
            .iter()
            .flat_map(|c| c.rings.iter().flatten())
        {
            let Some(&[g1, g2]) = users.get(&a).map(Vec::as_slice) else {
                continue;
            };
            if !seen.insert(a) {
                continue;
            }
            let points = input
                .arcs
                .get(a as usize)
                .filter(|p| !p.is_empty())
                .ok_or_else(|| invalid(format!("arc {a}")))?;
            let walk: Vec<[i32; 2]> = if reversed {
                points.iter().rev().copied().collect()
            } else {
                points.clone()
            };
            pairs
                .entry((g1.min(g2), g1.max(g2)))
                .or_default()
                .push((a, walk));
        }
    }

    let preload_of = |g: usize| -> Vec<(u32, &[[i32; 2]])> {
        pairs
            .iter()
            .filter(|((a, b), _)| *a == g || *b == g)
            .flat_map(|(_, arcs)| arcs.iter().map(|(a, p)| (*a, p.as_slice())))
            .collect()
    };
    let points_of = |arcs: &[SharedArc]| -> Vec<Vec<[i32; 2]>> {
        arcs.iter().map(|(_, p)| p.clone()).collect()
    };

    // Starting probabilities of every block's models: learnt over all the
    // blocks coded one after the other, in the directory.
    let prior = {
        let mut train = BlockCoder::default();
        let mut ignored = BorderStats::default();
        for (g, &(from, to)) in groups.iter().enumerate() {
            let communes = &input.communes[from..to];
            encode_block(input, communes, &preload_of(g), &mut train, &mut ignored)?;
        }
        for arcs in pairs.values() {
            encode_shared(&points_of(arcs), &mut train, &mut ignored)?;
        }
        let mut table = BitWriter::new();
        train.write_priors(&mut table);
        train.write_priors(&mut w);
        let table = table.finish();
        BlockCoder::read_priors(&mut BitReader::new(&table))?
    };

    let mut blocks = Vec::new();
    w.gamma(groups.len() as u32);
    let mut prev_key = 0u32;
    for (g, &(from, to)) in groups.iter().enumerate() {
        let communes = &input.communes[from..to];
        write_string(&mut w, department_of(&communes[0].code));
        w.gamma((to - from) as u32);
        // Bounding box of the department.
        let mut bbox = [i32::MAX, i32::MAX, i32::MIN, i32::MIN];
        for c in communes {
            for &(a, _) in c.rings.iter().flatten() {
                for p in input.arcs.get(a as usize).into_iter().flatten() {
                    bbox = [
                        bbox[0].min(p[0]),
                        bbox[1].min(p[1]),
                        bbox[2].max(p[0]),
                        bbox[3].max(p[1]),
                    ];
                }
            }
        }
        for v in bbox {
            w.bits(zigzag(v) as u64, 32);
        }
        let block = encode_block(
            input,
            communes,
            &preload_of(g),
            &mut prior.clone(),
            &mut stats,
        )?;
        w.gamma(block.len() as u32);
        blocks.extend_from_slice(&block);

        // Postcodes and services of the department, then each commune's.
        let mut postcodes: Vec<u32> = communes
            .iter()
            .map(|c| postcode_number(&c.postcode))
            .collect::<Result<_, _>>()?;
        postcodes.sort_unstable();
        postcodes.dedup();
        let mut services: Vec<u32> = communes
            .iter()
            .flat_map(|c| c.services.iter().copied())
            .collect();
        services.sort_unstable();
        services.dedup();
        if let Some(&s) = services.last() {
            if s as usize >= input.stations.len() {
                return Err(invalid(format!("a commune names station {s}")));
            }
        }
        for list in [&postcodes, &services] {
            w.gamma(list.len() as u32);
            let mut prev = 0u32;
            for (i, &v) in list.iter().enumerate() {
                w.gamma(if i == 0 { v } else { v - prev - 1 });
                prev = v;
            }
        }
        let (pw, sw) = (bits_for(postcodes.len()), bits_for(services.len()));
        for (c, &key) in communes.iter().zip(&keys[from..to]) {
            // Codes increase: the first is coded whole, the others as
            // the gap minus one (mostly 0: one bit).
            w.gamma(if key == keys[0] {
                key
            } else {
                key - prev_key - 1
            });
            prev_key = key;
            let p = postcode_number(&c.postcode)?;
            w.bits(postcodes.binary_search(&p).unwrap_or(0) as u64, pw);
            w.bit(c.services.len() == 1);
            if c.services.len() != 1 {
                w.gamma(c.services.len() as u32);
            }
            for s in &c.services {
                w.bits(services.binary_search(s).unwrap_or(0) as u64, sw);
            }
            strings.push(c.name.clone());
        }
    }

    // Shared blocks: the two departments and the size of each.
    w.gamma(pairs.len() as u32);
    let mut previous = 0usize;
    for (&(a, b), arcs) in &pairs {
        w.gamma((a - previous) as u32);
        w.gamma((b - a - 1) as u32);
        previous = a;
        let block = encode_shared(&points_of(arcs), &mut prior.clone(), &mut stats)?;
        w.gamma(block.len() as u32);
        blocks.extend_from_slice(&block);
    }

    // Stations.
    w.gamma(input.stations.len() as u32);
    let (mut plat, mut plon, mut punit, mut pcommune) = (0i64, 0i64, 0i64, 0i64);
    let (mut slat, mut slon, mut sunit, mut scommune) = Default::default();
    for s in &input.stations {
        if s.commune as usize >= input.communes.len() {
            return Err(invalid(format!(
                "station {} in commune {}",
                s.name, s.commune
            )));
        }
        if !(s.lat.is_finite() && s.lon.is_finite() && s.lat.abs() <= 90.0 && s.lon.abs() <= 180.0)
        {
            return Err(invalid(format!("station {} position", s.name)));
        }
        w.bit(s.force == Force::Gendarmerie);
        w.bit(s.unit_id.is_some());
        if let Some(id) = s.unit_id {
            Adaptive::write(&mut sunit, &mut w, zigzag((id as i64 - punit) as i32));
            punit = id as i64;
        }
        Adaptive::write(
            &mut scommune,
            &mut w,
            zigzag((s.commune as i64 - pcommune) as i32),
        );
        pcommune = s.commune as i64;
        let (lat, lon) = (
            (s.lat * STATION_GRID).round() as i64,
            (s.lon * STATION_GRID).round() as i64,
        );
        Adaptive::write(&mut slat, &mut w, zigzag((lat - plat) as i32));
        Adaptive::write(&mut slon, &mut w, zigzag((lon - plon) as i32));
        (plat, plon) = (lat, lon);
        w.bit(s.approximate);
        w.bits(
            match s.source {
                StationSource::CompetenceTable => 0,
                StationSource::OfficialList => 1,
                StationSource::OpenStreetMap => 2,
            },
            2,
        );
        strings.push(s.name.clone());
        for text in [&s.address, &s.phone] {
            w.bit(!text.is_empty());
            if !text.is_empty() {
                strings.push(text.clone());
            }
        }
        w.bit(s.hours.is_some());
        if let Some(h) = &s.hours {
            write_schedule(&mut w, h);
        }
    }
    let directory = w.finish();
    let mut area = Vec::new();
    let n_communes = input.communes.len();
    for (i, s) in strings.iter().enumerate() {
        if i < n_communes && !i.is_multiple_of(NAME_RUN) {
            let prev = strings[i - 1].as_bytes();
            let mut shared = s
                .bytes()
                .zip(prev)
                .take_while(|(a, b)| a == *b)
                .count()
                .min(255);
            while !s.is_char_boundary(shared) {
                shared -= 1;
            }
            area.push(shared as u8);
            table.encode_into(&s[shared..], &mut area);
        } else {
            table.encode_into(s, &mut area);
        }
    }
    let mut body = directory.clone();
    body.extend_from_slice(&blocks);
    body.extend_from_slice(&area);
    let mut out = Vec::with_capacity(HEADER + body.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    for len in [directory.len(), blocks.len(), area.len()] {
        out.extend_from_slice(&(len as u32).to_le_bytes());
    }
    out.extend_from_slice(&super::bits::checksum(&body).to_le_bytes());
    out.extend_from_slice(&body);
    Ok((out, stats))
}

/// A commune of the decoded index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommuneRecord {
    pub key: u32,
    /// Postcode as a number, 0 when unknown.
    pub postcode: u32,
    /// Up to two competent services (station indices).
    pub services: [Option<u32>; 2],
    /// Its department's block.
    pub block: u32,
}

/// A department: its communes and where its borders are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockInfo {
    pub department: String,
    /// Range of commune indices.
    pub communes: (u32, u32),
    /// Bounding box in grid units: min lon, min lat, max lon, max lat.
    pub bbox: [i32; 4],
    /// Byte range of its border block in the blob.
    data: (usize, usize),
    /// Byte ranges of the blocks of borders it shares with other
    /// departments, decoded first.
    shared: Vec<(usize, usize)>,
}

/// A department's decoded borders.
#[derive(Debug, Clone, Default)]
pub struct Block {
    pub points: Vec<[i32; 2]>,
    /// `points[arc_offsets[a]..arc_offsets[a + 1]]` are local arc `a`.
    pub arc_offsets: Vec<u32>,
    /// Local arc ids of each commune, in ring order.
    pub commune_arcs: Vec<u32>,
    /// For each commune of the department: range in `commune_arcs` and
    /// bounding box (grid units).
    pub communes: Vec<((u32, u32), [i32; 4])>,
}

impl Block {
    /// The points of local arc `a`.
    pub fn arc(&self, a: u32) -> &[[i32; 2]] {
        let (s, e) = (
            self.arc_offsets[a as usize],
            self.arc_offsets[a as usize + 1],
        );
        &self.points[s as usize..e as usize]
    }

    /// Segments of the border of the block's `i`-th commune.
    pub fn segments(&self, i: usize) -> impl Iterator<Item = ([i32; 2], [i32; 2])> + '_ {
        let (s, e) = self.communes[i].0;
        self.commune_arcs[s as usize..e as usize]
            .iter()
            .flat_map(move |&a| self.arc(a).windows(2).map(|w| (w[0], w[1])))
    }
}

/// A station of the decoded index.
#[derive(Debug, Clone, PartialEq)]
pub struct StationRecord {
    pub force: Force,
    pub unit_id: Option<u32>,
    pub name: u32,
    pub commune: u32,
    pub lat: f64,
    pub lon: f64,
    pub approximate: bool,
    pub source: StationSource,
    pub address: Option<u32>,
    pub phone: Option<u32>,
    pub hours: Option<WeeklySchedule>,
}

/// The index as loaded: the directory decoded, the borders still coded.
#[derive(Debug, Clone)]
pub struct Index {
    /// Grid units per degree of longitude and of latitude.
    pub grid: [f64; 2],
    pub notes: Vec<String>,
    pub communes: Vec<CommuneRecord>,
    pub blocks: Vec<BlockInfo>,
    pub stations: Vec<StationRecord>,
    symbols: SymbolTable,
    /// Starting probabilities of the border blocks' models.
    prior: BlockCoder,
    blob: Cow<'static, [u8]>,
    strings_at: usize,
    string_starts: Vec<u32>,
}

impl Index {
    fn raw_string(&self, id: usize) -> Option<(usize, String)> {
        let start = self.strings_at + *self.string_starts.get(id)? as usize;
        if id < self.communes.len() && !id.is_multiple_of(NAME_RUN) {
            let shared = *self.blob.get(start)? as usize;
            Some((shared, self.symbols.decode(self.blob.get(start + 1..)?)?))
        } else {
            Some((0, self.symbols.decode(self.blob.get(start..)?)?))
        }
    }

    /// String `id` (commune `i`'s name is string `i`).
    pub fn string(&self, id: u32) -> String {
        let id = id as usize;
        if id >= self.communes.len() {
            return self.raw_string(id).map(|(_, s)| s).unwrap_or_default();
        }
        let mut name = String::new();
        for i in id - id % NAME_RUN..=id {
            let Some((shared, rest)) = self.raw_string(i) else {
                return String::new();
            };
            let keep = if name.is_char_boundary(shared) {
                shared.min(name.len())
            } else {
                0
            };
            name.truncate(keep);
            name.push_str(&rest);
        }
        name
    }

    pub fn commune_name(&self, commune: usize) -> String {
        self.string(commune as u32)
    }

    /// Size of the blob, bytes.
    pub fn blob_len(&self) -> usize {
        self.blob.len()
    }

    /// Decodes a department's borders.
    pub fn decode_block(&self, block: usize) -> Result<Block, FormatError> {
        let info = self
            .blocks
            .get(block)
            .ok_or(FormatError::Corrupt("block"))?;
        let data = self
            .blob
            .get(info.data.0..info.data.1)
            .ok_or(FormatError::Corrupt("block"))?;
        let budget = data.len().saturating_mul(WORK_PER_BYTE) + 4096;
        let mut work = 0usize;
        let mut r = RangeDecoder::new(data);
        let mut out = Block {
            arc_offsets: vec![0],
            ..Block::default()
        };
        let mut coder = self.prior.clone();
        let mut arcs = Arcs::default();
        for &(from, to) in &info.shared {
            let data = self
                .blob
                .get(from..to)
                .ok_or(FormatError::Corrupt("shared block"))?;
            decode_shared(data, &self.prior, &mut out, &mut arcs)?;
        }
        let mut unsettled = vec![true; out.arc_offsets.len() - 1];
        let mut pos = [0i32; 2];
        let grow = |bbox: &mut [i32; 4], p: &[i32; 2]| {
            *bbox = [
                bbox[0].min(p[0]),
                bbox[1].min(p[1]),
                bbox[2].max(p[0]),
                bbox[3].max(p[1]),
            ];
        };
        for _ in info.communes.0..info.communes.1 {
            let first = out.commune_arcs.len() as u32;
            let mut bbox = [i32::MAX, i32::MAX, i32::MIN, i32::MIN];
            let rings = coder.rings.read(&mut r, 0)?;
            for _ in 0..rings {
                work += 1;
                if work > budget {
                    return Err(FormatError::Corrupt("too many rings"));
                }
                let n = if r.bit(&mut coder.early) {
                    Some(coder.count.read(&mut r, 0)?.saturating_add(1))
                } else {
                    None
                };
                let mut ring_start = [0i32; 2];
                let mut k = 0u32;
                let mut previous_new = false;
                loop {
                    if n == Some(k) || (n.is_none() && k > 0 && pos == ring_start) {
                        break;
                    }
                    work += 1;
                    if work > budget {
                        return Err(FormatError::Corrupt("ring never closes"));
                    }
                    let count = out.arc_offsets.len() as u32 - 1;
                    let known = if k == 0 {
                        if r.bit(&mut coder.start_known) {
                            let forward = r.bit(&mut coder.forward);
                            let distance = coder.back.read(&mut r, arcs.open_class())?;
                            let id = arcs
                                .back(distance)
                                .ok_or(FormatError::Corrupt("arc reference"))?;
                            Some((id, forward))
                        } else {
                            for (axis, v) in pos.iter_mut().enumerate() {
                                *v = v.wrapping_add(unzigzag(coder.jump.read(&mut r, axis)?));
                            }
                            None
                        }
                    } else {
                        let candidates = arcs.at(pos);
                        let context = known_context(candidates.len(), previous_new);
                        if candidates.is_empty() || !r.bit(&mut coder.known[context]) {
                            None
                        } else {
                            let rank = if candidates.len() > 1 {
                                coder.rank.read(&mut r, 0)? as usize
                            } else {
                                0
                            };
                            let id = *candidates
                                .get(rank)
                                .ok_or(FormatError::Corrupt("arc rank"))?;
                            let s = out.arc_offsets[id as usize] as usize;
                            Some((id, out.points[s] == pos))
                        }
                    };
                    if k == 0 {
                        ring_start = match known {
                            Some((id, forward)) => {
                                let (s, e) = (
                                    out.arc_offsets[id as usize] as usize,
                                    out.arc_offsets[id as usize + 1] as usize,
                                );
                                if forward {
                                    out.points[s]
                                } else {
                                    out.points[e - 1]
                                }
                            }
                            None => pos,
                        };
                    }
                    k += 1;
                    match known {
                        Some((id, forward)) => {
                            let (s, e) = (
                                out.arc_offsets[id as usize] as usize,
                                out.arc_offsets[id as usize + 1] as usize,
                            );
                            for p in &out.points[s..e] {
                                grow(&mut bbox, p);
                            }
                            pos = if forward {
                                out.points[e - 1]
                            } else {
                                out.points[s]
                            };
                            out.commune_arcs.push(id);
                            arcs.walk(id);
                            if let Some(flag) = unsettled.get_mut(id as usize).filter(|f| **f) {
                                *flag = false;
                                let flip = if out.points[s] == out.points[e - 1] {
                                    r.bit(&mut coder.flip)
                                } else {
                                    !forward
                                };
                                if flip {
                                    out.points[s..e].reverse();
                                }
                            }
                            previous_new = false;
                        }
                        None => {
                            let start = pos;
                            let s = out.points.len();
                            pos = read_points(
                                &mut r, &mut coder, &mut arcs, &mut out, pos, &mut work, budget,
                            )?;
                            for p in &out.points[s..] {
                                grow(&mut bbox, p);
                            }
                            arcs.add(start, pos);
                            out.arc_offsets.push(out.points.len() as u32);
                            out.commune_arcs.push(count);
                            previous_new = true;
                        }
                    }
                }
            }
            out.communes
                .push(((first, out.commune_arcs.len() as u32), bbox));
        }
        r.check()?;
        Ok(out)
    }
}

/// Reads an index blob: checks it and decodes its directory. A `'static`
/// blob (the one compiled in) is not copied.
pub fn decode(blob: Cow<'static, [u8]>) -> Result<Index, FormatError> {
    if blob.len() < 8 || &blob[..8] != MAGIC {
        return Err(FormatError::BadMagic);
    }
    if blob.len() < HEADER {
        return Err(FormatError::Truncated);
    }
    let u32_at =
        |i: usize| u32::from_le_bytes([blob[i], blob[i + 1], blob[i + 2], blob[i + 3]]) as usize;
    let version = u32_at(8) as u32;
    if version != VERSION {
        return Err(FormatError::UnsupportedVersion(version));
    }
    let (dir_len, blocks_len, area_len) = (u32_at(12), u32_at(16), u32_at(20));
    let total = HEADER + dir_len + blocks_len + area_len;
    if blob.len() < total {
        return Err(FormatError::Truncated);
    }
    if blob.len() > total {
        return Err(FormatError::Corrupt("trailing bytes"));
    }
    let mut sum = [0u8; 8];
    sum.copy_from_slice(&blob[24..32]);
    if super::bits::checksum(&blob[HEADER..]) != u64::from_le_bytes(sum) {
        return Err(FormatError::Checksum);
    }
    let mut r = BitReader::new(&blob[HEADER..HEADER + dir_len]);
    let grid = [r.gamma(100_000_000)?, r.gamma(100_000_000)?];
    if grid.contains(&0) {
        return Err(FormatError::Corrupt("grid"));
    }
    let mut notes = Vec::new();
    for _ in 0..r.gamma(64)? {
        notes.push(read_string(&mut r, 4096)?);
    }
    let symbols = SymbolTable::read(&mut r)?;
    let prior = BlockCoder::read_priors(&mut r)?;

    let n_blocks = r.gamma(10_000)? as usize;
    let mut blocks = Vec::with_capacity(n_blocks);
    let mut communes: Vec<CommuneRecord> = Vec::new();
    let mut key = 0u32;
    let mut data_at = HEADER + dir_len;
    let mut block_services: Vec<Vec<u32>> = Vec::new();
    for b in 0..n_blocks {
        let department = read_string(&mut r, 8)?;
        let count = r.gamma(1_000_000)?;
        let mut bbox = [0i32; 4];
        for v in bbox.iter_mut() {
            *v = unzigzag(r.bits(32)?);
        }
        let len = r.gamma(u32::MAX - 1)? as usize;
        if data_at.saturating_add(len) > HEADER + dir_len + blocks_len {
            return Err(FormatError::Corrupt("block size"));
        }
        let mut lists: [Vec<u32>; 2] = [Vec::new(), Vec::new()];
        for list in lists.iter_mut() {
            let n = r.gamma(1_000_000)?;
            let mut prev = 0u32;
            for i in 0..n {
                let d = r.gamma(u32::MAX - 1)?;
                prev = if i == 0 {
                    d
                } else {
                    prev.checked_add(d + 1)
                        .ok_or(FormatError::Corrupt("list"))?
                };
                list.push(prev);
            }
        }
        let [postcodes, services] = lists;
        let (pw, sw) = (bits_for(postcodes.len()), bits_for(services.len()));
        let first = communes.len() as u32;
        for _ in 0..count {
            let gap = r.gamma(100_000)?;
            key = if communes.is_empty() {
                gap
            } else {
                key.checked_add(gap + 1)
                    .ok_or(FormatError::Corrupt("commune code"))?
            };
            if key > 99_999 {
                return Err(FormatError::Corrupt("commune code"));
            }
            let postcode = *postcodes.get(r.bits(pw)? as usize).unwrap_or(&0);
            let n_services = if r.bit()? { 1 } else { r.gamma(8)? };
            let mut chosen = [None; 2];
            for j in 0..n_services as usize {
                let s = *services
                    .get(r.bits(sw)? as usize)
                    .ok_or(FormatError::Corrupt("service index"))?;
                if let Some(slot) = chosen.get_mut(j) {
                    *slot = Some(s);
                }
            }
            communes.push(CommuneRecord {
                key,
                postcode,
                services: chosen,
                block: b as u32,
            });
        }
        block_services.push(services);
        blocks.push(BlockInfo {
            department,
            communes: (first, communes.len() as u32),
            bbox,
            data: (data_at, data_at + len),
            shared: Vec::new(),
        });
        data_at += len;
    }
    // A department has a handful of neighbours.
    let n_pairs = r.gamma(32 * n_blocks as u32)? as usize;
    let mut a = 0usize;
    for _ in 0..n_pairs {
        a = a.saturating_add(r.gamma(10_000)? as usize);
        let b = a.saturating_add(r.gamma(10_000)? as usize + 1);
        let len = r.gamma(u32::MAX - 1)? as usize;
        if data_at.saturating_add(len) > HEADER + dir_len + blocks_len {
            return Err(FormatError::Corrupt("shared block size"));
        }
        if b >= blocks.len() {
            return Err(FormatError::Corrupt("shared block departments"));
        }
        for d in [a, b] {
            blocks[d].shared.push((data_at, data_at + len));
        }
        data_at += len;
    }
    if data_at != HEADER + dir_len + blocks_len {
        return Err(FormatError::Corrupt("block sizes"));
    }

    let n_stations = r.gamma(1_000_000)? as usize;
    let mut stations = Vec::with_capacity(n_stations);
    let mut string_count = communes.len() as u32;
    let (mut lat, mut lon, mut unit, mut commune) = (0i64, 0i64, 0i64, 0i64);
    let (mut slat, mut slon, mut sunit, mut scommune): (Adaptive, Adaptive, Adaptive, Adaptive) =
        Default::default();
    for _ in 0..n_stations {
        let force = if r.bit()? {
            Force::Gendarmerie
        } else {
            Force::Police
        };
        let unit_id = if r.bit()? {
            unit += unzigzag(sunit.read(&mut r)?) as i64;
            Some(u32::try_from(unit).map_err(|_| FormatError::Corrupt("unit id"))?)
        } else {
            None
        };
        commune += unzigzag(scommune.read(&mut r)?) as i64;
        if commune < 0 || commune as usize >= communes.len() {
            return Err(FormatError::Corrupt("station commune"));
        }
        let commune = commune as u32;
        lat += unzigzag(slat.read(&mut r)?) as i64;
        lon += unzigzag(slon.read(&mut r)?) as i64;
        let (flat, flon) = (lat as f64 / STATION_GRID, lon as f64 / STATION_GRID);
        if flat.abs() > 90.0 || flon.abs() > 180.0 {
            return Err(FormatError::Corrupt("station position"));
        }
        let approximate = r.bit()?;
        let source = match r.bits(2)? {
            0 => StationSource::CompetenceTable,
            1 => StationSource::OfficialList,
            2 => StationSource::OpenStreetMap,
            _ => return Err(FormatError::Corrupt("station source")),
        };
        let name = string_count;
        string_count += 1;
        let mut optional = [None, None];
        for slot in optional.iter_mut() {
            if r.bit()? {
                *slot = Some(string_count);
                string_count += 1;
            }
        }
        let hours = if r.bit()? {
            Some(read_schedule(&mut r)?)
        } else {
            None
        };
        stations.push(StationRecord {
            force,
            unit_id,
            name,
            commune,
            lat: flat,
            lon: flon,
            approximate,
            source,
            address: optional[0],
            phone: optional[1],
            hours,
        });
    }
    if block_services
        .iter()
        .flatten()
        .any(|&s| s as usize >= n_stations)
    {
        return Err(FormatError::Corrupt("commune service"));
    }

    // String starts: one scan of the area.
    let strings_at = HEADER + dir_len + blocks_len;
    let area = &blob[strings_at..];
    let mut string_starts = Vec::with_capacity(string_count as usize);
    let mut i = 0usize;
    let n_communes = communes.len();
    while i < area.len() && string_starts.len() < string_count as usize {
        let id = string_starts.len();
        string_starts.push(i as u32);
        if id < n_communes && !id.is_multiple_of(NAME_RUN) {
            i += 1; // shared-prefix length
        }
        loop {
            match area.get(i) {
                None => return Err(FormatError::Truncated),
                Some(0) => {
                    i += 1;
                    break;
                }
                Some(255) => i += 2,
                Some(_) => i += 1,
            }
        }
    }
    if string_starts.len() != string_count as usize {
        return Err(FormatError::Corrupt("string count"));
    }
    Ok(Index {
        grid: [grid[0] as f64, grid[1] as f64],
        notes,
        communes,
        blocks,
        stations,
        symbols,
        prior,
        blob,
        strings_at,
        string_starts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::places::hours::parse_hours;

    /// Two square communes side by side sharing one border arc, and a third
    /// one, an island, with two stations.
    pub(crate) fn sample() -> IndexInput {
        // Grid of 1000 units per degree.
        let a = [0, 0];
        let b = [0, 1000];
        let arcs = vec![
            vec![a, [-1000, 0], [-1000, 1000], b], // 0: west side of A
            vec![a, b],                            // 1: shared border (going north)
            vec![a, [1000, 0], [1000, 1000], b],   // 2: east side of B
            vec![[5000, 5000], [5100, 5000], [5100, 5100], [5000, 5000]], // 3: island
        ];
        IndexInput {
            grid: [1000, 1000],
            notes: vec!["test".into()],
            communes: vec![
                CommuneInput {
                    code: "01001".into(),
                    name: "Alpha".into(),
                    postcode: "01400".into(),
                    services: vec![0],
                    rings: vec![vec![(0, false), (1, true)]],
                },
                CommuneInput {
                    code: "01002".into(),
                    name: "Béta-sur-Mer".into(),
                    postcode: "".into(),
                    services: vec![1, 0],
                    rings: vec![vec![(1, false), (2, true)]],
                },
                CommuneInput {
                    code: "2A004".into(),
                    name: "Île".into(),
                    postcode: "20000".into(),
                    services: vec![],
                    rings: vec![vec![(3, false)]],
                },
            ],
            arcs,
            stations: vec![
                StationInput {
                    force: Force::Gendarmerie,
                    unit_id: Some(1_008_620),
                    name: "Gendarmerie - Brigade d'Alpha".into(),
                    commune: 0,
                    lat: 0.5,
                    lon: -0.5,
                    approximate: true,
                    source: StationSource::CompetenceTable,
                    address: "".into(),
                    phone: "".into(),
                    hours: None,
                },
                StationInput {
                    force: Force::Police,
                    unit_id: None,
                    name: "Commissariat de police de Béta".into(),
                    commune: 1,
                    lat: 0.25,
                    lon: 0.75,
                    approximate: false,
                    source: StationSource::OfficialList,
                    address: "1 rue X".into(),
                    phone: "+33 1 00 00 00 00".into(),
                    hours: Some(parse_hours("Lundi : 8h00-12h00").unwrap()),
                },
            ],
        }
    }

    #[test]
    fn round_trip() {
        let input = sample();
        let blob = encode(&input).unwrap();
        let index = decode(Cow::Owned(blob)).unwrap();
        assert_eq!(index.communes.len(), 3);
        assert_eq!(key_code(index.communes[2].key), "2A004");
        assert_eq!(index.commune_name(1), "Béta-sur-Mer");
        assert_eq!(index.communes[0].postcode, 1401);
        assert_eq!(index.communes[1].postcode, 0);
        assert_eq!(index.communes[1].services, [Some(1), Some(0)]);
        assert_eq!(index.communes[2].services, [None, None]);
        assert_eq!(index.blocks.len(), 2);
        assert_eq!(index.blocks[0].department, "01");
        assert_eq!(index.blocks[1].communes, (2, 3));
        let block = index.decode_block(0).unwrap();
        // The shared border is stored once: 3 arcs in department 01.
        assert_eq!(block.arc_offsets.len(), 4);
        assert_eq!(block.communes[0].1, [-1000, 0, 0, 1000]);
        assert_eq!(block.communes[1].1, [0, 0, 1000, 1000]);
        assert_eq!(block.segments(0).count(), 4);
        assert_eq!(block.segments(1).count(), 4);
        let island = index.decode_block(1).unwrap();
        assert_eq!(island.communes[0].1, [5000, 5000, 5100, 5100]);
        assert!(index.decode_block(2).is_err());
        let s = &index.stations[1];
        assert_eq!(index.string(s.name), "Commissariat de police de Béta");
        assert_eq!(
            s.address.map(|a| index.string(a)).as_deref(),
            Some("1 rue X")
        );
        assert_eq!(s.hours.as_ref().unwrap().days[0], vec![(480, 720)]);
        assert_eq!(s.source, StationSource::OfficialList);
        assert!((s.lon - 0.75).abs() < 1e-9);
        assert_eq!(index.stations[0].unit_id, Some(1_008_620));
        assert_eq!(index.notes, vec!["test".to_string()]);
    }

    #[test]
    fn damaged_blobs_are_typed_errors() {
        let blob = encode(&sample()).unwrap();
        assert_eq!(
            decode(Cow::Owned(vec![])).unwrap_err(),
            FormatError::BadMagic
        );
        assert_eq!(
            decode(Cow::Owned(b"hello world".to_vec())).unwrap_err(),
            FormatError::BadMagic
        );
        for cut in [10, HEADER, blob.len() / 2, blob.len() - 1] {
            assert_eq!(
                decode(Cow::Owned(blob[..cut].to_vec())).unwrap_err(),
                FormatError::Truncated,
                "cut at {cut}"
            );
        }
        let mut flipped = blob.clone();
        let last = flipped.len() - 3;
        flipped[last] ^= 0x10;
        assert_eq!(
            decode(Cow::Owned(flipped)).unwrap_err(),
            FormatError::Checksum
        );
        let mut newer = blob.clone();
        newer[8] = 9;
        assert_eq!(
            decode(Cow::Owned(newer)).unwrap_err(),
            FormatError::UnsupportedVersion(9)
        );
    }

    /// Bytes of the border blocks changed behind a valid checksum (a
    /// hostile blob): decoding a block gives a result or a typed error,
    /// never a panic nor an endless loop.
    #[test]
    fn hostile_border_blocks_are_errors_not_panics() {
        let good = super::super::builtin_index_bytes().to_vec();
        let index = decode(Cow::Owned(good.clone())).unwrap();
        let blocks_at = index.blocks[0].data.0;
        let blocks_len = u32::from_le_bytes([good[16], good[17], good[18], good[19]]) as usize;
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..40 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let at = blocks_at + (seed % blocks_len as u64) as usize;
            let mut blob = good.clone();
            blob[at] ^= (seed >> 32) as u8 | 1;
            let sum = crate::places::bits::checksum(&blob[HEADER..]);
            blob[24..32].copy_from_slice(&sum.to_le_bytes());
            let index = decode(Cow::Owned(blob)).unwrap();
            for (b, info) in index.blocks.iter().enumerate() {
                let hit = |r: &(usize, usize)| (r.0..r.1).contains(&at);
                if hit(&info.data) || info.shared.iter().any(hit) {
                    let _ = index.decode_block(b);
                }
            }
        }
    }

    #[test]
    fn bad_input_is_refused_by_the_writer() {
        let mut input = sample();
        input.communes.swap(0, 1);
        assert!(matches!(encode(&input), Err(FormatError::Invalid(_))));
        let mut input = sample();
        input.communes[0].postcode = "1400".into();
        assert!(matches!(encode(&input), Err(FormatError::Invalid(_))));
        let mut input = sample();
        input.stations[0].lat = f64::NAN;
        assert!(matches!(encode(&input), Err(FormatError::Invalid(_))));
    }

    #[test]
    fn codes_and_departments() {
        for code in ["01001", "2A004", "2B366", "97411", "75104"] {
            assert_eq!(key_code(code_key(code).unwrap()), code);
        }
        assert!(code_key("2A004") > code_key("19001") && code_key("2B001") < code_key("21001"));
        assert_eq!(code_key("1001"), None);
        assert_eq!(department_of("97411"), "974");
        assert_eq!(department_of("2A004"), "2A");
        assert_eq!(department_of("75104"), "75");
    }
}
