package cn.ggw.testsupport;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Values that a field or parameter of the contract must refuse, generated from the field's schema: wrong JSON types,
 * NUL, other control characters and the right-to-left override (U+202E) inside text, overlong text, huge, negative
 * and fractional numbers, impossible dates, values outside an enumeration. Every value is drawn with a
 * {@link Random} from {@link TestRun}, so a failing run is made again with its seed.
 */
public final class InvalidValues {

    /** A generator of values: one draw per call, from the run's random source. */
    @FunctionalInterface
    public interface Gen<T> {

        T next(Random random);

        default <R> Gen<R> map(Function<? super T, ? extends R> f) {
            return random -> f.apply(next(random));
        }

        default Gen<T> filter(Predicate<? super T> keep) {
            return random -> {
                for (int i = 0; i < 1_000; i++) {
                    T value = next(random);
                    if (keep.test(value)) {
                        return value;
                    }
                }
                throw new IllegalStateException("no generated value passes the filter");
            };
        }

        default Gen<List<T>> list(int min, int max) {
            return random -> {
                List<T> values = new ArrayList<>();
                for (int i = min + random.nextInt(max - min + 1); i > 0; i--) {
                    values.add(next(random));
                }
                return values;
            };
        }
    }

    private InvalidValues() {
    }

    /** One of these values. */
    @SafeVarargs
    public static <T> Gen<T> of(T... values) {
        return random -> values[random.nextInt(values.length)];
    }

    /** A value from one of these generators, each as likely. */
    @SafeVarargs
    public static <T> Gen<T> oneOf(Gen<? extends T>... generators) {
        return random -> generators[random.nextInt(generators.length)].next(random);
    }

    public static <T> T draw(Gen<T> generator, Random random) {
        return generator.next(random);
    }

    private static Gen<Integer> between(int min, int max) {
        return random -> min + random.nextInt(max - min + 1);
    }

    /** A short word of Latin letters or CJK characters. */
    private static Gen<String> word() {
        return random -> {
            StringBuilder word = new StringBuilder();
            boolean cjk = random.nextBoolean();
            for (int i = 1 + random.nextInt(8); i > 0; i--) {
                word.append(cjk ? (char) ('一' + random.nextInt('龥' - '一' + 1)) : (char) ('a' + random.nextInt(26)));
            }
            return word.toString();
        };
    }

    /** Text no field takes: with NUL or another control character, the RTL override, or far too long. */
    public static Gen<String> text() {
        Gen<Character> control = of('\u0001', '\u0002', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f');
        return oneOf(
                word().map(w -> w + '\u0000' + w),
                of("\u0000"),
                random -> { String w = word().next(random); return w + control.next(random) + w; },
                word().map(w -> '\u202E' + w),
                word().map(w -> w + "\u202Egpj.exe"),
                between(5_000, 40_000).map("长"::repeat));
    }

    /**
     * Numbers no integer field takes: beyond 64 bits, fractions, and the extremes of 64 bits (no id, count or version
     * reaches them). -1 and 0 only where the schema's minimum excludes them ({@link #outside}): an age of 0 is valid.
     */
    public static Gen<Object> numbers() {
        BigInteger from = BigInteger.TWO.pow(63);
        BigInteger span = BigInteger.TEN.pow(40).subtract(from);
        return oneOf(
                of(Long.MIN_VALUE, Long.MAX_VALUE),
                random -> from.add(new BigInteger(span.bitLength(), random).mod(span)),
                of(new BigDecimal("1.5"), new BigDecimal("-0.5"), new BigDecimal("1e400"), new BigDecimal("-1e308")));
    }

    /**
     * The same things as a URL carries them: every value is text there. Overlong, but within what the HTTP layer reads
     * (a request line of 64 KiB, percent-encoded: 9 bytes a Chinese character): the application's own limit (4,096
     * characters, a 414 problem) is what is tested. Beyond the HTTP layer's limits Vert.x answers a bare 414/431 from its
     * codec before any request exists, which no application code can see (quarkusio/quarkus#55082, open).
     */
    public static Gen<String> urlText() {
        return oneOf(text().filter(s -> s.length() < 5_000),
                between(4_100, 6_000).map("长"::repeat),
                numbers().map(String::valueOf),
                of("abc", "1.5", "-1", "true", "[]", "{}", "%", "..%2f..%2f", "-999999999-01-01", "+999999999-12-31",
                        "2026-13-45", "0000-00-00", "NaN", "1e400", "' or '1'='1", "%00", "\\"));
    }

    /** Just below the schema's minimum and just above its maximum (a huge number when it declares neither). */
    static Gen<Object> outside(JsonNode schema) {
        List<Object> values = new ArrayList<>();
        if (schema.has("minimum")) {
            values.add(schema.get("minimum").asLong() - 1);
        }
        if (schema.has("maximum")) {
            values.add(schema.get("maximum").asLong() + 1);
        }
        if (values.isEmpty()) {
            values.add(BigInteger.TEN.pow(20));
        }
        return of(values.toArray());
    }

    /** An invalid JSON value for a field of this (resolved) schema: the wrong type, or the right type with a value none may have. */
    public static Gen<Object> forSchema(JsonNode schema) {
        String type = Schemas.type(schema);
        Gen<Object> wrongTypeForText = of(123, 1.5, true, List.of(), Map.of());
        Gen<Object> textual = text().map(s -> (Object) s);
        return switch (type) {
            case "integer" -> oneOf(numbers(), outside(schema), textual, of("1", "abc", true, List.of(1), Map.of()));
            case "number" -> oneOf(of(new BigDecimal("1e400"), new BigDecimal("-1e400")), textual, of("1.5", true, List.of()));
            case "boolean" -> of("true", "yes", 1, 0, 1.5, List.of(), Map.of());
            case "array" -> oneOf(of("x", 1, Map.of("a", 1)), forSchema(Schemas.resolve(schema.path("items"))).list(1, 3).map(v -> (Object) v));
            case "object" -> of("x", 1, true, List.of(1));
            default -> {
                if (schema.has("enum")) {
                    yield oneOf(textual, wrongTypeForText,
                            of("NOT_A_VALUE", schema.path("enum").path(0).asText().toLowerCase(Locale.ROOT) + "\u0000"));
                }
                if ("date".equals(schema.path("format").asText()) || "LocalDate".equals(schema.path("title").asText())) {
                    yield oneOf(textual, wrongTypeForText,
                            of("-999999999-01-01", "+999999999-12-31", "2026-13-45", "0000-00-00", "2026-02-30", "20260501"));
                }
                yield oneOf(textual, textual, wrongTypeForText);
            }
        };
    }
}
