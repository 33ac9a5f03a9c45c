//! Photo metadata removal: a report's photos leave the phone with no EXIF
//! (GPS position, phone make and model, serial numbers in maker notes), no
//! XMP, no IPTC, no ICC profile, no comment or text chunk.
//!
//! The containers are rewritten with `img-parts` (JPEG, PNG, WebP), pixels
//! untouched: nothing is decoded or re-encoded, so no image decoder enters
//! the phone library. Each format is filtered by an *allow list* of what a
//! decoder needs, so an unknown metadata block is dropped too:
//! - JPEG: quantisation and Huffman tables, frame and scan headers, restart
//!   interval, arithmetic coding conditioning, the Adobe APP14 colour
//!   transform flag, and the entropy-coded data up to the end-of-image
//!   marker. Every other APPn segment (EXIF, XMP, ICC, IPTC/APP13, maker
//!   notes, MPF), every comment, and anything after the end of the image
//!   (the secondary images of MPF, vendor trailers) is removed; segments
//!   between the scans of a progressive JPEG are filtered the same way.
//! - PNG: IHDR, PLTE, IDAT, IEND and the rendering chunks tRNS, gAMA, cHRM,
//!   sRGB, sBIT, bKGD; tEXt, iTXt, zTXt, eXIf, iCCP, tIME and unknown
//!   chunks are removed.
//! - WebP: VP8, VP8L, VP8X (its EXIF, XMP and ICC flags cleared), ALPH,
//!   ANIM, ANMF; EXIF, XMP and ICCP chunks are removed.
//!
//! The trade: without its ICC profile a wide-gamut photo shows slightly
//! duller colours, and without EXIF its orientation tag is gone (the shell
//! rotates the pixels before handing the photo over, or the desk sees it
//! sideways). HEIC/HEIF (the iPhone default) is refused with
//! [`PhotoError::HeicUnsupported`]: the shell converts it to JPEG first
//! (`UIImage.jpegData`), then metadata removal applies.

use bytes::Bytes;
use discret_protocol::report::limits::MAX_PHOTO_BYTES;
use discret_protocol::report::PhotoFormat;
use img_parts::jpeg::{markers, Jpeg, JpegSegment};
use img_parts::png::Png;
use img_parts::riff::{RiffChunk, RiffContent};
use img_parts::webp::WebP;

/// Why a photo was refused. Messages never quote image bytes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhotoError {
    #[error("is HEIC/HEIF, which is not supported: convert it to JPEG before attaching it")]
    HeicUnsupported,
    #[error("is not a JPEG, PNG or WebP image")]
    UnknownFormat,
    #[error("is damaged or truncated ({0})")]
    Corrupt(&'static str),
    #[error("is too large ({size} bytes, at most {max})")]
    TooLarge { size: usize, max: usize },
    #[error("is empty")]
    Empty,
}

/// A photo with its metadata removed.
#[derive(Clone, PartialEq, Eq)]
pub struct StrippedPhoto {
    pub format: PhotoFormat,
    pub bytes: Vec<u8>,
}

impl std::fmt::Debug for StrippedPhoto {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "StrippedPhoto({:?}, {} bytes)",
            self.format,
            self.bytes.len()
        )
    }
}

/// Recognises the container by its signature.
pub fn sniff(bytes: &[u8]) -> Result<PhotoFormat, PhotoError> {
    if bytes.is_empty() {
        return Err(PhotoError::Empty);
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Ok(PhotoFormat::Jpeg);
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Ok(PhotoFormat::Png);
    }
    if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Ok(PhotoFormat::Webp);
    }
    if is_heif(bytes) {
        return Err(PhotoError::HeicUnsupported);
    }
    Err(PhotoError::UnknownFormat)
}

/// An ISO-BMFF `ftyp` box naming a HEIF brand (HEIC, HEIF, AVIF…).
fn is_heif(bytes: &[u8]) -> bool {
    if bytes.len() < 12 || &bytes[4..8] != b"ftyp" {
        return false;
    }
    const BRANDS: [&[u8; 4]; 10] = [
        b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis",
    ];
    let size = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
    let end = size.clamp(12, bytes.len());
    // The major brand, then the compatible brands.
    std::iter::once(&bytes[8..12])
        .chain(bytes[16.min(end)..end].chunks_exact(4))
        .any(|brand| BRANDS.iter().any(|b| &b[..] == brand))
}

