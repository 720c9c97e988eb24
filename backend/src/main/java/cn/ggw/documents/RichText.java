package cn.ggw.documents;

import cn.ggw.common.ProblemException;
import cn.ggw.common.ProblemException.FieldViolation;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A structured body (a rule's text, a write-up, a bulletin): a flat list of blocks, each plain text. Inert by
 * construction — no HTML is stored, parsed or rendered anywhere; {@code <script>} typed into a body stays
 * those nine characters and is shown as text. Stored as JSON (jsonb); validate with {@link #check(String)}
 * before storing.
 */
@Schema(name = "RichText", description = "A body of plain-text blocks (headings, paragraphs, numbered clauses, list items, images). "
        + "No HTML: any markup typed in stays text.")
public record RichText(
        @Schema(required = true, description = "At most 2,000 blocks") List<Block> blocks) {

    public static final int MAX_BLOCKS = 2_000;
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_NUMBER = 20;
    public static final int MAX_CAPTION = 200;
    /** At most this many problems are reported at once. */
    private static final int MAX_REPORTED = 20;

    /** What a block is. */
    @Schema(name = "RichTextBlockType", description = "HEADING (level 1–3), PARAGRAPH, CLAUSE (number like 第三条 + text), "
            + "LIST_ITEM (ordered or not), IMAGE (a stored file with a caption)")
    public enum BlockType {
        HEADING, PARAGRAPH, CLAUSE, LIST_ITEM, IMAGE
    }

    /** One block; only the fields of its type are set. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RichTextBlock", description = "HEADING: level, text. PARAGRAPH: text. CLAUSE: number, text. "
            + "LIST_ITEM: ordered, text. IMAGE: fileId, caption. Text is plain (newlines allowed), at most 10,000 characters.")
    public record Block(
            @Schema(required = true) BlockType type,
            @Schema(nullable = true, description = "HEADING only: 1 (一、), 2 (（一）) or 3 (1.)", examples = "1") Integer level,
            @Schema(nullable = true, description = "CLAUSE only", examples = "第三条") String number,
            @Schema(nullable = true, description = "LIST_ITEM only: numbered (true) or bulleted") Boolean ordered,
            @Schema(nullable = true, description = "Plain text; HTML stays text", examples = "每月召开一次例会。") String text,
            @Schema(nullable = true, description = "IMAGE only: a stored file (JPEG or PNG)", examples = "1201") Long fileId,
            @Schema(nullable = true, description = "IMAGE only: the caption, one line", examples = "2013年7月例会") String caption) {

        public static Block heading(int level, String text) {
            return new Block(BlockType.HEADING, level, null, null, text, null, null);
        }

        public static Block paragraph(String text) {
            return new Block(BlockType.PARAGRAPH, null, null, null, text, null, null);
        }

        public static Block clause(String number, String text) {
            return new Block(BlockType.CLAUSE, null, number, null, text, null, null);
        }

        public static Block listItem(boolean ordered, String text) {
            return new Block(BlockType.LIST_ITEM, null, null, ordered, text, null, null);
        }

        public static Block image(long fileId, String caption) {
            return new Block(BlockType.IMAGE, null, null, null, null, fileId, caption);
        }
    }

    public static RichText of(Block... blocks) {
        return new RichText(List.of(blocks));
    }

    public static RichText empty() {
        return new RichText(List.of());
    }

    /**
     * Returns this body when it may be stored; otherwise a 400 naming each bad field below {@code field}
     * ({@code body.blocks[7].text}): at most 2,000 blocks of 10,000 characters, no control characters but
     * newline, known types only, and only the fields each type has.
     */
    public RichText check(String field) {
        List<FieldViolation> problems = new ArrayList<>();
        String base = field == null || field.isEmpty() ? "blocks" : field + ".blocks";
        if (blocks == null) {
            problems.add(new FieldViolation(base, "richtext.blocks.required", new Object[0]));
        } else if (blocks.size() > MAX_BLOCKS) {
            problems.add(new FieldViolation(base, "richtext.blocks.too-many", new Object[] {MAX_BLOCKS}));
        } else {
            for (int i = 0; i < blocks.size() && problems.size() < MAX_REPORTED; i++) {
                checkBlock(blocks.get(i), base + "[" + i + "]", problems);
            }
        }
        if (!problems.isEmpty()) {
            List<FieldViolation> reported = problems.subList(0, Math.min(problems.size(), MAX_REPORTED));
            throw new ProblemException(400, "validation", "problem.validation.detail", reported);
        }
        return this;
    }

    private static void checkBlock(Block b, String at, List<FieldViolation> problems) {
        if (b == null) {
            problems.add(new FieldViolation(at, "richtext.block.required", new Object[0]));
            return;
        }
        if (b.type() == null) {
            problems.add(new FieldViolation(at + ".type", "richtext.type.required", new Object[0]));
            return;
        }
        BlockType t = b.type();
        allowed(b.level(), t == BlockType.HEADING, at + ".level", t, problems);
        allowed(b.number(), t == BlockType.CLAUSE, at + ".number", t, problems);
        allowed(b.ordered(), t == BlockType.LIST_ITEM, at + ".ordered", t, problems);
        allowed(b.text(), t != BlockType.IMAGE, at + ".text", t, problems);
        allowed(b.fileId(), t == BlockType.IMAGE, at + ".fileId", t, problems);
        allowed(b.caption(), t == BlockType.IMAGE, at + ".caption", t, problems);
        switch (t) {
            case HEADING -> {
                if (b.level() == null || b.level() < 1 || b.level() > 3) {
                    problems.add(new FieldViolation(at + ".level", "richtext.level.range", new Object[0]));
                }
                text(b.text(), at + ".text", true, MAX_TEXT, problems);
            }
            case PARAGRAPH, LIST_ITEM -> text(b.text(), at + ".text", true, MAX_TEXT, problems);
            case CLAUSE -> {
                line(b.number(), at + ".number", true, MAX_NUMBER, problems);
                text(b.text(), at + ".text", true, MAX_TEXT, problems);
            }
            case IMAGE -> {
                if (b.fileId() == null || b.fileId() <= 0) {
                    problems.add(new FieldViolation(at + ".fileId", "richtext.file.required", new Object[0]));
                }
                line(b.caption(), at + ".caption", false, MAX_CAPTION, problems);
            }
        }
    }

    private static void allowed(Object value, boolean typeHasIt, String at, BlockType type, List<FieldViolation> problems) {
        if (value != null && !typeHasIt) {
            problems.add(new FieldViolation(at, "richtext.field.not-allowed", new Object[] {type.name()}));
        }
    }

    private static void text(String value, String at, boolean required, int max, List<FieldViolation> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldViolation(at, "richtext.text.required", new Object[0]));
            }
            return;
        }
        if (value.length() > max) {
            problems.add(new FieldViolation(at, "richtext.text.too-long", new Object[] {max}));
        } else if (!clean(value, true)) {
            problems.add(new FieldViolation(at, "richtext.text.control", new Object[0]));
        }
    }

    private static void line(String value, String at, boolean required, int max, List<FieldViolation> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldViolation(at, "richtext.text.required", new Object[0]));
            }
            return;
        }
        if (value.length() > max) {
            problems.add(new FieldViolation(at, "richtext.text.too-long", new Object[] {max}));
        } else if (!clean(value, false)) {
            problems.add(new FieldViolation(at, "richtext.text.single-line", new Object[0]));
        }
    }

    /**
     * No control characters (newline only where allowed), no halves of surrogate pairs (PostgreSQL refuses them
     * in jsonb) and no non-characters U+FFFE/U+FFFF (XML refuses them in a DOCX).
     */
    static boolean clean(String s, boolean newlines) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                if (!newlines) {
                    return false;
                }
            } else if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The words of the body, one block a line, for search and for comparing versions. */
    public String plainText() {
        if (blocks == null) {
            return "";
        }
        return blocks.stream().filter(Objects::nonNull).map(RichText::plain).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    private static String plain(Block b) {
        if (b.type() == null) {
            return "";
        }
        return switch (b.type()) {
            case CLAUSE -> String.join(" ", nonNull(b.number(), b.text()));
            case IMAGE -> b.caption() == null ? "" : b.caption();
            default -> b.text() == null ? "" : b.text();
        };
    }

    private static List<String> nonNull(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isEmpty()).toList();
    }

    /** The stored files the body shows, in order, each once: claim them with {@code FileService.attach}. */
    public List<Long> fileIds() {
        if (blocks == null) {
            return List.of();
        }
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        for (Block b : blocks) {
            if (b != null && b.type() == BlockType.IMAGE && b.fileId() != null) {
                ids.add(b.fileId());
            }
        }
        return List.copyOf(ids);
    }
}
