package cn.ggw.documents;

import cn.ggw.common.Messages;
import cn.ggw.common.ProblemException;
import cn.ggw.documents.RichText.Block;
import cn.ggw.documents.RichText.BlockType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RichTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static RichText valid() {
        return RichText.of(
                Block.heading(1, "总则"),
                Block.paragraph("第一行\n第二行"),
                Block.clause("第三条", "每月召开一次例会。"),
                Block.listItem(true, "学习"),
                Block.listItem(false, "交流"),
                Block.image(12, "例会照片"),
                Block.image(13, null),
                Block.image(12, "同一张照片"));
    }

    /** The fields named in a refusal, in order. */
    static List<String> fields(RichText body) {
        ProblemException e = assertThrows(ProblemException.class, () -> body.check("body"));
        assertEquals(400, e.status());
        return e.fieldViolations().stream().map(ProblemException.FieldViolation::field).toList();
    }

    @Test
    @DisplayName("a body with every kind of block passes and is returned as it is")
    void valid_passes() {
        RichText body = valid();
        assertSame(body, body.check("body"));
    }

    @Test
    @DisplayName("<script> and onerror= typed into a body are stored and read back as the same plain characters")
    void markupStaysText() throws Exception {
        String script = "<script>alert('x')</script>";
        String handler = "<img src=x onerror=\"alert(1)\">";
        RichText body = RichText.of(Block.paragraph(script), Block.heading(2, handler), Block.image(5, "<b onmouseover=alert(1)>"));
        body.check("body");
        String json = JSON.writeValueAsString(body);
        RichText back = JSON.readValue(json, RichText.class);
        assertEquals(body, back);
        assertEquals(script, back.blocks().get(0).text());
        assertEquals(handler, back.blocks().get(1).text());
        assertTrue(back.plainText().contains(script) && back.plainText().contains(handler));
        assertFalse(json.contains("\"fileId\":null"), "fields a block does not have are left out of the stored JSON");
    }

    @Test
    @DisplayName("plainText: one block a line, clause numbers kept, image captions included")
    void plainText() {
        assertEquals("总则\n第一行\n第二行\n第三条 每月召开一次例会。\n学习\n交流\n例会照片\n同一张照片", valid().plainText());
    }

    @Test
    @DisplayName("fileIds: the pictures in order, each once")
    void fileIds() {
        assertEquals(List.of(12L, 13L), valid().fileIds());
    }

    @Test
    @DisplayName("more than 2,000 blocks: 400 on body.blocks")
    void tooManyBlocks() {
        RichText body = new RichText(Collections.nCopies(2001, Block.paragraph("x")));
        assertEquals(List.of("body.blocks"), fields(body));
        new RichText(Collections.nCopies(2000, Block.paragraph("x"))).check("body");
    }

    @Test
    @DisplayName("a block of more than 10,000 characters: 400 on body.blocks[7].text")
    void tooLong() {
        List<Block> blocks = new ArrayList<>(valid().blocks());
        blocks.add(Block.paragraph("字".repeat(10_001)));
        assertEquals(List.of("body.blocks[8].text"), fields(new RichText(blocks)));
        blocks.set(8, Block.paragraph("字".repeat(10_000)));
        new RichText(blocks).check("body");
    }

    @Test
    @DisplayName("control characters other than newline (bell, NUL, tab, a lone surrogate half) are refused; newlines pass")
    void controlCharacters() {
        assertEquals(List.of("body.blocks[0].text", "body.blocks[1].text", "body.blocks[2].text", "body.blocks[3].text"),
                fields(RichText.of(Block.paragraph("响\u0007铃"), Block.paragraph("a\u0000b"), Block.paragraph("a\tb"),
                        Block.paragraph("half \uD83D pair"), Block.paragraph("two\nlines"), Block.paragraph("emoji 😀 ok"))));
    }

    @Test
    @DisplayName("clause numbers and captions are one line")
    void singleLines() {
        assertEquals(List.of("body.blocks[0].number", "body.blocks[1].caption"),
                fields(RichText.of(Block.clause("第三\n条", "x"), Block.image(3, "two\nlines"))));
    }

    @Test
    @DisplayName("heading levels 1–3 only, and required")
    void headingLevels() {
        assertEquals(List.of("body.blocks[0].level", "body.blocks[1].level", "body.blocks[2].level"),
                fields(RichText.of(Block.heading(0, "x"), Block.heading(4, "x"),
                        new Block(BlockType.HEADING, null, null, null, "x", null, null))));
    }

    @Test
    @DisplayName("fields only where the type has them; required ones present")
    void fieldsByType() {
        assertEquals(List.of("body.blocks[0].fileId", "body.blocks[1].text", "body.blocks[2].level", "body.blocks[3].fileId",
                        "body.blocks[4].text", "body.blocks[5].number", "body.blocks[6].type", "body.blocks[7]"),
                fields(new RichText(java.util.Arrays.asList(
                        new Block(BlockType.PARAGRAPH, null, null, null, "x", 5L, null),
                        new Block(BlockType.IMAGE, null, null, null, "x", 5L, null),
                        new Block(BlockType.CLAUSE, 1, "第一条", null, "x", null, null),
                        new Block(BlockType.IMAGE, null, null, null, null, null, "c"),
                        new Block(BlockType.PARAGRAPH, null, null, null, " ", null, null),
                        new Block(BlockType.CLAUSE, null, null, null, "x", null, null),
                        new Block(null, null, null, null, "x", null, null),
                        null))));
    }

    @Test
    @DisplayName("no block list at all: 400 on body.blocks; an empty list is an empty body")
    void missingBlocks() {
        assertEquals(List.of("body.blocks"), fields(new RichText(null)));
        RichText.empty().check("body");
    }

    @Test
    @DisplayName("an unknown block type in JSON is refused when read (the API answers 400 naming it)")
    void unknownType() {
        assertThrows(InvalidFormatException.class,
                () -> JSON.readValue("{\"blocks\":[{\"type\":\"HTML\",\"text\":\"<b>x</b>\"}]}", RichText.class));
    }

    @Test
    @DisplayName("every refusal has words in both languages")
    void messages() {
        for (String key : List.of("richtext.blocks.required", "richtext.blocks.too-many", "richtext.block.required", "richtext.type.required",
                "richtext.text.required", "richtext.text.too-long", "richtext.text.control", "richtext.text.single-line",
                "richtext.level.range", "richtext.file.required", "richtext.field.not-allowed")) {
            assertFalse(Messages.text(Messages.CHINESE, key, "X").equals(key), key);
            assertFalse(Messages.text(Messages.ENGLISH, key, "X").equals(key), key);
        }
    }
}
