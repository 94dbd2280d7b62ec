package org.factdesk.claim;

import java.util.List;

/** What a claim asserts, in structured form; offsets are relative to the claim's quote. */
public record ClaimFacts(List<Quantity> quantities, List<ClaimDate> dates, String claimant, List<Entity> entities) {

    /**
     * What extraction finds in one sentence of a document dated {@code documentDate} (or null): the facts a claim of
     * that wording would carry. For modules that reason over facts and their tests.
     */
    public static ClaimFacts of(String sentence, java.time.LocalDate documentDate) {
        return ClaimExtractor.score(sentence, new Span(0, sentence.length()), org.factdesk.source.BlockKind.PARAGRAPH,
                DateResolver.Context.of(sentence, documentDate)).facts();
    }

    public static ClaimFacts none() {
        return new ClaimFacts(List.of(), List.of(), null, List.of());
    }

    public boolean hasFigure() {
        return !quantities.isEmpty();
    }
}
