package org.factdesk.report;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** A streaming JSON generator for the JSON-based formats, with the few null-safe writes they all need. */
final class JsonOut {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

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

    /** JSON the database already holds as text (facts, signals, changes), written as it is. */
    void raw(String name, String jsonText) {
        json.writeName(name);
        json.writeRawValue(jsonText == null || jsonText.isBlank() ? "null" : jsonText);
    }

    void flush() {
        json.flush();
    }
}
