//! Bit-level coding for the places index: a bit writer and reader,
//! Elias-gamma and adaptive Rice codes (the Rice parameter follows the
//! running mean of the values, as in JPEG-LS), zig-zag signed integers, a
//! binary range coder with adaptive probabilities (LZMA's) and an adaptive
//! model of integers on it (the border blocks), a small static string
//! compressor (a symbol table of frequent byte sequences, after FSST) and a
//! fast checksum.
//!
//! Standard library only: `build.rs` includes this file too.

/// Appends bits, most significant first.
#[derive(Default)]
pub struct BitWriter {
    bytes: Vec<u8>,
    acc: u64,
    used: u32,
}

impl BitWriter {
    pub fn new() -> Self {
        Self::default()
    }

    /// The low `count` bits of `value` (count ≤ 32).
    pub fn bits(&mut self, value: u64, count: u32) {
        debug_assert!(count <= 32);
        if count == 0 {
            return;
        }
        self.acc = (self.acc << count) | (value & ((1u64 << count) - 1));
        self.used += count;
        while self.used >= 8 {
            self.used -= 8;
            self.bytes.push((self.acc >> self.used) as u8);
        }
        self.acc &= (1u64 << self.used) - 1;
    }

    pub fn bit(&mut self, value: bool) {
        self.bits(value as u64, 1);
    }

    /// Elias gamma of `value + 1` (any u32).
    pub fn gamma(&mut self, value: u32) {
        let v = value as u64 + 1;
        let width = 64 - v.leading_zeros();
        self.bits(0, width - 1);
        if width > 32 {
            self.bits(v >> 32, width - 32);
            self.bits(v, 32);
        } else {
            self.bits(v, width);
        }
    }

    /// Rice code with parameter `k`; quotients of 24 or more escape to a
    /// gamma code of the whole value.
    pub fn rice(&mut self, value: u32, k: u32) {
        let q = value >> k;
        if q < ESCAPE {
            for _ in 0..q {
                self.bit(true);
            }
            self.bit(false);
            self.bits(value as u64, k);
        } else {
            for _ in 0..ESCAPE {
                self.bit(true);
            }
            self.gamma(value);
        }
    }

    /// Pads to a whole byte and returns the bytes.
    pub fn finish(mut self) -> Vec<u8> {
        if self.used > 0 {
            let pad = 8 - self.used;
            self.bits(0, pad);
        }
        self.bytes
    }
}

const ESCAPE: u32 = 24;

/// Reading past the end of the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EndOfData;

/// Reads what [`BitWriter`] wrote.
pub struct BitReader<'a> {
    data: &'a [u8],
    pos: usize, // in bits
}

