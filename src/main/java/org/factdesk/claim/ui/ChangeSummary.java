package org.factdesk.claim.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.factdesk.base.TextDifference;
import org.factdesk.claim.ClaimRevisionAction;
import org.factdesk.claim.ClaimStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A revision's changes in words, for the history of the reader and of the claim page: "Status: Suggested → To check
 * · Assignee: — → Rosa". History stores ids and JSON ({field: {before, after}}); an editor reads labels and names.
 * Each module says what its own keys are called ({@link Label}): the claim's are here, the review's in its module.
 */
public final class ChangeSummary {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LONGEST_VALUE = 80;

    /**
     * What a key of a revision's changes is called, and how a stored value reads ({@code name}: from the value's
     * text, such as an id, to words; null: the text itself). A {@code prose} value is long text: a change of it
     * names the words that changed rather than cut both openings off.
     */
    public record Label(String key, String text, boolean prose, Function<String, String> name) {

        public static Label of(String key, String text) {
            return new Label(key, text, false, null);
        }
    }

    /** A claim's status change, which the review history shows too: first, as the form's fields follow it. */
    public static final List<Label> STATUS = List.of(
            new Label(ClaimRevisionAction.STATUS_KEY, "Status", false, ChangeSummary::statusLabel),
            Label.of("reason", "Why"));

    /** The rest of a claim's own history. */
    private static final List<Label> CLAIM = List.of(Label.of("quote", "Quote"), Label.of("score", "Score"),
            Label.of("version", "Source version"), Label.of("start", "Start"), Label.of("end", "End"),
            Label.of("anchor", "Anchor"), Label.of("match", "Match %"), Label.of("absorbed", "Merged claim"));

    private ChangeSummary() {
    }

    /** A claim's own revision ({before: {...}, after: {...}}) in the same words, for the reader's history. */
    public static String ofClaim(String before, String after) {
        var changes = JSON.createObjectNode();
        JsonNode old = before == null ? JSON.createObjectNode() : JSON.readTree(before);
        JsonNode now = after == null ? JSON.createObjectNode() : JSON.readTree(after);
        var fields = new java.util.LinkedHashSet<String>(old.propertyNames());
        fields.addAll(now.propertyNames());
        for (String field : fields) {
            var change = JSON.createObjectNode();
            change.set("before", old.has(field) ? old.get(field) : JSON.nullNode());
            change.set("after", now.has(field) ? now.get(field) : JSON.nullNode());
            changes.set(field, !old.has(field) ? now.get(field) : !now.has(field) ? old.get(field) : change);
        }
        var labels = new ArrayList<>(STATUS);
        labels.addAll(CLAIM);
        return of(changes.toString(), labels);
    }

    /** The changes in words, the keys {@code labels} knows in its order, then any others by their key. */
    public static String of(String changes, List<Label> labels) {
        JsonNode root = changes == null || changes.isBlank() ? JSON.createObjectNode() : JSON.readTree(changes);
        var byKey = new LinkedHashMap<String, Label>();
        labels.forEach(l -> byKey.put(l.key(), l));
        var fields = new ArrayList<String>(byKey.keySet().stream().filter(root::has).toList());
        root.propertyNames().stream().filter(f -> !byKey.containsKey(f)).forEach(fields::add);
        var parts = new ArrayList<String>();
        for (String field : fields) {
            JsonNode change = root.get(field);
            var label = byKey.getOrDefault(field, Label.of(field, field));
            if (label.prose() && change.isObject() && textual(change.get("before")) && textual(change.get("after"))) {
                parts.add(label.text() + ": " + TextDifference.of(change.get("before").asString(),
                        change.get("after").asString()));
            } else if (change.isObject() && change.has("before") && change.has("after")) {
                parts.add(label.text() + ": " + value(label, change.get("before")) + " → "
                        + value(label, change.get("after")));
            } else {
                parts.add(label.text() + ": " + value(label, change));
            }
        }
        return parts.isEmpty() ? "—" : String.join(" · ", parts);
    }

    private static String statusLabel(String name) {
        return java.util.Arrays.stream(ClaimStatus.values()).filter(st -> st.name().equals(name))
                .map(ClaimStatus::label).findFirst().orElse(name);
    }

    private static boolean textual(JsonNode value) {
        return value != null && value.isString() && !value.asString().isBlank();
    }

    private static String value(Label label, JsonNode value) {
        if (value == null || value.isNull() || value.isArray() && value.isEmpty()
                || value.isString() && value.asString().isBlank()) {
            return "—";
        }
        if (label.name() != null && !value.isContainer()) {
            return label.name().apply(value.asString());
        }
        String text = value.isArray()
                ? String.join(", ", StreamSupport.stream(value.spliterator(), false).map(JsonNode::asString).toList())
                : value.isString() ? value.asString() : value.toString();
        String clean = text.strip().replaceAll("\\s+", " ");
        return clean.length() > LONGEST_VALUE ? clean.substring(0, LONGEST_VALUE - 1) + "…" : clean;
    }
}