/// Removes every metadata block (see the module documentation).
pub fn strip_metadata(bytes: &[u8]) -> Result<StrippedPhoto, PhotoError> {
    if bytes.len() > MAX_PHOTO_BYTES {
        return Err(PhotoError::TooLarge {
            size: bytes.len(),
            max: MAX_PHOTO_BYTES,
        });
    }
    let format = sniff(bytes)?;
    let input = Bytes::copy_from_slice(bytes);
    let bytes = match format {
        PhotoFormat::Jpeg => strip_jpeg(input)?,
        PhotoFormat::Png => strip_png(input)?,
        PhotoFormat::Webp => strip_webp(input)?,
    };
    Ok(StrippedPhoto { format, bytes })
}

fn corrupt(_: img_parts::Error) -> PhotoError {
    PhotoError::Corrupt("container structure")
}

/// JPEG markers a decoder needs, besides SOS (which carries the scan).
fn jpeg_marker_kept(marker: u8, contents: &[u8]) -> bool {
    match marker {
        // SOF0..SOF15 (without DHT 0xC4, JPG 0xC8, DAC 0xCC handled below).
        0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF => true,
        markers::DHT | markers::DQT | markers::DRI | 0xCC /* DAC */ | 0xDC /* DNL */ => true,
        // Adobe APP14: the colour transform a decoder needs for CMYK/YCCK.
        0xEE => contents.starts_with(b"Adobe"),
        _ => false,
    }
}

fn strip_jpeg(input: Bytes) -> Result<Vec<u8>, PhotoError> {
    let jpeg = Jpeg::from_bytes(input).map_err(corrupt)?;
    let mut out = vec![0xFF, markers::SOI];
    let mut saw_frame = false;
    let mut saw_scan = false;
    for segment in jpeg.segments() {
        let marker = segment.marker();
        if marker == markers::SOS {
            if !saw_frame {
                return Err(PhotoError::Corrupt("scan before frame header"));
            }
            write_segment(&mut out, segment)?;
            filter_entropy(segment_entropy(segment), &mut out)?;
            saw_scan = true;
            break;
        }
        if matches!(marker, 0xD0..=0xD9 | 0x01) {
            // Stray RSTn/TEM outside a scan: not needed.
            continue;
        }
        if jpeg_marker_kept(marker, segment.contents()) {
            saw_frame |= matches!(marker, 0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF);
            write_segment(&mut out, segment)?;
        }
    }
    if !saw_scan {
        return Err(PhotoError::Corrupt("no image data"));
    }
    Ok(out)
}

/// The entropy-coded bytes after an SOS header (img-parts keeps everything
/// up to the end of the file there).
fn segment_entropy(segment: &JpegSegment) -> Bytes {
    let whole = segment.clone().encoder().bytes();
    whole.slice(segment.len().min(whole.len())..)
}

fn write_segment(out: &mut Vec<u8>, segment: &JpegSegment) -> Result<(), PhotoError> {
    let contents = segment.contents();
    let length =
        u16::try_from(contents.len() + 2).map_err(|_| PhotoError::Corrupt("segment too long"))?;
    out.extend_from_slice(&[0xFF, segment.marker()]);
    out.extend_from_slice(&length.to_be_bytes());
    out.extend_from_slice(contents);
    Ok(())
}

/// Copies scan data up to and including EOI; marker segments between the
/// scans of a progressive JPEG go through the same allow list; what
/// follows EOI is dropped.
fn filter_entropy(data: Bytes, out: &mut Vec<u8>) -> Result<(), PhotoError> {
    let data = &data[..];
    let mut i = 0;
    let mut copied_from = 0;
    while i + 1 < data.len() {
        if data[i] != 0xFF {
            i += 1;
            continue;
        }
        let marker = data[i + 1];
        match marker {
            // Stuffed byte, restart markers, fill bytes: scan data.
            0x00 | 0xD0..=0xD7 | 0xFF => i += if marker == 0xFF { 1 } else { 2 },
            markers::EOI => {
                out.extend_from_slice(&data[copied_from..i + 2]);
                return Ok(());
            }
            _ => {
                if i + 4 > data.len() {
                    return Err(PhotoError::Corrupt("truncated segment"));
                }
                let length = u16::from_be_bytes([data[i + 2], data[i + 3]]) as usize;
                if length < 2 || i + 2 + length > data.len() {
                    return Err(PhotoError::Corrupt("truncated segment"));
                }
                let contents = &data[i + 4..i + 2 + length];
                let keep = marker == markers::SOS || jpeg_marker_kept(marker, contents);
                if !keep {
                    out.extend_from_slice(&data[copied_from..i]);
                    copied_from = i + 2 + length;
                }
                i += 2 + length;
            }
        }
    }
    Err(PhotoError::Corrupt("no end-of-image marker"))
}

