package org.factdesk.claim;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.source.Block;
import org.factdesk.source.BlockKind;
import org.factdesk.source.DocumentText;

/**
 * What scoring finds in one span of a version's text: the same reading for a claim an editor marks, one carried
 * over to a new version and one whose document got a new date.
 */
record ClaimAnalysis(int score, List<Signal> signals, ClaimFacts facts) {

    static ClaimAnalysis of(DocumentText text, Span span, LocalDate published) {
        var context = DateResolver.Context.of(text.text(), published);
        BlockKind kind = text.blocks().stream()
                .filter(b -> b.start() <= span.start() && span.end() <= b.end())
                .map(Block::kind).findFirst().orElse(BlockKind.PARAGRAPH);
        var candidate = ClaimExtractor.score(text.text(), span, kind, context);
        return new ClaimAnalysis(candidate.score(), candidate.signals(), candidate.facts());
    }
}
