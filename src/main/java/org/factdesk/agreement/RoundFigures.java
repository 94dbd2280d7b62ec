package org.factdesk.agreement;

/**
 * A round's figures over the claims every reviewer judged ({@code n}); {@code leftOut} claims were not judged by
 * everyone. Ordinal alpha reads the scale ordered by value and leaves out claims with a verdict valued 0 ("not on the
 * scale", such as Unproven): it is based on {@code ordinalN} claims. Cohen's kappa is given for two reviewers only.
 * A figure that is not defined (no claim yet, or every verdict the same) is null.
 */
public record RoundFigures(int n, int leftOut, Double percentAgreement, Double cohensKappa, Double fleissKappa,
                           Double krippendorffAlphaNominal, Double krippendorffAlphaOrdinal, int ordinalN,
                           Double gwetAc1) {
}
