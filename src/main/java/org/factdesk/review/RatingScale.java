package org.factdesk.review;

import java.util.List;
import java.util.Optional;

/** A project's levels in display order, numbered 1… for the keyboard. */
public record RatingScale(List<RatingLevel> levels) {

    public Optional<RatingLevel> level(Long id) {
        return id == null ? Optional.empty() : levels.stream().filter(l -> l.id() == id).findFirst();
    }

    public Optional<RatingLevel> byLabel(String label) {
        return levels.stream().filter(l -> l.label().equalsIgnoreCase(label.strip())).findFirst();
    }

    /** Best and worst rating values among levels on the scale, for ClaimReview. */
    public int best() {
        return best(levels.stream().map(RatingLevel::value).toList());
    }

    public int worst() {
        return worst(levels.stream().map(RatingLevel::value).toList());
    }

    /** Levels valued 0 (such as "Unproven") rate nothing, so they stay out of the range. */
    public static int best(java.util.Collection<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).filter(v -> v > 0).max().orElse(1);
    }

    public static int worst(java.util.Collection<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).filter(v -> v > 0).min().orElse(1);
    }
}