fn strip_png(input: Bytes) -> Result<Vec<u8>, PhotoError> {
    const KEPT: [&[u8; 4]; 10] = [
        b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"sBIT", b"bKGD",
    ];
    let mut png = Png::from_bytes(input).map_err(corrupt)?;
    png.chunks_mut()
        .retain(|chunk| KEPT.iter().any(|kind| **kind == chunk.kind()));
    let kinds: Vec<[u8; 4]> = png.chunks().iter().map(|c| c.kind()).collect();
    if kinds.first() != Some(b"IHDR") || kinds.last() != Some(b"IEND") {
        return Err(PhotoError::Corrupt("missing IHDR or IEND"));
    }
    if !kinds.contains(b"IDAT") {
        return Err(PhotoError::Corrupt("no image data"));
    }
    let mut out = Vec::with_capacity(png.len());
    png.encoder()
        .write_to(&mut out)
        .map_err(|_| PhotoError::Corrupt("rewriting"))?;
    Ok(out)
}

fn strip_webp(input: Bytes) -> Result<Vec<u8>, PhotoError> {
    const KEPT: [&[u8; 4]; 6] = [b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF"];
    let mut webp = WebP::from_bytes(input).map_err(corrupt)?;
    webp.chunks_mut()
        .retain(|chunk| KEPT.iter().any(|id| **id == chunk.id()));
    for chunk in webp.chunks_mut() {
        if chunk.id() != *b"VP8X" {
            continue;
        }
        let Some(data) = chunk.content().data() else {
            return Err(PhotoError::Corrupt("VP8X header"));
        };
        if data.is_empty() {
            return Err(PhotoError::Corrupt("VP8X header"));
        }
        let mut header = data.to_vec();
        // Clear the ICC (0x20), EXIF (0x08) and XMP (0x04) flags.
        header[0] &= !(0x20 | 0x08 | 0x04);
        *chunk = RiffChunk::new(*b"VP8X", RiffContent::Data(Bytes::from(header)));
    }
    let has_image = webp
        .chunks()
        .iter()
        .any(|c| matches!(&c.id(), b"VP8 " | b"VP8L" | b"ANMF"));
    if !has_image {
        return Err(PhotoError::Corrupt("no image data"));
    }
    let mut out = Vec::with_capacity(webp.len() as usize + 8);
    webp.encoder()
        .write_to(&mut out)
        .map_err(|_| PhotoError::Corrupt("rewriting"))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const JPEG: &[u8] = include_bytes!("testdata/gps.jpg");
    const PNG: &[u8] = include_bytes!("testdata/gps.png");
    const WEBP: &[u8] = include_bytes!("testdata/gps.webp");

    /// Bytes that betray metadata: EXIF and TIFF headers, the GPS rational
    /// of 48° (big- and little-endian), XMP, ICC, maker note, comments.
    const LEAKS: [&[u8]; 14] = [
        b"Exif\0\0",
        b"eXIf",
        b"II*\0",
        b"MM\0*",
        b"xmpmeta",
        b"http://ns.adobe.com/xap",
        b"SecretPhone",
        b"PhoneMaker",
        b"MAKERNOTE",
        b"COMMENT-MARKER",
        b"TEXT-MARKER",
        b"iCCP",
        b"ICC_PROFILE",
        b"acsp",
    ];

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    fn leaks(bytes: &[u8]) -> Vec<String> {
        LEAKS
            .iter()
            .filter(|l| contains(bytes, l))
            .map(|l| String::from_utf8_lossy(l).into_owned())
            .collect()
    }

    #[test]
    fn the_samples_do_carry_gps_metadata() {
        // The negative control: the scan finds the markers in the inputs.
        assert!(leaks(JPEG).len() >= 5, "{:?}", leaks(JPEG));
        assert!(leaks(PNG).len() >= 4, "{:?}", leaks(PNG));
        assert!(leaks(WEBP).len() >= 4, "{:?}", leaks(WEBP));
    }

    #[test]
    fn jpeg_png_and_webp_lose_every_metadata_block() {
        for (name, input, format) in [
            ("jpeg", JPEG, PhotoFormat::Jpeg),
            ("png", PNG, PhotoFormat::Png),
            ("webp", WEBP, PhotoFormat::Webp),
        ] {
            let out = strip_metadata(input).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(out.format, format);
            assert!(
                leaks(&out.bytes).is_empty(),
                "{name}: {:?}",
                leaks(&out.bytes)
            );
            assert!(out.bytes.len() < input.len(), "{name}");
            // Still the same container, which parses again, and stripping
            // is idempotent.
            let again = strip_metadata(&out.bytes).unwrap();
            assert_eq!(again.bytes, out.bytes, "{name}");
            println!(
                "{name}: {} bytes with metadata, {} after removal",
                input.len(),
                out.bytes.len()
            );
        }
    }

    #[test]
    fn jpeg_keeps_its_image_data_intact() {
        let out = strip_metadata(JPEG).unwrap().bytes;
        // The scan data (from SOS to EOI) is byte for byte the original.
        let sos = |b: &[u8]| b.windows(2).position(|w| w == [0xFF, 0xDA]).unwrap();
        assert_eq!(&out[sos(&out)..], &JPEG[sos(JPEG)..JPEG.len()]);
        assert!(out.ends_with(&[0xFF, 0xD9]));
        assert!(out.starts_with(&[0xFF, 0xD8]));
    }

    #[test]
    fn what_follows_the_end_of_a_jpeg_is_dropped() {
        // An MPF-like trailer: a second "image" with EXIF after EOI.
        let mut input = JPEG.to_vec();
        input.extend_from_slice(b"\xFF\xD8\xFF\xE1\x00\x10Exif\0\0MM\0*SecretPhone");
        let out = strip_metadata(&input).unwrap().bytes;
        assert!(leaks(&out).is_empty(), "{:?}", leaks(&out));
        assert_eq!(out, strip_metadata(JPEG).unwrap().bytes);
    }

    #[test]
    fn webp_flags_no_longer_announce_metadata() {
        let out = strip_metadata(WEBP).unwrap().bytes;
        let vp8x = out.windows(4).position(|w| w == b"VP8X");
        if let Some(at) = vp8x {
            assert_eq!(out[at + 8] & (0x20 | 0x08 | 0x04), 0);
        }
        // RIFF size field matches the file.
        let size = u32::from_le_bytes([out[4], out[5], out[6], out[7]]) as usize;
        assert_eq!(size + 8, out.len());
    }

    #[test]
    fn bad_photos_are_typed_errors() {
        assert_eq!(strip_metadata(b"").unwrap_err(), PhotoError::Empty);
        assert_eq!(
            strip_metadata(b"GIF89a....").unwrap_err(),
            PhotoError::UnknownFormat
        );
        let heic = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic";
        assert_eq!(
            strip_metadata(heic).unwrap_err(),
            PhotoError::HeicUnsupported
        );
        let heif = b"\0\0\0\x18ftypmif1\0\0\0\0mif1heix";
        assert_eq!(
            strip_metadata(heif).unwrap_err(),
            PhotoError::HeicUnsupported
        );
        for (name, input) in [("jpeg", JPEG), ("png", PNG), ("webp", WEBP)] {
            let truncated = &input[..input.len() / 2];
            assert!(
                matches!(strip_metadata(truncated), Err(PhotoError::Corrupt(_))),
                "{name}"
            );
        }
        let mut bad_crc = PNG.to_vec();
        let at = bad_crc.len() - 20;
        bad_crc[at] ^= 0xFF;
        assert!(matches!(
            strip_metadata(&bad_crc),
            Err(PhotoError::Corrupt(_))
        ));
        let huge = vec![0xFFu8; MAX_PHOTO_BYTES + 1];
        assert!(matches!(
            strip_metadata(&huge),
            Err(PhotoError::TooLarge { .. })
        ));
        // Errors never quote the bytes.
        let error = strip_metadata(b"\xFF\xD8\xFFSECRET")
            .unwrap_err()
            .to_string();
        assert!(!error.contains("SECRET"), "{error}");
    }
}
