"""Makes the photo samples of the metadata-removal tests: small real JPEG,
PNG and WebP files written by Pillow, each carrying EXIF with a GPS IFD
(48.8566 N, 2.3522 E), XMP, an ICC profile and text chunks/comments.
Run: python3 make_samples.py (needs pillow)."""

import io
import zlib

from PIL import Image, ImageCms, PngImagePlugin

GPS = {1: "N", 2: (48.0, 51.0, 23.76), 3: "E", 4: (2.0, 21.0, 7.92)}
XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
       b'<rdf:Description exif:GPSLatitude="48,51.396N" xmlns:exif="http://ns.adobe.com/exif/1.0/"/>'
       b'</rdf:RDF></x:xmpmeta>')


def image():
    img = Image.new("RGB", (32, 24))
    img.putdata([((x * 8) % 256, (y * 10) % 256, 128) for y in range(24) for x in range(32)])
    return img


def exif():
    e = Image.Exif()
    e[0x010F] = "PhoneMaker"        # Make
    e[0x0110] = "SecretPhone 12"    # Model
    e[0x8825] = GPS                 # GPS IFD
    e[0x927C] = b"MAKERNOTE-SERIAL-123456"  # maker note
    return e


def icc():
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


img = image()
img.save("gps.jpg", "JPEG", exif=exif(), icc_profile=icc(), comment=b"COMMENT-MARKER", xmp=XMP, quality=80)
info = PngImagePlugin.PngInfo()
info.add_text("Comment", "TEXT-MARKER")
info.add_itxt("XML:com.adobe.xmp", XMP.decode())
info.add_text("Author", "ZTXT-MARKER", zip=True)
img.save("gps.png", "PNG", exif=exif(), icc_profile=icc(), pnginfo=info)
img.save("gps.webp", "WEBP", exif=exif(), icc_profile=icc(), xmp=XMP, quality=80)
