package org.factdesk.agreement;

import org.factdesk.team.UserId;

/** One reviewer in a round: verdicts given, claims left, and how often they agree with each other reviewer on average. */
public record ReviewerFigures(UserId reviewer, String name, int given, int remaining, Double agreementWithOthers) {
}