impl<'a> BitReader<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        BitReader { data, pos: 0 }
    }

    /// The next 57 or more bits, left-aligned, zero past the end.
    #[inline(always)]
    fn peek64(&self) -> u64 {
        let byte = self.pos / 8;
        let word = match self.data.get(byte..byte + 8) {
            Some(s) => u64::from_be_bytes([s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]]),
            None => {
                let mut buf = [0u8; 8];
                let rest = self.data.get(byte..).unwrap_or(&[]);
                buf[..rest.len()].copy_from_slice(rest);
                u64::from_be_bytes(buf)
            }
        };
        word << (self.pos % 8)
    }

    #[inline(always)]
    fn advance(&mut self, count: usize) -> Result<(), EndOfData> {
        self.pos += count;
        if self.pos > self.data.len() * 8 {
            Err(EndOfData)
        } else {
            Ok(())
        }
    }

    /// `count` bits (≤ 32).
    #[inline]
    pub fn bits(&mut self, count: u32) -> Result<u32, EndOfData> {
        if count == 0 {
            return Ok(0);
        }
        let v = (self.peek64() >> (64 - count)) as u32;
        self.advance(count as usize)?;
        Ok(v)
    }

    #[inline]
    pub fn bit(&mut self) -> Result<bool, EndOfData> {
        Ok(self.bits(1)? == 1)
    }

    pub fn gamma(&mut self, limit: u32) -> Result<u32, EndOfData> {
        let zeros = self.peek64().leading_zeros();
        if zeros > 32 {
            return Err(EndOfData);
        }
        self.advance(zeros as usize)?;
        let width = zeros + 1;
        let v = if width > 32 {
            let high = self.bits(width - 32)? as u64;
            (high << 32) | self.bits(32)? as u64
        } else {
            self.bits(width)? as u64
        };
        let v = v.saturating_sub(1);
        if v > limit as u64 {
            return Err(EndOfData);
        }
        Ok(v as u32)
    }

    #[inline(always)]
    pub fn rice(&mut self, k: u32) -> Result<u32, EndOfData> {
        let word = self.peek64();
        let ones = word.leading_ones();
        if ones < ESCAPE {
            // ones + 1 + k ≤ 24 + 1 + 24 < 57: the low bits are in the word.
            let low = if k == 0 {
                0
            } else {
                ((word << (ones + 1)) >> (64 - k)) as u32
            };
            self.advance((ones + 1 + k) as usize)?;
            Ok((ones << k) | low)
        } else {
            self.advance(ESCAPE as usize)?;
            self.gamma(u32::MAX)
        }
    }

    #[cfg(test)]
    pub fn at_end(&self) -> bool {
        self.pos.div_ceil(8) >= self.data.len()
    }
}

/// A Rice parameter that follows the running mean of the coded values:
/// the smallest k with count · 2^k ≥ sum, kept up to date step by step.
#[derive(Debug, Clone, Copy)]
pub struct Adaptive {
    sum: u32,
    count: u32,
    k: u32,
}

impl Default for Adaptive {
    fn default() -> Self {
        Adaptive {
            sum: 4,
            count: 1,
            k: 2,
        }
    }
}

impl Adaptive {
    #[inline(always)]
    fn update(&mut self, value: u32) {
        self.sum = self.sum.saturating_add(value.min(1 << 20));
        self.count += 1;
        if self.count >= 32 {
            self.sum /= 2;
            self.count /= 2;
        }
        while self.k < 24 && (self.count << self.k) < self.sum {
            self.k += 1;
        }
        while self.k > 0 && (self.count << (self.k - 1)) >= self.sum {
            self.k -= 1;
        }
    }

    pub fn write(&mut self, w: &mut BitWriter, value: u32) {
        w.rice(value, self.k);
        self.update(value);
    }

    #[inline(always)]
    pub fn read(&mut self, r: &mut BitReader<'_>) -> Result<u32, EndOfData> {
        let v = r.rice(self.k)?;
        self.update(v);
        Ok(v)
    }
}

#[inline]
pub fn zigzag(v: i32) -> u32 {
    ((v << 1) ^ (v >> 31)) as u32
}

#[inline]
pub fn unzigzag(v: u32) -> i32 {
    ((v >> 1) as i32) ^ -((v & 1) as i32)
}

/// A 64-bit checksum of a byte string (multiply–xor over 8-byte words).
pub fn checksum(data: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h: u64 = 0x243F_6A88_85A3_08D3 ^ data.len() as u64;
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h ^ w).wrapping_mul(K).rotate_left(29);
    }
    for &b in chunks.remainder() {
        h = (h ^ b as u64).wrapping_mul(K).rotate_left(29);
    }
    h ^= h >> 32;
    h.wrapping_mul(K) ^ (h >> 29)
}

/// Code 0 ends a string; 255 escapes one literal byte; 1..=254 are
/// symbols of 1 to 8 bytes.
pub const END: u8 = 0;
pub const LITERAL: u8 = 255;
const MAX_SYMBOLS: usize = 254;
const MAX_SYMBOL_LEN: usize = 8;

