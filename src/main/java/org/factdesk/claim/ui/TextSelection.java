package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.Consumer;
import org.factdesk.base.ui.Notifications;
import tools.jackson.databind.json.JsonMapper;

/** What the editor has selected in a document's text, as character offsets, read from the browser (reader.js). */
final class TextSelection {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TextSelection() {
    }

    /** Calls {@code action} with [start, end] of the selection in {@code text}, or tells the editor to select first. */
    static void read(Component text, Consumer<int[]> action) {
        text.getElement().executeJs("return window.factdeskReader ? window.factdeskReader.selection(this) : 'null'")
                .then(String.class, json -> parse(json).ifPresentOrElse(action,
                        () -> Notifications.error("Select some text of the document first.")));
    }

    /** Calls {@code action} with the offset of the cursor (or the selection's start) in {@code text}. */
    static void readCursor(Component text, Consumer<Integer> action) {
        text.getElement().executeJs("return window.factdeskReader ? window.factdeskReader.selection(this, true) : 'null'")
                .then(String.class, json -> parse(json).ifPresentOrElse(sel -> action.accept(sel[0]),
                        () -> Notifications.error("Click in the claim's text where it should be split first.")));
    }

    /** reader.js's answer: {"start":…,"end":…} or null. */
    static Optional<int[]> parse(String json) {
        if (json == null || json.isBlank() || json.equals("null")) {
            return Optional.empty();
        }
        var node = JSON.readTree(json);
        if (node == null || node.isNull() || !node.has("start")) {
            return Optional.empty();
        }
        return Optional.of(new int[] {node.get("start").asInt(), node.get("end").asInt()});
    }
}
