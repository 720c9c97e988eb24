package cn.ggw.documents;

import cn.ggw.files.Images;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A Word document (DOCX) laid out as a Chinese official document (GB/T 9704-2012) that opens cleanly in Word
 * and WPS for an office to edit: A4, margins 37/35/28/26 mm; title 2号 方正小标宋简体 centred; body 3号
 * 仿宋_GB2312, first line indented two characters, fixed line spacing (22 lines a page); headings 黑体 (一、),
 * 楷体_GB2312 (（一）), 仿宋 bold (1.); tables in 仿宋 with a header row repeated on every page; images at the
 * text width with a 楷体 caption; page numbers "— 1 —" in 4号 宋体, odd pages right, even pages left.
 * <pre>
 *   byte[] docx = OfficialDocument.create()
 *           .title("洮北区关工委工作制度").subtitle("（2013年7月修订）")
 *           .heading(1, "总则").clause("第一条", "为……制定本制度。")
 *           .richText(rule.body, files::bytes)
 *           .signature("洮北区关心下一代工作委员会", LocalDate.of(2013, 7, 15))
 *           .toBytes();
 * </pre>
 * Large documents: {@link #write(OutputStream)} streams; pictures are read one at a time while writing
 * (those of {@link #richText} through the given function, at that moment) and stored uncompressed, so 80
 * photos of 2.5 MB need a few MB of heap, not 200. Photos given as bytes to {@link #image} wait in a temporary
 * file, deleted when the document is written or dropped. Headings are numbered 一、/（一）/1. unless their text
 * already starts with a number ("第一章 总则", "三、…").
 */
public final class OfficialDocument {

    private static final Cleaner CLEANER = Cleaner.create();
    /** Pictures smaller than this stay in memory; larger ones wait in a temporary file. */
    private static final int SPILL_ABOVE = 256 * 1024;

    sealed interface Element permits Title, Subtitle, Heading, Paragraph, Clause, ListItem, Table, Image, Contents, PageBreak,
            Signature {
    }

    record Title(String text) implements Element {
    }

    record Subtitle(String text) implements Element {
    }

    record Heading(int level, String text) implements Element {
    }

    record Paragraph(String text) implements Element {
    }

    record Clause(String number, String text) implements Element {
    }

    record ListItem(boolean ordered, String text) implements Element {
    }

    record Table(List<String> header, List<List<String>> rows) implements Element {
    }

    /** A picture, loaded only when the document is written; null or unreadable bytes leave a note in its place. */
    record Image(PictureSource source, String caption) implements Element {
    }

    record Contents(List<String> entries) implements Element {
    }

    record PageBreak() implements Element {
    }

    record Signature(String issuer, LocalDate date) implements Element {
    }

    @FunctionalInterface
    interface PictureSource {
        byte[] load() throws IOException;
    }

    private final List<Element> elements = new ArrayList<>();
    private final SpillFiles spill = new SpillFiles();
    private boolean autoNumber = true;

    private OfficialDocument() {
        CLEANER.register(this, spill);
    }

    public static OfficialDocument create() {
        return new OfficialDocument();
    }

    /** The title (2号 方正小标宋简体, centred); a line break in the text breaks the title there. */
    public OfficialDocument title(String text) {
        elements.add(new Title(required(text, "title")));
        return this;
    }

    /** A line under the title (3号 楷体_GB2312, centred), e.g. "（2013年7月15日区关工委全体会议通过）". */
    public OfficialDocument subtitle(String text) {
        elements.add(new Subtitle(required(text, "subtitle")));
        return this;
    }

    /** Level 1 (黑体, 一、), 2 (楷体_GB2312, （一）) or 3 (仿宋_GB2312 bold, 1.). */
    public OfficialDocument heading(int level, String text) {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("heading level 1–3: " + level);
        }
        elements.add(new Heading(level, required(text, "heading")));
        return this;
    }

    /** Body text; each line of the text is a paragraph of its own. */
    public OfficialDocument paragraph(String text) {
        elements.add(new Paragraph(Objects.requireNonNullElse(text, "")));
        return this;
    }

    /** A numbered clause of a rule: "第三条" in 黑体, then the text. */
    public OfficialDocument clause(String number, String text) {
        elements.add(new Clause(required(number, "clause number"), Objects.requireNonNullElse(text, "")));
        return this;
    }

    /** An item of a list: numbered （1）（2）… while items follow each other, or with a bullet. */
    public OfficialDocument listItem(boolean ordered, String text) {
        elements.add(new ListItem(ordered, Objects.requireNonNullElse(text, "")));
        return this;
    }

    /** A table with a header row (repeated on every page); short rows are padded with empty cells. */
    public OfficialDocument table(List<String> header, List<List<String>> rows) {
        elements.add(new Table(List.copyOf(header), rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList()));
        return this;
    }

    /** A JPEG or PNG at the text width, with a caption below (may be null). Refuses other bytes. */
    public OfficialDocument image(byte[] jpegOrPng, String caption) {
        try {
            Images.info(jpegOrPng);
        } catch (Images.DamagedImage e) {
            throw new IllegalArgumentException("not a JPEG or PNG picture", e);
        }
        PictureSource source;
        if (jpegOrPng.length > SPILL_ABOVE) {
            Path file = spill.keep(jpegOrPng);
            source = () -> Files.readAllBytes(file);
        } else {
            byte[] copy = jpegOrPng.clone();
            source = () -> copy;
        }
        elements.add(new Image(source, caption));
        return this;
    }

    /** A contents page: "目  录" and the entries, one a line (without page numbers). */
    public OfficialDocument tableOfContents(List<String> entries) {
        elements.add(new Contents(List.copyOf(entries)));
        return this;
    }

    public OfficialDocument pageBreak() {
        elements.add(new PageBreak());
        return this;
    }

    /** The issuer and the date ("2013年7月15日") at the end, right-aligned, four characters from the margin. */
    public OfficialDocument signature(String issuer, LocalDate date) {
        elements.add(new Signature(required(issuer, "issuer"), Objects.requireNonNull(date, "date")));
        return this;
    }

    /**
     * A rich-text body: headings, paragraphs, clauses, list items, and images whose bytes {@code images} gives
     * for a file id when the document is written (e.g. {@code fileService::bytes}); an image it cannot give
     * (null, or not a picture) leaves its caption with a note.
     */
    public OfficialDocument richText(RichText body, Function<Long, byte[]> images) {
        if (body == null || body.blocks() == null) {
            return this;
        }
        for (RichText.Block b : body.blocks()) {
            if (b == null || b.type() == null) {
                continue;
            }
            switch (b.type()) {
                case HEADING -> heading(b.level() == null ? 1 : Math.max(1, Math.min(3, b.level())), Objects.requireNonNullElse(b.text(), ""));
                case PARAGRAPH -> paragraph(b.text());
                case CLAUSE -> clause(Objects.requireNonNullElse(b.number(), ""), b.text());
                case LIST_ITEM -> listItem(Boolean.TRUE.equals(b.ordered()), b.text());
                case IMAGE -> {
                    Long id = b.fileId();
                    elements.add(new Image(() -> id == null ? null : images.apply(id), b.caption()));
                }
            }
        }
        return this;
    }

    /** Whether headings get 一、/（一）/1. in front when their text does not start with a number (default on). */
    public OfficialDocument numberHeadings(boolean on) {
        this.autoNumber = on;
        return this;
    }

    /** The whole document in memory: for small documents; stream large ones with {@link #write}. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the DOCX; the stream is not closed. */
    public void write(OutputStream out) throws IOException {
        new DocxRenderer(autoNumber).render(elements, out);
    }

    private static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a " + what + " needs text");
        }
        return text;
    }

    /** Temporary files of pictures given as bytes; deleted when the document is dropped (or at exit). */
    private static final class SpillFiles implements Runnable {
        private final List<Path> files = new ArrayList<>();

        synchronized Path keep(byte[] bytes) {
            try {
                Path file = Files.createTempFile("ggw-docx-", ".img");
                file.toFile().deleteOnExit();
                Files.write(file, bytes);
                files.add(file);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public synchronized void run() {
            for (Path file : files) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // deleteOnExit remains
                }
            }
            files.clear();
        }
    }
}