/// A static symbol table for short strings (names of communes and
/// stations): frequent byte sequences become one byte.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SymbolTable {
    pub symbols: Vec<Vec<u8>>,
}

impl SymbolTable {
    /// Learns the table from the strings it will compress (a few rounds of
    /// FSST's "count symbols and their concatenations, keep the best gains").
    pub fn train<'a>(strings: impl Iterator<Item = &'a str> + Clone) -> SymbolTable {
        use std::collections::HashMap;
        let mut table = SymbolTable::default();
        for _round in 0..5 {
            let lookup = table.lookup();
            let mut gains: HashMap<Vec<u8>, usize> = HashMap::new();
            for s in strings.clone() {
                let bytes = s.as_bytes();
                let mut prev: Option<&[u8]> = None;
                let mut i = 0;
                while i < bytes.len() {
                    let len = longest(&lookup, &bytes[i..]).map(|(_, l)| l).unwrap_or(1);
                    let sym = &bytes[i..i + len];
                    *gains.entry(sym.to_vec()).or_default() += len;
                    if let Some(p) = prev {
                        if p.len() + len <= MAX_SYMBOL_LEN {
                            let mut joined = p.to_vec();
                            joined.extend_from_slice(sym);
                            *gains.entry(joined.clone()).or_default() += joined.len();
                        }
                    }
                    prev = Some(sym);
                    i += len;
                }
            }
            let mut ranked: Vec<(Vec<u8>, usize)> = gains
                .into_iter()
                .filter(|(s, _)| !(s.len() == 1 && s[0] == END))
                .collect();
            // FSST's gain: occurrences × length.
            ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            ranked.truncate(MAX_SYMBOLS);
            table.symbols = ranked.into_iter().map(|(s, _)| s).collect();
        }
        table.symbols.sort();
        table
    }

    fn lookup(&self) -> std::collections::HashMap<&[u8], u8> {
        self.symbols
            .iter()
            .enumerate()
            .map(|(i, s)| (s.as_slice(), i as u8 + 1))
            .collect()
    }

    /// Compresses `s` and appends it, with its end code, to `out`.
    pub fn encode_into(&self, s: &str, out: &mut Vec<u8>) {
        let lookup = self.lookup();
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match longest(&lookup, &bytes[i..]) {
                Some((code, len)) => {
                    out.push(code);
                    i += len;
                }
                None => {
                    out.push(LITERAL);
                    out.push(bytes[i]);
                    i += 1;
                }
            }
        }
        out.push(END);
    }

    pub fn write(&self, w: &mut BitWriter) {
        w.gamma(self.symbols.len() as u32);
        for s in &self.symbols {
            w.bits(s.len() as u64 - 1, 3);
            for &b in s {
                w.bits(b as u64, 8);
            }
        }
    }

    pub fn read(r: &mut BitReader<'_>) -> Result<SymbolTable, EndOfData> {
        let n = r.gamma(MAX_SYMBOLS as u32)? as usize;
        let mut symbols = Vec::with_capacity(n);
        for _ in 0..n {
            let len = r.bits(3)? as usize + 1;
            let mut s = Vec::with_capacity(len);
            for _ in 0..len {
                s.push(r.bits(8)? as u8);
            }
            symbols.push(s);
        }
        Ok(SymbolTable { symbols })
    }

    /// Decompresses the string starting at `data[0]`; `None` if it is cut
    /// or not UTF-8.
    pub fn decode(&self, data: &[u8]) -> Option<String> {
        let mut out = Vec::with_capacity(32);
        let mut i = 0;
        loop {
            match *data.get(i)? {
                END => break,
                LITERAL => {
                    out.push(*data.get(i + 1)?);
                    i += 2;
                }
                code => {
                    out.extend_from_slice(self.symbols.get(code as usize - 1)?);
                    i += 1;
                }
            }
        }
        String::from_utf8(out).ok()
    }
}

