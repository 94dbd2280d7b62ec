package org.factdesk.report;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A streaming JSON generator for the JSON-based formats, with the few null-safe writes they all need. Every
 * {@code <}, {@code >} and {@code &} in a text is written as a Unicode escape: publishers paste JSON-LD into a
 * {@code <script>} block, which a {@code </script>} in any text would otherwise end.
 */
final class JsonOut {

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .characterEscapes(new ScriptSafe()).build()).build();

    private static final class ScriptSafe extends CharacterEscapes {

        private final int[] codes = standardAsciiEscapesForJSON();

        ScriptSafe() {
            codes['<'] = ESCAPE_CUSTOM;
            codes['>'] = ESCAPE_CUSTOM;
            codes['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return codes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return new SerializedString(String.format("\\u%04x", ch));
        }
    }

    final JsonGenerator json;

    JsonOut(OutputStream out) {
        this.json = MAPPER.createGenerator(out);
    }

    void text(String name, String value) {
        if (value != null) {
            json.writeStringProperty(name, value);
        }
    }

    void textOrNull(String name, String value) {
        json.writeStringProperty(name, value);
    }

    void number(String name, Number value) {
        if (value != null) {
            json.writeName(name);
            json.writeNumber(value.longValue());
        }
    }

    void date(String name, LocalDate value) {
        textOrNull(name, value == null ? null : value.toString());
    }

    void time(String name, Instant value) {
        textOrNull(name, value == null ? null : value.toString());
    }

    /** JSON the database already holds as text (facts, signals, changes), written as it is: only the JSON export has any. */
    void raw(String name, String jsonText) {
        json.writeName(name);
        json.writeRawValue(jsonText == null || jsonText.isBlank() ? "null" : jsonText);
    }

    void flush() {
        json.flush();
    }
}
