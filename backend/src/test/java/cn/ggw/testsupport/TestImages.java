package cn.ggw.testsupport;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/** Pictures made by tests: plain JPEGs and PNGs, and a phone photo carrying GPS in EXIF and XMP. */
public final class TestImages {

    /** Where the test photo claims to have been taken (洮北区): these numbers must not survive an upload. */
    public static final int LATITUDE_DEGREES = 45;
    public static final int LATITUDE_MINUTES = 37;
    public static final int LONGITUDE_DEGREES = 122;
    public static final String CAMERA = "TestPhone GPSCam 9";
    public static final String XMP_MARKER = "exif:GPSLatitude=\"45,37.2N\"";

    private TestImages() {
    }

    public static BufferedImage picture(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 4, height / 4); // top-left marker: tells which way the picture is turned
        g.dispose();
        return img;
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    public static byte[] encode(BufferedImage img, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A JPEG as a phone writes it: EXIF with the camera, the orientation (6: turn right to view) and a GPS
     * position; an XMP packet with the position again; an IPTC block and a comment; bytes after the end.
     */
    public static byte[] phonePhotoWithGps(int width, int height) {
        byte[] plain = jpeg(width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), exifWithGps()));
        segment(out, 0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF><rdf:Description "
                + XMP_MARKER + " exif:GPSLongitude=\"122,50.0E\"/></rdf:RDF></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
        segment(out, 0xED, "Photoshop 3.0\08BIM\u0004\u0004 洮北区 GPS".getBytes(StandardCharsets.UTF_8));
        segment(out, 0xFE, ("shot by " + CAMERA).getBytes(StandardCharsets.UTF_8));
        out.write(plain, 2, plain.length - 2);
        out.writeBytes("TRAILER GPS 45.62N 122.83E".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** A PNG with a tEXt chunk, an eXIf chunk (with GPS) and bytes after IEND. */
    public static byte[] pngWithText(int width, int height) {
        byte[] plain = png(width, height);
        int ihdrEnd = 8 + 8 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, ihdrEnd);
        chunk(out, "tEXt", "Comment\0GPS 45.62N 122.83E".getBytes(StandardCharsets.ISO_8859_1));
        chunk(out, "eXIf", exifWithGps());
        out.write(plain, ihdrEnd, plain.length - ihdrEnd);
        out.writeBytes("TRAILER GPS".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** Big-endian TIFF: IFD0 {Make, Orientation = 6, GPSInfo → GPS IFD {N, 45°37'12.34", E, 122°50'0"}}. */
    static byte[] exifWithGps() {
        byte[] make = (CAMERA + "\0").getBytes(StandardCharsets.ISO_8859_1);
        int ifd0 = 8;
        int ifd0Size = 2 + 3 * 12 + 4;
        int makeAt = ifd0 + ifd0Size;
        int gpsAt = makeAt + make.length;
        int gpsSize = 2 + 4 * 12 + 4;
        int latAt = gpsAt + gpsSize;
        int lonAt = latAt + 24;
        ByteBuffer b = ByteBuffer.allocate(lonAt + 24);
        b.put(new byte[] {'M', 'M', 0, 42}).putInt(ifd0);
        b.putShort((short) 3);
        entry(b, 0x010F, 2, make.length, makeAt);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        entry(b, 0x8825, 4, 1, gpsAt);
        b.putInt(0);
        b.put(make);
        b.putShort((short) 4);
        b.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        entry(b, 2, 5, 3, latAt);
        b.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        entry(b, 4, 5, 3, lonAt);
        b.putInt(0);
        b.putInt(LATITUDE_DEGREES).putInt(1).putInt(LATITUDE_MINUTES).putInt(1).putInt(1234).putInt(100);
        b.putInt(LONGITUDE_DEGREES).putInt(1).putInt(50).putInt(1).putInt(0).putInt(1);
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** The segments of a JPEG before its picture data, read independently of the code under test. */
    public record Segment(int marker, byte[] payload) {
        public String ascii() {
            return new String(payload, StandardCharsets.ISO_8859_1);
        }
    }

    public static List<Segment> jpegSegments(byte[] d) {
        List<Segment> segments = new ArrayList<>();
        int pos = 2;
        while (pos + 4 <= d.length) {
            int marker = d[pos + 1] & 0xFF;
            int length = ((d[pos + 2] & 0xFF) << 8) | (d[pos + 3] & 0xFF);
            byte[] payload = new byte[length - 2];
            System.arraycopy(d, pos + 4, payload, 0, payload.length);
            segments.add(new Segment(marker, payload));
            if (marker == 0xDA) {
                break;
            }
            pos += 2 + length;
        }
        return segments;
    }

    /** The tags of IFD0 in an EXIF payload ("Exif\0\0" + big- or little-endian TIFF), with their first SHORT value. */
    public static java.util.Map<Integer, Integer> exifTags(byte[] exif) {
        java.util.Map<Integer, Integer> tags = new java.util.LinkedHashMap<>();
        ByteBuffer b = ByteBuffer.wrap(exif, 6, exif.length - 6).slice();
        b.order(b.get(0) == 'I' ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        int ifd = b.getInt(4);
        int n = b.getShort(ifd) & 0xFFFF;
        for (int i = 0; i < n; i++) {
            int at = ifd + 2 + i * 12;
            tags.put(b.getShort(at) & 0xFFFF, b.getShort(at + 8) & 0xFFFF);
        }
        return tags;
    }
}