fn longest(lookup: &std::collections::HashMap<&[u8], u8>, rest: &[u8]) -> Option<(u8, usize)> {
    (1..=rest.len().min(MAX_SYMBOL_LEN))
        .rev()
        .find_map(|len| lookup.get(&rest[..len]).map(|&code| (code, len)))
}

/// An adaptive probability that a binary decision is 0 (in 1/65536) and
/// how many decisions it has seen: it learns fast at first (the mean of
/// what it saw), then follows the recent ones.
#[derive(Debug, Clone, Copy)]
pub struct Prob {
    p: u16,
    seen: u16,
}

impl Prob {
    /// The probability in 8 bits, for a table of starting probabilities.
    pub fn quantized(self) -> u8 {
        (self.p >> 8) as u8
    }

    /// A starting probability from [`Prob::quantized`], counted as learnt
    /// from `seen` decisions.
    pub fn from_quantized(q: u8, seen: u16) -> Prob {
        Prob {
            p: (q as u16) << 8 | 0x80,
            seen,
        }
    }
}

/// The starting probability: one half.
pub const HALF: Prob = Prob {
    p: 1 << 15,
    seen: 0,
};
/// Adaptation speed once learnt: each decision moves its probability
/// 1/32 of the way.
const MOVE_BITS: u32 = 6;
/// Bits of the probabilities as the coder uses them.
const PROB_BITS: u32 = 15;

/// `p` for the coder: in `1..2^PROB_BITS`, never 0 nor 1.
#[inline(always)]
fn scaled(p: Prob) -> u32 {
    ((p.p as u32) >> (16 - PROB_BITS)).max(1)
}

#[inline(always)]
fn adapt(p: &mut Prob, bit: bool) {
    let shift = (1 + (p.seen as u32 + 2).ilog2()).min(MOVE_BITS);
    p.seen = p.seen.saturating_add(1).min(64);
    // Towards 0 or u16::MAX, without a branch on the (unpredictable) bit.
    let target = (bit as i32 - 1) & u16::MAX as i32;
    let v = p.p as i32;
    p.p = (v + ((target - v) >> shift)) as u16;
}

const TOP: u32 = 1 << 24;

/// A binary range coder with adaptive probabilities (the one of LZMA):
/// each decision costs about −log2 of the probability its model gave it.
pub struct RangeEncoder {
    low: u64,
    range: u32,
    cache: u8,
    pending: u64,
    out: Vec<u8>,
    /// Bits spent so far (estimated from the probabilities).
    cost: f64,
}

impl Default for RangeEncoder {
    fn default() -> Self {
        RangeEncoder {
            low: 0,
            range: u32::MAX,
            cache: 0,
            pending: 1,
            out: Vec::new(),
            cost: 0.0,
        }
    }
}

impl RangeEncoder {
    pub fn new() -> Self {
        Self::default()
    }

    fn shift_low(&mut self) {
        if (self.low as u32) < 0xFF00_0000 || (self.low >> 32) != 0 {
            let carry = (self.low >> 32) as u8;
            let mut byte = self.cache;
            loop {
                self.out.push(byte.wrapping_add(carry));
                byte = 0xFF;
                self.pending -= 1;
                if self.pending == 0 {
                    break;
                }
            }
            self.cache = (self.low >> 24) as u8;
        }
        self.pending += 1;
        self.low = (self.low & 0x00FF_FFFF) << 8;
    }

    #[inline]
    fn normalize(&mut self) {
        while self.range < TOP {
            self.range <<= 8;
            self.shift_low();
        }
    }

    /// One decision with the adaptive probability `p`.
    pub fn bit(&mut self, p: &mut Prob, bit: bool) {
        let bound = (self.range >> PROB_BITS) * scaled(*p);
        let zero = scaled(*p) as f64 / (1 << PROB_BITS) as f64;
        self.cost -= if bit { 1.0 - zero } else { zero }.log2();
        if bit {
            self.low += bound as u64;
            self.range -= bound;
        } else {
            self.range = bound;
        }
        adapt(p, bit);
        self.normalize();
    }

