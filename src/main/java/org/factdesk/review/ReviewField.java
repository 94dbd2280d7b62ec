package org.factdesk.review;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The fields of a review, in the order the claim page shows them: the one list the form, the conflict dialog and
 * the history's words follow. {@link #component()} is the {@link ReviewData} record component (and the key of a
 * revision's snapshot, which restoring reads), {@link #key()} the key of a revision's changes; stored history
 * holds both, so neither ever changes.
 */
public enum ReviewField {
    VERDICT("verdictId", "verdict", "Verdict", true, ReviewData::verdictId,
            (d, v) -> d.withVerdictId((Long) v)),
    RATIONALE("rationale", "rationale", "Rationale", true, ReviewData::rationale,
            (d, v) -> d.withRationale((String) v)),
    CLAIMANT("claimant", "claimant", "Claimant", true, ReviewData::claimant,
            (d, v) -> d.withClaimant((String) v)),
    CLAIM_DATE("claimDate", "claimDate", "Claim date", true, ReviewData::claimDate,
            (d, v) -> d.withClaimDate((java.time.LocalDate) v)),
    TAGS("tags", "tags", "Tags", false, ReviewData::tags, (d, v) -> d.withTags(tags(v))),
    ASSIGNEE("assignee", "assignee", "Assignee", false, ReviewData::assignee,
            (d, v) -> d.withAssignee((org.factdesk.team.UserId) v)),
    DUE_DATE("dueDate", "dueDate", "Due", false, ReviewData::dueDate,
            (d, v) -> d.withDueDate((java.time.LocalDate) v)),
    CLAIM_REVIEWED("claimReviewed", "claimReviewed", "Published wording", true, ReviewData::claimReviewed,
            (d, v) -> d.withClaimReviewed((String) v));

    private final String component;
    private final String key;
    private final String label;
    private final boolean published;
    private final Function<ReviewData, Object> value;
    private final BiFunction<ReviewData, Object, ReviewData> with;

    ReviewField(String component, String key, String label, boolean published, Function<ReviewData, Object> value,
                BiFunction<ReviewData, Object, ReviewData> with) {
        this.component = component;
        this.key = key;
        this.label = label;
        this.published = published;
        this.value = value;
        this.with = with;
    }

    /** The name of the {@link ReviewData} component, which is also the field's key in a revision's snapshot. */
    public String component() {
        return component;
    }

    /** The field's key in a revision's changes ({field: {before, after}}). */
    public String key() {
        return key;
    }

    /** What an editor calls the field. */
    public String label() {
        return label;
    }

    /** Whether a publication shows the field: changing it on a published claim sends the claim back to review. */
    public boolean published() {
        return published;
    }

    public Object value(ReviewData data) {
        return value.apply(data);
    }

    /** {@code data} with this field set to {@code newValue}, of the component's type. */
    public ReviewData with(ReviewData data, Object newValue) {
        return with.apply(data, newValue);
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> tags(Object value) {
        return (java.util.List<String>) value;
    }
}
