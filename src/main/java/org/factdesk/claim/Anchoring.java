package org.factdesk.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds a claim's quote again in a new version of its document, in three steps: the same offsets
 * with the same quote; the exact quote near the old position, told apart from lookalikes by its
 * prefix and suffix; a fuzzy match on quote, prefix and suffix above a minimum score. A claim that
 * finds no good place is orphaned rather than attached to a lookalike sentence.
 */
final class Anchoring {

    static final int CONTEXT = 32;
    static final double MIN_FUZZY_SCORE = 0.8;

    record Anchor(Span span, AnchorState state, double score) {
    }

    private Anchoring() {
    }

    static String prefix(String text, Span span) {
        return text.substring(Math.max(0, span.start() - CONTEXT), span.start());
    }

    static String suffix(String text, Span span) {
        return text.substring(span.end(), Math.min(text.length(), span.end() + CONTEXT));
    }

    static Anchor reanchor(String quote, String prefix, String suffix, Span old, String text) {
        if (old.end() <= text.length() && old.of(text).equals(quote)) {
            return new Anchor(old, AnchorState.EXACT, 1);
        }
        var occurrences = new ArrayList<Span>();
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            occurrences.add(new Span(at, at + quote.length()));
        }
        if (!occurrences.isEmpty()) {
            Span best = null;
            double bestContext = -1;
            for (Span candidate : occurrences) {
                double context = contextScore(prefix, suffix, text, candidate);
                if (context > bestContext || context == bestContext
                        && Math.abs(candidate.start() - old.start()) < Math.abs(best.start() - old.start())) {
                    best = candidate;
                    bestContext = context;
                }
            }
            boolean unique = occurrences.size() == 1;
            boolean contextAgrees = bestContext >= 0.6;
            return new Anchor(best, unique || contextAgrees ? AnchorState.MOVED : AnchorState.FUZZY, bestContext);
        }
        Anchor best = null;
        for (Span candidate : candidates(text)) {
            String candidateText = candidate.of(text);
            if (tokenOverlap(quote, candidateText) < 0.4) {
                continue;
            }
            double quoteScore = similarity(quote, candidateText);
            double score = 0.8 * quoteScore + 0.2 * contextScore(prefix, suffix, text, candidate);
            if (best == null || score > best.score()) {
                best = new Anchor(candidate, AnchorState.FUZZY, score);
            }
        }
        if (best != null && best.score() >= MIN_FUZZY_SCORE) {
            return best;
        }
        return new Anchor(old.end() <= text.length() ? old : new Span(0, 0), AnchorState.ORPHANED,
                best == null ? 0 : best.score());
    }

    /** Sentences and list lines of the new text: the places a quote can have moved to. */
    private static List<Span> candidates(String text) {
        var spans = new ArrayList<Span>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            if (end > start) {
                spans.addAll(SentenceSplitter.split(text, start, end));
            }
            start = end + 1;
        }
        return spans;
    }

    private static double contextScore(String prefix, String suffix, String text, Span candidate) {
        String candidatePrefix = prefix(text, candidate);
        String candidateSuffix = suffix(text, candidate);
        double p = prefix.isEmpty() ? (candidatePrefix.isEmpty() ? 1 : 0.5) : similarity(tail(prefix, 16), tail(candidatePrefix, 16));
        double s = suffix.isEmpty() ? (candidateSuffix.isEmpty() ? 1 : 0.5) : similarity(head(suffix, 16), head(candidateSuffix, 16));
        return (p + s) / 2;
    }

    private static String tail(String s, int n) {
        return s.substring(Math.max(0, s.length() - n));
    }

    private static String head(String s, int n) {
        return s.substring(0, Math.min(n, s.length()));
    }

    private static double tokenOverlap(String a, String b) {
        Set<String> left = tokens(a);
        Set<String> right = tokens(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String token : left) {
            if (right.contains(token)) {
                shared++;
            }
        }
        return (double) shared / Math.max(left.size(), right.size());
    }

    private static Set<String> tokens(String s) {
        var set = new HashSet<String>();
        for (String t : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                set.add(t);
            }
        }
        return set;
    }

    /** 1 − normalised Levenshtein distance. */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int n = a.length();
        int m = b.length();
        if (n == 0 || m == 0) {
            return 0;
        }
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1.0 - (double) previous[m] / Math.max(n, m);
    }
}