    /// The low `count` bits of `value`, each with probability one half.
    pub fn direct(&mut self, value: u32, count: u32) {
        self.cost += count as f64;
        for i in (0..count).rev() {
            self.range >>= 1;
            if (value >> i) & 1 == 1 {
                self.low += self.range as u64;
            }
            self.normalize();
        }
    }

    /// `value` in `0..n`, all equally likely (truncated binary).
    pub fn uniform(&mut self, value: u32, n: u32) {
        if n <= 1 {
            return;
        }
        let width = u32::BITS - (n - 1).leading_zeros();
        let short = ((1u64 << width) - n as u64) as u32;
        if value < short {
            self.direct(value, width - 1);
        } else {
            self.direct(value + short, width);
        }
    }

    /// `value`'s low `depth` bits, most significant first, through a
    /// binary tree of probabilities (`tree` holds `1 << depth` of them).
    pub fn tree(&mut self, tree: &mut [Prob], depth: u32, value: u32) {
        let mut node = 1usize;
        for i in (0..depth).rev() {
            let bit = (value >> i) & 1 == 1;
            if let Some(p) = tree.get_mut(node) {
                self.bit(p, bit);
            }
            node = node * 2 + bit as usize;
        }
    }

    /// Bits written so far, about (for build statistics).
    pub fn cost(&self) -> f64 {
        self.cost
    }

    pub fn finish(mut self) -> Vec<u8> {
        for _ in 0..5 {
            self.shift_low();
        }
        self.out
    }
}

/// Reads what [`RangeEncoder`] wrote. Reading past the end yields zeros
/// and is reported by the next integer read as [`EndOfData`].
pub struct RangeDecoder<'a> {
    data: &'a [u8],
    pos: usize,
    range: u32,
    code: u32,
}

impl<'a> RangeDecoder<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        let mut d = RangeDecoder {
            data,
            pos: 0,
            range: u32::MAX,
            code: 0,
        };
        for _ in 0..5 {
            d.code = (d.code << 8) | d.byte() as u32;
        }
        d
    }

    #[inline(always)]
    fn byte(&mut self) -> u8 {
        let b = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b
    }

    #[inline(always)]
    fn normalize(&mut self) {
        while self.range < TOP {
            self.range <<= 8;
            self.code = (self.code << 8) | self.byte() as u32;
        }
    }

    /// An error if the data ran out.
    #[inline]
    pub fn check(&self) -> Result<(), EndOfData> {
        if self.pos > self.data.len() {
            Err(EndOfData)
        } else {
            Ok(())
        }
    }

    #[inline(always)]
    pub fn bit(&mut self, p: &mut Prob) -> bool {
        let bound = (self.range >> PROB_BITS) * scaled(*p);
        // Without branches on the (unpredictable) bit.
        let bit = self.code >= bound;
        let mask = 0u32.wrapping_sub(bit as u32);
        self.code -= bound & mask;
        self.range = (bound & !mask) | (self.range.wrapping_sub(bound) & mask);
        adapt(p, bit);
        self.normalize();
        bit
    }

    pub fn direct(&mut self, count: u32) -> u32 {
        let mut v = 0u32;
        for _ in 0..count {
            self.range >>= 1;
            let bit = self.code >= self.range;
            self.code -= self.range & 0u32.wrapping_sub(bit as u32);
            v = (v << 1) | bit as u32;
            self.normalize();
        }
        v
    }

    /// A value in `0..n` (`None` if the data says otherwise).
    pub fn uniform(&mut self, n: u32) -> Option<u32> {
        if n <= 1 {
            return Some(0);
        }
        let width = u32::BITS - (n - 1).leading_zeros();
        let short = ((1u64 << width) - n as u64) as u32;
        let v = self.direct(width - 1);
        if v < short {
            return Some(v);
        }
        let v = ((v << 1) | self.direct(1)) - short;
        (v < n).then_some(v)
    }

    pub fn tree(&mut self, tree: &mut [Prob], depth: u32) -> u32 {
        let mut node = 1usize;
        for _ in 0..depth {
            let bit = match tree.get_mut(node) {
                Some(p) => self.bit(p),
                None => false,
            };
            node = node * 2 + bit as usize;
        }
        (node - (1 << depth)) as u32
    }
}

