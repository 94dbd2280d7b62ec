package org.factdesk.claim;

/**
 * A figure in a claim: {@code value}, or the range {@code value}..{@code upper}, with its qualifier
 * ("at least", "over", "about"…), its unit ("%", "USD"…) and what it counts ("Palestinian civilians").
 */
public record Quantity(double value, Double upper, String qualifier, String unit, String counted, String raw,
                       int start, int end) {
}
