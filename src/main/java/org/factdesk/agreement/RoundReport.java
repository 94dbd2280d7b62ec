package org.factdesk.agreement;

import java.util.List;

/**
 * A round with its figures. {@code figuresShown} is false for a reviewer of an open round who still has claims to
 * judge: until then they see their progress only, so the figures tell them nothing about the others' verdicts.
 */
public record RoundReport(Round round, List<ReviewerFigures> reviewers, boolean figuresShown, RoundFigures figures,
                          List<PairFigures> pairs) {
}