/// Adaptive model of unsigned integers under `N` contexts: the bit length
/// (0 to 32) through a tree (31 and 32 share a leaf, then a plain bit), the two bits after the leading one adaptive
/// too, the rest plain.
#[derive(Debug, Clone)]
pub struct Magnitude<const N: usize> {
    length: [[Prob; 32]; N],
    top: [[Prob; 4]; 33],
}

impl<const N: usize> Default for Magnitude<N> {
    fn default() -> Self {
        Magnitude {
            length: [[HALF; 32]; N],
            top: [[HALF; 4]; 33],
        }
    }
}

impl<const N: usize> Magnitude<N> {
    /// Every probability, in a fixed order.
    pub fn each(&mut self, f: &mut dyn FnMut(&mut Prob)) {
        self.length.iter_mut().flatten().for_each(&mut *f);
        self.top.iter_mut().flatten().for_each(f);
    }

    pub fn write(&mut self, e: &mut RangeEncoder, context: usize, value: u32) {
        let length = u32::BITS - value.leading_zeros();
        e.tree(&mut self.length[context.min(N - 1)], 5, length.min(31));
        if length >= 31 {
            e.direct(length - 31, 1);
        }
        if length >= 2 {
            let below = length - 1;
            let top = below.min(2);
            let rest = below - top;
            e.tree(&mut self.top[length as usize], top, value >> rest);
            e.direct(value, rest);
        }
    }

    pub fn read(&mut self, d: &mut RangeDecoder<'_>, context: usize) -> Result<u32, EndOfData> {
        let mut length = d.tree(&mut self.length[context.min(N - 1)], 5);
        if length == 31 {
            length += d.direct(1);
        }
        let value = match length {
            0 | 1 => length,
            2..=32 => {
                let below = length - 1;
                let top = below.min(2);
                let rest = below - top;
                let high = (1 << top) | d.tree(&mut self.top[length as usize], top);
                (high << rest) | d.direct(rest)
            }
            _ => return Err(EndOfData),
        };
        d.check()?;
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        let mut w = BitWriter::new();
        let values = [0u32, 1, 2, 3, 7, 100, 65_535, 1 << 24, u32::MAX];
        for &v in &values {
            w.gamma(v);
            w.rice(v, 3);
            w.bits(v as u64 & 0x1F, 5);
        }
        let mut state = Adaptive::default();
        for &v in &values {
            state.write(&mut w, v);
        }
        for v in [-5i32, 0, 7, i32::MIN, i32::MAX] {
            w.gamma(zigzag(v));
        }
        let bytes = w.finish();
        let mut r = BitReader::new(&bytes);
        for &v in &values {
            assert_eq!(r.gamma(u32::MAX), Ok(v));
            assert_eq!(r.rice(3), Ok(v));
            assert_eq!(r.bits(5), Ok(v & 0x1F));
        }
        let mut state = Adaptive::default();
        for &v in &values {
            assert_eq!(state.read(&mut r), Ok(v));
        }
        for v in [-5i32, 0, 7, i32::MIN, i32::MAX] {
            assert_eq!(unzigzag(r.gamma(u32::MAX).unwrap()), v);
        }
        assert!(r.at_end());
        assert_eq!(r.bits(16), Err(EndOfData));
    }

