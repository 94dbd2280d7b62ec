package org.factdesk.base;

import java.util.Arrays;
import java.util.List;

/** What changed between two versions of a text, in the few words an editor needs: "23 → 20". */
public final class TextDifference {

    private static final int MAX = 60;

    private TextDifference() {
    }

    /** The words that differ, old → new, with the words they share on both sides left out; "removed" for no new text. */
    public static String of(String before, String after) {
        if (after == null) {
            return "the text is no longer in the source";
        }
        List<String> a = words(before);
        List<String> b = words(after);
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        String removed = String.join(" ", a.subList(head, a.size() - tail));
        String added = String.join(" ", b.subList(head, b.size() - tail));
        if (removed.isEmpty() && added.isEmpty()) {
            return "spacing or punctuation only";
        }
        return shorten(removed.isEmpty() ? "(nothing)" : removed) + " → " + shorten(added.isEmpty() ? "(nothing)" : added);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String shorten(String s) {
        return s.length() > MAX ? s.substring(0, MAX - 1) + "…" : s;
    }
}
