package cn.ggw.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Tells what a file is from its bytes: magic numbers for JPEG, PNG and PDF; for zip archives the parts
 * inside (a Word document has word/document.xml, a workbook xl/workbook.xml). Reading an archive
 * expands every entry once with a budget, so a zip bomb is refused instead of filling the memory, and an
 * archive that is not what it claims is not taken for one.
 */
final class FileSniffer {

    /** What the bytes are: one of our kinds, a zip that is none of them, or something else. */
    sealed interface Sniffed permits Known, Unknown, Refused {
    }

    record Known(FileKind kind) implements Sniffed {
    }

    /** Not one of our kinds; {@code what} names it for the message when we can ("zip", "html", "gif" …). */
    record Unknown(String what) implements Sniffed {
    }

    /** Recognisably an archive but unsafe or broken: {@code reason} is a message key. */
    record Refused(String reason) implements Sniffed {
    }

    private static final long MAX_EXPANDED = 300L * 1024 * 1024;
    private static final int MAX_ENTRIES = 10_000;

    private FileSniffer() {
    }

    static Sniffed sniff(byte[] d) {
        if (Images.isJpeg(d)) {
            return new Known(FileKind.JPEG);
        }
        if (Images.isPng(d)) {
            return new Known(FileKind.PNG);
        }
        if (startsWith(d, "%PDF-")) {
            return new Known(FileKind.PDF);
        }
        if (startsWith(d, "PK\u0003\u0004")) {
            return office(d);
        }
        return new Unknown(guess(d));
    }

    /** DOCX or XLSX by the parts inside, with the whole archive expanded once under a budget. */
    private static Sniffed office(byte[] d) {
        // Compressed text rarely expands more than 100 times; a bomb expands thousands of times.
        long budget = Math.min(MAX_EXPANDED, 100L * d.length + 10L * 1024 * 1024);
        Set<String> names = new HashSet<>();
        long expanded = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(d), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (names.size() >= MAX_ENTRIES) {
                    return new Refused("files.archive.bomb");
                }
                names.add(entry.getName());
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    expanded += n;
                    if (expanded > budget) {
                        return new Refused("files.archive.bomb");
                    }
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            return new Refused("files.archive.damaged");
        } catch (IOException e) {
            return new Refused("files.archive.damaged");
        }
        if (names.isEmpty()) {
            return new Refused("files.archive.damaged");
        }
        boolean office = names.contains("[Content_Types].xml");
        if (names.stream().anyMatch(n -> n.toLowerCase().endsWith("vbaproject.bin"))) {
            return new Refused("files.archive.macros");
        }
        if (office && names.contains("word/document.xml")) {
            return new Known(FileKind.DOCX);
        }
        if (office && names.contains("xl/workbook.xml")) {
            return new Known(FileKind.XLSX);
        }
        return new Unknown(office ? "office" : "zip");
    }

    /** A name for common kinds we do not take, for the message ("the content is a GIF"). */
    private static String guess(byte[] d) {
        if (startsWith(d, "GIF8")) {
            return "gif";
        }
        if (d.length >= 8 && (d[0] & 0xFF) == 0xD0 && (d[1] & 0xFF) == 0xCF && (d[2] & 0xFF) == 0x11 && (d[3] & 0xFF) == 0xE0) {
            return "ole"; // old .doc/.xls, or an encrypted Office file
        }
        if (startsWith(d, "RIFF") && d.length >= 12 && new String(d, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return "webp";
        }
        if (d.length >= 12 && new String(d, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")) {
            String brand = new String(d, 8, 4, StandardCharsets.ISO_8859_1);
            return brand.startsWith("hei") || brand.startsWith("mif") ? "heic" : "video";
        }
        if (startsWith(d, "MZ") || startsWith(d, "\u007fELF")) {
            return "program";
        }
        String head = new String(d, 0, Math.min(d.length, 512), StandardCharsets.ISO_8859_1).trim().toLowerCase();
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<script") || head.startsWith("<svg")
                || head.startsWith("<?xml")) {
            return head.contains("<svg") ? "svg" : "html";
        }
        return "unknown";
    }

    private static boolean startsWith(byte[] d, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        return d.length >= p.length && Arrays.equals(d, 0, p.length, p, 0, p.length);
    }

    /** Reads at most {@code limit + 1} bytes: one more than allowed tells "too large" without reading the rest. */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
    }

    static Optional<FileKind> known(Sniffed s) {
        return s instanceof Known k ? Optional.of(k.kind()) : Optional.empty();
    }
}
