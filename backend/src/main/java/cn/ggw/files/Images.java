package cn.ggw.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Reads and cleans JPEG and PNG files by their structure, without decoding a pixel: dimensions, the EXIF
 * orientation, and a copy without metadata. Phones write where a photo was taken (GPS), the device, the
 * owner's name and often a full-size preview into EXIF/XMP/IPTC segments, PNG text and eXIf chunks, or
 * after the end of the image; none of it survives {@link #scrub}. What a viewer needs stays: the pixels,
 * the colour profile (ICC), Adobe's colour transform, and the orientation (rewritten as the only EXIF tag).
 */
public final class Images {

    /** Width, height and EXIF orientation (1–8; 1 = upright, 6 = turn right, 8 = turn left, 3 = upside down). */
    public record Info(FileKind kind, int width, int height, int orientation) {

        /** Whether the picture is shown turned by a quarter (width and height swap on screen). */
        public boolean quarterTurned() {
            return orientation >= 5 && orientation <= 8;
        }
    }

    /** A JPEG or PNG that does not hold together. */
    public static final class DamagedImage extends Exception {
        DamagedImage(String why) {
            super(why);
        }
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** PNG chunks a viewer needs (critical, colour, transparency, animation); text, eXIf, tIME and the rest go. */
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP",
            "sBIT", "bKGD", "pHYs", "hIST", "cICP", "acTL", "fcTL", "fdAT");

    private Images() {
    }

    /** Info of a JPEG or PNG. */
    public static Info info(byte[] data) throws DamagedImage {
        if (isJpeg(data)) {
            return jpeg(data, null);
        }
        if (isPng(data)) {
            return png(data, null);
        }
        throw new DamagedImage("neither JPEG nor PNG");
    }

    /** The same picture without metadata (see the class comment). */
    public static byte[] scrub(byte[] data) throws DamagedImage {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        if (isJpeg(data)) {
            jpeg(data, out);
        } else if (isPng(data)) {
            png(data, out);
        } else {
            throw new DamagedImage("neither JPEG nor PNG");
        }
        return out.toByteArray();
    }

    static boolean isJpeg(byte[] d) {
        return d.length >= 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8 && (d[2] & 0xFF) == 0xFF;
    }

    static boolean isPng(byte[] d) {
        return d.length >= 8 && Arrays.equals(d, 0, 8, PNG_SIGNATURE, 0, 8);
    }

    // ---- JPEG ----------------------------------------------------------------------------------

    /** Walks the segments; with {@code out} it writes the kept ones there. */
    private static Info jpeg(byte[] d, ByteArrayOutputStream out) throws DamagedImage {
        int width = 0;
        int height = 0;
        int orientation = 1;
        boolean sawScan = false;
        boolean wroteOrientation = false;
        int pos = 2;
        if (out != null) {
            out.write(0xFF);
            out.write(0xD8);
        }
        while (true) {
            if (pos >= d.length) {
                if (!sawScan) {
                    throw new DamagedImage("ends before the picture");
                }
                // Truncated after the picture data: close it properly.
                if (out != null) {
                    out.write(0xFF);
                    out.write(0xD9);
                }
                break;
            }
            if ((d[pos] & 0xFF) != 0xFF) {
                throw new DamagedImage("no marker at " + pos);
            }
            while (pos < d.length && (d[pos] & 0xFF) == 0xFF) {
                pos++; // fill bytes
            }
            if (pos >= d.length) {
                throw new DamagedImage("ends in a marker");
            }
            int marker = d[pos++] & 0xFF;
            if (marker == 0xD9) { // EOI: anything after it (trailers, appended previews) is dropped
                if (out != null) {
                    out.write(0xFF);
                    out.write(0xD9);
                }
                break;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                if (out != null) {
                    out.write(0xFF);
                    out.write(marker);
                }
                continue;
            }
            if (marker == 0xD8 || marker == 0x00) {
                throw new DamagedImage("unexpected marker " + marker);
            }
            if (pos + 2 > d.length) {
                throw new DamagedImage("segment length missing");
            }
            int length = ((d[pos] & 0xFF) << 8) | (d[pos + 1] & 0xFF);
            if (length < 2 || pos + length > d.length) {
                throw new DamagedImage("segment runs past the end");
            }
            int payload = pos + 2;
            int payloadLength = length - 2;
            int segmentStart = pos - 2;
            int segmentEnd = pos + length;
            boolean keep;
            if (isStartOfFrame(marker)) {
                if (payloadLength < 6) {
                    throw new DamagedImage("short frame header");
                }
                height = ((d[payload + 1] & 0xFF) << 8) | (d[payload + 2] & 0xFF);
                width = ((d[payload + 3] & 0xFF) << 8) | (d[payload + 4] & 0xFF);
                keep = true;
            } else if (marker == 0xE0) { // APP0: JFIF is rewritten without its thumbnail; JFXX (thumbnails) goes
                keep = false;
                if (out != null && startsWith(d, payload, payloadLength, "JFIF\0") && payloadLength >= 12) {
                    out.write(0xFF);
                    out.write(0xE0);
                    out.write(0);
                    out.write(16);
                    out.write(d, payload, 12);
                    out.write(0); // no thumbnail
                    out.write(0);
                }
            } else if (marker == 0xE1) { // APP1: EXIF (GPS, device, preview) and XMP go; the orientation is kept
                keep = false;
                if (startsWith(d, payload, payloadLength, "Exif\0\0")) {
                    orientation = exifOrientation(d, payload + 6, payloadLength - 6);
                }
            } else if (marker == 0xE2) { // APP2: the colour profile stays; MPF (more pictures), FlashPix go
                keep = startsWith(d, payload, payloadLength, "ICC_PROFILE\0");
            } else if (marker == 0xEE) { // APP14 Adobe: how to read the colours
                keep = startsWith(d, payload, payloadLength, "Adobe");
            } else if ((marker >= 0xE3 && marker <= 0xEF) || marker == 0xFE) { // other APPn (IPTC …), comments
                keep = false;
            } else {
                keep = true;
            }
            if (out != null && !wroteOrientation && keep && marker != 0xE2 && marker != 0xEE) {
                // The first table or frame segment: every APPn before it has been seen, so the orientation is known.
                writeOrientation(out, orientation);
                wroteOrientation = true;
            }
            if (out != null && keep) {
                out.write(d, segmentStart, segmentEnd - segmentStart);
            }
            pos = segmentEnd;
            if (marker == 0xDA) { // SOS: entropy-coded data up to the next marker that is not a restart or stuffing
                sawScan = true;
                int scan = pos;
                while (scan + 1 < d.length) {
                    if ((d[scan] & 0xFF) == 0xFF) {
                        int next = d[scan + 1] & 0xFF;
                        if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) {
                            break;
                        }
                    }
                    scan++;
                }
                if (scan + 1 >= d.length) {
                    scan = d.length;
                }
                if (out != null) {
                    out.write(d, pos, scan - pos);
                }
                pos = scan;
            }
        }
        if (width <= 0 || height <= 0) {
            throw new DamagedImage("no frame size");
        }
        if (!sawScan) {
            throw new DamagedImage("no picture data");
        }
        return new Info(FileKind.JPEG, width, height, orientation);
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /** A minimal EXIF segment holding only the orientation tag (nothing when the picture is upright). */
    private static void writeOrientation(ByteArrayOutputStream out, int orientation) {
        if (orientation == 1) {
            return;
        }
        byte[] tiff = {
                'M', 'M', 0, 42, 0, 0, 0, 8,                   // big-endian TIFF, IFD0 at offset 8
                0, 1,                                          // one entry
                0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation, SHORT, 1 value
                0, 0, 0, 0};                                   // no next IFD
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + header.length + tiff.length;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(header, 0, header.length);
        out.write(tiff, 0, tiff.length);
    }

    /** The Orientation tag of IFD0 in a TIFF block; 1 when absent or unreadable. */
    static int exifOrientation(byte[] d, int start, int length) {
        if (length < 8) {
            return 1;
        }
        boolean little = d[start] == 'I' && d[start + 1] == 'I';
        boolean big = d[start] == 'M' && d[start + 1] == 'M';
        if (!little && !big) {
            return 1;
        }
        long ifd = u32(d, start + 4, little);
        if (ifd < 8 || ifd + 2 > length) {
            return 1;
        }
        int entries = u16(d, start + (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = start + (int) ifd + 2 + i * 12;
            if (entry + 12 > start + length) {
                return 1;
            }
            if (u16(d, entry, little) == 0x0112) {
                int value = u16(d, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] d, int at, boolean little) {
        int a = d[at] & 0xFF;
        int b = d[at + 1] & 0xFF;
        return little ? (b << 8) | a : (a << 8) | b;
    }

    private static long u32(byte[] d, int at, boolean little) {
        long v = 0;
        for (int i = 0; i < 4; i++) {
            int b = d[at + (little ? 3 - i : i)] & 0xFF;
            v = (v << 8) | b;
        }
        return v;
    }

    private static boolean startsWith(byte[] d, int at, int length, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        return length >= p.length && Arrays.equals(d, at, at + p.length, p, 0, p.length);
    }

    // ---- PNG -----------------------------------------------------------------------------------

    private static Info png(byte[] d, ByteArrayOutputStream out) throws DamagedImage {
        int pos = 8;
        int width = 0;
        int height = 0;
        boolean sawData = false;
        boolean sawEnd = false;
        if (out != null) {
            out.write(d, 0, 8);
        }
        CRC32 crc = new CRC32();
        while (pos + 12 <= d.length) {
            long length = u32(d, pos, false);
            if (length > d.length - pos - 12) {
                throw new DamagedImage("chunk runs past the end");
            }
            String type = new String(d, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (!type.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                throw new DamagedImage("bad chunk type");
            }
            int end = pos + 12 + (int) length;
            crc.reset();
            crc.update(d, pos + 4, 4 + (int) length);
            if (crc.getValue() != u32(d, end - 4, false)) {
                throw new DamagedImage("chunk checksum wrong: " + type);
            }
            if (pos == 8) {
                if (!"IHDR".equals(type) || length != 13) {
                    throw new DamagedImage("IHDR is not first");
                }
                width = (int) Math.min(Integer.MAX_VALUE, u32(d, pos + 8, false));
                height = (int) Math.min(Integer.MAX_VALUE, u32(d, pos + 12, false));
            }
            sawData |= "IDAT".equals(type);
            if (out != null && PNG_KEPT.contains(type)) {
                out.write(d, pos, end - pos);
            }
            pos = end;
            if ("IEND".equals(type)) { // anything after the end is dropped
                sawEnd = true;
                break;
            }
        }
        if (width <= 0 || height <= 0 || !sawData || !sawEnd) {
            throw new DamagedImage("incomplete PNG");
        }
        return new Info(FileKind.PNG, width, height, 1);
    }
}
