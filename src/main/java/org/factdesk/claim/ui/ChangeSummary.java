package org.factdesk.claim.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.factdesk.base.TextDifference;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.team.UserId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A revision's changes in words, for the claim page's history: "Verdict: — → Mostly true · Assignee: — → Rosa".
 * History stores ids and JSON ({field: {before, after}}); an editor reads labels and names.
 */
public final class ChangeSummary {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LONGEST_VALUE = 80;

    /** Review fields in the order the form shows them; anything else (evidence, comments) follows. */
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("status", "Status");
        LABELS.put("reason", "Why");
        LABELS.put("verdict", "Verdict");
        LABELS.put("rationale", "Rationale");
        LABELS.put("claimant", "Claimant");
        LABELS.put("claimDate", "Claim date");
        LABELS.put("tags", "Tags");
        LABELS.put("assignee", "Assignee");
        LABELS.put("dueDate", "Due");
        LABELS.put("claimReviewed", "Published wording");
        LABELS.put("evidence", "Evidence");
        LABELS.put("comment", "Comment");
        LABELS.put("quote", "Quote");
        LABELS.put("score", "Score");
        LABELS.put("version", "Source version");
        LABELS.put("start", "Start");
        LABELS.put("end", "End");
        LABELS.put("anchor", "Anchor");
        LABELS.put("match", "Match %");
        LABELS.put("absorbed", "Merged claim");
    }

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
        return of(changes.toString(), id -> "level " + id, id -> "user " + id.value());
    }

    public static String of(String changes, Function<Long, String> verdictLabel, Function<UserId, String> personName) {
        JsonNode root = changes == null || changes.isBlank() ? JSON.createObjectNode() : JSON.readTree(changes);
        var fields = new ArrayList<String>(LABELS.keySet().stream().filter(root::has).toList());
        root.propertyNames().stream().filter(f -> !LABELS.containsKey(f)).forEach(fields::add);
        var parts = new ArrayList<String>();
        for (String field : fields) {
            JsonNode change = root.get(field);
            String label = LABELS.getOrDefault(field, field);
            if (field.equals("rationale") && change.isObject() && textual(change.get("before"))
                    && textual(change.get("after"))) {
                // a rationale is long: say which words changed rather than cut both openings off
                parts.add(label + ": " + TextDifference.of(change.get("before").asString(),
                        change.get("after").asString()));
            } else if (change.isObject() && change.has("before") && change.has("after")) {
                parts.add(label + ": " + value(field, change.get("before"), verdictLabel, personName) + " → "
                        + value(field, change.get("after"), verdictLabel, personName));
            } else {
                parts.add(label + ": " + value(field, change, verdictLabel, personName));
            }
        }
        return parts.isEmpty() ? "—" : String.join(" · ", parts);
    }

    private static boolean textual(JsonNode value) {
        return value != null && value.isString() && !value.asString().isBlank();
    }

    private static String value(String field, JsonNode value, Function<Long, String> verdictLabel,
                                Function<UserId, String> personName) {
        if (value == null || value.isNull() || value.isArray() && value.isEmpty()
                || value.isString() && value.asString().isBlank()) {
            return "—";
        }
        return switch (field) {
            case "verdict" -> verdictLabel.apply(value.asLong());
            case "assignee" -> personName.apply(new UserId(value.asLong()));
            case "status" -> java.util.Arrays.stream(ClaimStatus.values()).filter(st -> st.name().equals(value.asString()))
                    .map(ClaimStatus::label).findFirst().orElse(value.asString());
            default -> {
                String text = value.isArray()
                        ? String.join(", ", StreamSupport.stream(value.spliterator(), false).map(JsonNode::asString)
                                .toList())
                        : value.isString() ? value.asString() : value.toString();
                String clean = text.strip().replaceAll("\\s+", " ");
                yield clean.length() > LONGEST_VALUE ? clean.substring(0, LONGEST_VALUE - 1) + "…" : clean;
            }
        };
    }
}