    #[test]
    fn range_coder_round_trips() {
        let values = [
            0u32,
            1,
            2,
            3,
            7,
            100,
            65_535,
            1 << 24,
            u32::MAX - 1,
            u32::MAX,
        ];
        let mut e = RangeEncoder::new();
        let (mut m, mut p, mut t) = (Magnitude::<2>::default(), HALF, [HALF; 8]);
        for round in 0..50u32 {
            for (i, &v) in values.iter().enumerate() {
                m.write(&mut e, i % 2, v);
                e.bit(&mut p, v % 3 == 0);
                e.tree(&mut t, 3, v % 8);
                e.uniform(v % 37, 37);
                e.direct(round, 6);
            }
        }
        let bytes = e.finish();
        let mut d = RangeDecoder::new(&bytes);
        let (mut m, mut p, mut t) = (Magnitude::<2>::default(), HALF, [HALF; 8]);
        for round in 0..50u32 {
            for (i, &v) in values.iter().enumerate() {
                assert_eq!(m.read(&mut d, i % 2), Ok(v));
                assert_eq!(d.bit(&mut p), v % 3 == 0);
                assert_eq!(d.tree(&mut t, 3), v % 8);
                assert_eq!(d.uniform(37), Some(v % 37));
                assert_eq!(d.direct(6), round & 63);
            }
        }
        assert_eq!(d.check(), Ok(()));
        // Cut short: an error, not a panic.
        let mut d = RangeDecoder::new(&bytes[..bytes.len() / 2]);
        let mut m = Magnitude::<2>::default();
        let failed = (0..values.len() * 50).any(|i| m.read(&mut d, i % 2).is_err());
        assert!(failed);
    }

    #[test]
    fn truncated_data_is_an_error_not_a_panic() {
        let mut w = BitWriter::new();
        w.gamma(1_000_000);
        let bytes = w.finish();
        let mut r = BitReader::new(&bytes[..1]);
        assert_eq!(r.gamma(u32::MAX), Err(EndOfData));
        assert_eq!(BitReader::new(&[]).rice(2), Err(EndOfData));
        assert_eq!(
            BitReader::new(&[0, 0, 0, 0, 0, 0]).gamma(u32::MAX),
            Err(EndOfData)
        );
    }

    #[test]
    fn strings_round_trip_and_shrink() {
        let names = [
            "Saint-Martin-de-Bréhal",
            "Saint-Martin-du-Bois",
            "Gendarmerie - Brigade de Saint-Lô",
            "Gendarmerie - Brigade de Caen",
            "L'Abergement-Clémenciat",
            "",
            "Œuilly",
        ];
        let table = SymbolTable::train(names.iter().copied());
        let mut w = BitWriter::new();
        table.write(&mut w);
        let bytes = w.finish();
        let table = SymbolTable::read(&mut BitReader::new(&bytes)).unwrap();
        let mut packed = Vec::new();
        let mut starts = Vec::new();
        for n in names {
            starts.push(packed.len());
            table.encode_into(n, &mut packed);
        }
        for (n, &s) in names.iter().zip(&starts) {
            assert_eq!(table.decode(&packed[s..]).as_deref(), Some(*n));
        }
        let raw: usize = names.iter().map(|n| n.len() + 1).sum();
        assert!(packed.len() < raw, "{} >= {raw}", packed.len());
        assert_eq!(table.decode(&packed[..3]), None);
        // A string with bytes the table never saw still round-trips.
        let mut other = Vec::new();
        table.encode_into("Zürich 42 ÿ", &mut other);
        assert_eq!(table.decode(&other).as_deref(), Some("Zürich 42 ÿ"));
    }

    #[test]
    fn checksum_sees_every_byte() {
        let data: Vec<u8> = (0..1000u32).map(|i| (i * 7) as u8).collect();
        let h = checksum(&data);
        for i in [0, 7, 8, 500, 999] {
            let mut d = data.clone();
            d[i] ^= 1;
            assert_ne!(checksum(&d), h, "byte {i}");
        }
        assert_ne!(checksum(&data[..999]), h);
    }
}
