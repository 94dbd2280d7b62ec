package org.factdesk.claim;

import java.util.List;

/** A statement the extractor found, before it is stored: its span, score, reasons and facts. */
record ClaimCandidate(Span span, int score, List<Signal> signals, ClaimFacts facts) {
}
