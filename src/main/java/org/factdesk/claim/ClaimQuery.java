package org.factdesk.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.source.DocumentId;
import org.factdesk.team.UserId;

/**
 * Filters for a project's claims; any may be null. {@code verdictId}, {@code assignee} and {@code tag} filter on the
 * claim's review; {@code sourceChanged} keeps the claims whose source changed under a review (the queue).
 */
public record ClaimQuery(DocumentId document, String outlet, ClaimStatus status, Integer minScore, Integer maxScore,
                         String text, Boolean hasFigure, String claimant, Long verdictId, UserId assignee, String tag,
                         Boolean sourceChanged) {

    public ClaimQuery(DocumentId document, String outlet, ClaimStatus status, Integer minScore, Integer maxScore,
                      String text, Boolean hasFigure, String claimant) {
        this(document, outlet, status, minScore, maxScore, text, hasFigure, claimant, null, null, null, null);
    }

    public static ClaimQuery all() {
        return new ClaimQuery(null, null, null, null, null, null, null, null);
    }

    public ClaimQuery withReview(Long newVerdictId, UserId newAssignee, String newTag) {
        return new ClaimQuery(document, outlet, status, minScore, maxScore, text, hasFigure, claimant, newVerdictId,
                newAssignee, newTag, sourceChanged);
    }

    public ClaimQuery withSourceChanged(Boolean changed) {
        return new ClaimQuery(document, outlet, status, minScore, maxScore, text, hasFigure, claimant, verdictId,
                assignee, tag, changed);
    }

    /**
     * The filter as URL query parameters ({@code status=published&outlet=…}), so that one page can hand what
     * it shows to another, such as the claims list to the report builder.
     */
    public Map<String, List<String>> parameters() {
        var p = new HashMap<String, List<String>>();
        put(p, "document", document == null ? null : String.valueOf(document.value()));
        put(p, "outlet", outlet);
        put(p, "status", status == null ? null : status.name().toLowerCase(Locale.ROOT));
        put(p, "minScore", minScore == null ? null : minScore.toString());
        put(p, "maxScore", maxScore == null ? null : maxScore.toString());
        put(p, "q", text);
        put(p, "figures", Boolean.TRUE.equals(hasFigure) ? "true" : null);
        put(p, "claimant", claimant);
        put(p, "verdict", verdictId == null ? null : verdictId.toString());
        put(p, "assignee", assignee == null ? null : String.valueOf(assignee.value()));
        put(p, "tag", tag);
        put(p, "queue", Boolean.TRUE.equals(sourceChanged) ? "source-changed" : null);
        return p;
    }

    /** The filter back from {@link #parameters()}; anything malformed is left out rather than refused. */
    public static ClaimQuery fromParameters(Map<String, List<String>> p) {
        Long document = number(p, "document");
        ClaimStatus status = null;
        for (ClaimStatus s : ClaimStatus.values()) {
            if (s.name().equalsIgnoreCase(text(p, "status"))) {
                status = s;
            }
        }
        Long assignee = number(p, "assignee");
        return new ClaimQuery(document == null ? null : new DocumentId(document), text(p, "outlet"), status,
                score(p, "minScore"), score(p, "maxScore"), text(p, "q"),
                "true".equals(text(p, "figures")) ? Boolean.TRUE : null, text(p, "claimant"), number(p, "verdict"),
                assignee == null ? null : new UserId(assignee), text(p, "tag"),
                "source-changed".equals(text(p, "queue")) ? Boolean.TRUE : null);
    }

    private static void put(Map<String, List<String>> p, String key, String value) {
        if (value != null && !value.isBlank()) {
            p.put(key, new ArrayList<>(List.of(value)));
        }
    }

    private static String text(Map<String, List<String>> p, String key) {
        var values = p.getOrDefault(key, List.of());
        return values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().strip();
    }

    private static Long number(Map<String, List<String>> p, String key) {
        String text = text(p, key);
        return text == null || !text.matches("\\d{1,18}") ? null : Long.parseLong(text);
    }

    private static Integer score(Map<String, List<String>> p, String key) {
        Long n = number(p, key);
        return n == null || n > 100 ? null : n.intValue();
    }
}
