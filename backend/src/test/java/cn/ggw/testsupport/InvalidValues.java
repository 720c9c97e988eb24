package cn.ggw.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Values that a field or parameter of the contract must refuse, generated with jqwik's arbitraries from the field's
 * schema: wrong JSON types, NUL, other control characters and the right-to-left override (U+202E) inside text,
 * overlong text, huge, negative and fractional numbers, impossible dates, values outside an enumeration. Drawn with
 * a {@link Random} from {@link TestRun}, so a failing run is made again with its seed.
 */
public final class InvalidValues {

    private static final int GEN_SIZE = 1000;

    private InvalidValues() {
    }

    /** Text no field takes: with NUL or another control character, the RTL override, or far too long. */
    public static Arbitrary<String> text() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('一', '龥').ofMinLength(1).ofMaxLength(8);
        Arbitrary<Character> control = Arbitraries.chars().range('\u0001', '\u001f').filter(c -> c != '\t' && c != '\n' && c != '\r');
        return Arbitraries.oneOf(
                word.map(w -> w + '\u0000' + w),
                Arbitraries.just("\u0000"),
                net.jqwik.api.Combinators.combine(word, control).as((w, c) -> w + c + w),
                word.map(w -> '\u202E' + w),
                word.map(w -> w + "\u202Egpj.exe"),
                Arbitraries.integers().between(5_000, 40_000).map(n -> "长".repeat(n)));
    }

    /**
     * Numbers no integer field takes: beyond 64 bits, fractions, and the extremes of 64 bits (no id, count or version
     * reaches them). -1 and 0 only where the schema's minimum excludes them ({@link #outside}): an age of 0 is valid.
     */
    public static Arbitrary<Object> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE).map(n -> (Object) n),
                Arbitraries.bigIntegers().between(BigInteger.TWO.pow(63), BigInteger.TEN.pow(40)).map(n -> (Object) n),
                Arbitraries.of(new BigDecimal("1.5"), new BigDecimal("-0.5"), new BigDecimal("1e400"), new BigDecimal("-1e308")).map(n -> (Object) n));
    }

    /**
     * The same things as a URL carries them: every value is text there. Overlong, but within what the HTTP layer reads
     * (a request line of 64 KiB, percent-encoded: 9 bytes a Chinese character): the application's own limit (4,096
     * characters, a 414 problem) is what is tested. Beyond the HTTP layer's limits Vert.x answers a bare 414/431 from its
     * codec before any request exists, which no application code can see (quarkusio/quarkus#55082, open).
     */
    public static Arbitrary<String> urlText() {
        return Arbitraries.oneOf(text().filter(s -> s.length() < 5_000),
                Arbitraries.integers().between(4_100, 6_000).map(n -> "长".repeat(n)),
                numbers().map(String::valueOf),
                Arbitraries.of("abc", "1.5", "-1", "true", "[]", "{}", "%", "..%2f..%2f", "-999999999-01-01", "+999999999-12-31",
                        "2026-13-45", "0000-00-00", "NaN", "1e400", "' or '1'='1", "%00", "\\"));
    }

    /** Just below the schema's minimum and just above its maximum (a huge number when it declares neither). */
    static Arbitrary<Object> outside(JsonNode schema) {
        List<Object> values = new java.util.ArrayList<>();
        if (schema.has("minimum")) {
            values.add(schema.get("minimum").asLong() - 1);
        }
        if (schema.has("maximum")) {
            values.add(schema.get("maximum").asLong() + 1);
        }
        if (values.isEmpty()) {
            values.add(BigInteger.TEN.pow(20));
        }
        return Arbitraries.of(values);
    }

    /** An invalid JSON value for a field of this (resolved) schema: the wrong type, or the right type with a value none may have. */
    public static Arbitrary<Object> forSchema(JsonNode schema) {
        String type = Schemas.type(schema);
        Arbitrary<Object> wrongTypeForText = Arbitraries.of(123, 1.5, true, List.of(), Map.of()).map(v -> (Object) v);
        Arbitrary<Object> textual = text().map(s -> (Object) s);
        return switch (type) {
            case "integer" -> Arbitraries.oneOf(numbers(), outside(schema), textual, Arbitraries.of("1", "abc", true, List.of(1), Map.of()).map(v -> (Object) v));
            case "number" -> Arbitraries.oneOf(Arbitraries.of(new BigDecimal("1e400"), new BigDecimal("-1e400")).map(v -> (Object) v), textual,
                    Arbitraries.of("1.5", true, List.of()).map(v -> (Object) v));
            case "boolean" -> Arbitraries.of("true", "yes", 1, 0, 1.5, List.of(), Map.of()).map(v -> (Object) v);
            case "array" -> Arbitraries.oneOf(Arbitraries.of("x", 1, Map.of("a", 1)).map(v -> (Object) v),
                    forSchema(Schemas.resolve(schema.path("items"))).list().ofMinSize(1).ofMaxSize(3).map(v -> (Object) v));
            case "object" -> Arbitraries.of("x", 1, true, List.of(1)).map(v -> (Object) v);
            default -> {
                if (schema.has("enum")) {
                    yield Arbitraries.oneOf(textual, wrongTypeForText,
                            Arbitraries.of("NOT_A_VALUE", schema.path("enum").path(0).asText().toLowerCase(java.util.Locale.ROOT) + "\u0000").map(v -> (Object) v));
                }
                if ("date".equals(schema.path("format").asText()) || "LocalDate".equals(schema.path("title").asText())) {
                    yield Arbitraries.oneOf(textual, wrongTypeForText,
                            Arbitraries.of("-999999999-01-01", "+999999999-12-31", "2026-13-45", "0000-00-00", "2026-02-30", "20260501").map(v -> (Object) v));
                }
                yield Arbitraries.oneOf(textual, textual, wrongTypeForText);
            }
        };
    }

    /** One value drawn from an arbitrary with the given generator. */
    public static <T> T draw(Arbitrary<T> arbitrary, Random random) {
        return arbitrary.generator(GEN_SIZE, true).next(random).value();
    }
}
