package cn.ggw.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * JSON is taken only as the contract types it: no 1.5 → 1 for an id, no 123 → "123" for a name, no "1" → 1,
 * no 0/1 for booleans; and no string may carry a NUL or another C0 control character other than tab and
 * line breaks (PostgreSQL refuses NUL; the others are never typed by a person), nor an invisible text-direction
 * control (U+202A–U+202E, U+2066–U+2069: "名单\u202Egpj.exe" shows as "名单exe.jpg"; right-to-left letters need none
 * of them). Each is a 400 naming the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // One JSON value per body: "{}{}" was read as "{}" with the rest ignored (found by ContractFuzzTest).
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // An empty or blank string ("", " ", and to Jackson also "\u0000") would otherwise become null for a number or a
        // boolean: {"unitId": "\u0000"} exported the caller's whole scope instead of being refused.
        for (LogicalType numeric : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(numeric)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("ggw-strict-strings").addDeserializer(String.class, new CleanStrings()));
    }

    /** Whether a person could have typed this: no C0 control characters but tab, LF and CR. */
    public static boolean hasControlCharacter(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds an invisible direction override, embedding or isolate, which makes it show other than it is. */
    public static boolean hasDirectionControl(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                return true;
            }
        }
        return false;
    }

    /** Strings as Jackson reads them, refusing control characters and non-string tokens. */
    static final class CleanStrings extends StdScalarDeserializer<String> {

        CleanStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)
                        || p.hasToken(JsonToken.VALUE_TRUE) || p.hasToken(JsonToken.VALUE_FALSE)) {
                    return (String) ctxt.handleUnexpectedToken(String.class, p);
                }
                return StringDeserializer.instance.deserialize(p, ctxt);
            }
            String value = p.getText();
            if (hasControlCharacter(value)) {
                throw ctxt.weirdStringException(value, String.class, "control character");
            }
            if (hasDirectionControl(value)) {
                throw ctxt.weirdStringException(value, String.class, "direction control");
            }
            return value;
        }
    }
}
