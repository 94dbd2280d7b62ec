package org.factdesk.agreement;

import java.util.List;
import org.factdesk.team.UserId;

/**
 * Two reviewers over the claims both judged: percent agreement, Cohen's kappa, and the confusion table of A's
 * verdict (rows) against B's (columns) in the order of {@code labels} (the scale, best first).
 */
public record PairFigures(UserId a, String aName, UserId b, String bName, int n, Double percentAgreement,
                          Double cohensKappa, List<String> labels, int[][] confusion) {
}
