package org.factdesk.review;

import java.util.List;

/** Ready-made rating scales an owner can start from. */
public enum ScalePreset {
    SEVEN_LEVELS("True to false, seven levels", List.of(
            new Level("True", "#2e7d32", 6), new Level("Mostly true", "#7cb342", 5), new Level("Mixed", "#f9a825", 4),
            new Level("Misleading", "#ef6c00", 3), new Level("Mostly false", "#e64a19", 2),
            new Level("False", "#c62828", 1), new Level("Unproven", "#757575", 0))),
    THREE_LEVELS("True, mixed, false", List.of(
            new Level("True", "#2e7d32", 3), new Level("Mixed", "#f9a825", 2), new Level("False", "#c62828", 1)));

    record Level(String label, String color, int value) {
    }

    private final String label;
    final List<Level> levels;

    ScalePreset(String label, List<Level> levels) {
        this.label = label;
        this.levels = levels;
    }

    public String label() {
        return label;
    }
}
