package org.factdesk.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;

/**
 * The agreement coefficients, over units (claims) each judged by the same raters. A unit is an array with one
 * category per rater, {@code null} where that rater gave none. Categories are ranks 1…q of an ordered scale, so the
 * same numbers serve the nominal figures (only equality counts) and the ordinal one (Krippendorff's ordinal metric
 * works from the ranks and how often each is used, never from the gaps between values).
 * <p>
 * Percent agreement, Cohen's and Fleiss' kappa and Krippendorff's alpha come from DKPro Statistics; Gwet's AC1 is
 * not in it and is computed here (Gwet 2008, multi-rater form). A coefficient that is not defined (no unit, or
 * chance agreement of 1 because every verdict was the same) is {@code null}, never NaN.
 */
final class AgreementMeasures {

    private AgreementMeasures() {
    }

    /** Units in which every rater gave a category: the ones percent agreement, kappa and AC1 need. */
    static List<Integer[]> complete(List<Integer[]> units) {
        return units.stream().filter(u -> java.util.Arrays.stream(u).allMatch(java.util.Objects::nonNull)).toList();
    }

    private static CodingAnnotationStudy study(int raters, List<Integer[]> units) {
        var study = new CodingAnnotationStudy(raters);
        for (var unit : units) {
            study.addItemAsArray(unit.clone());
        }
        return study;
    }

    /** Share of units on which all raters agree (complete units only). */
    static Double percent(int raters, List<Integer[]> units) {
        var full = complete(units);
        if (full.isEmpty()) {
            return null;
        }
        if (categoriesUsed(full) < 2) {
            return 1.0; // DKPro refuses a study of one category; every rater then agreed on every unit
        }
        return defined(new PercentageAgreement(study(raters, full)).calculateAgreement());
    }

    /** Cohen's kappa of two raters (complete units only). */
    static Double cohen(List<Integer[]> units) {
        var full = complete(units);
        return categoriesUsed(full) < 2 ? null : defined(new CohenKappaAgreement(study(2, full)).calculateAgreement());
    }

    /** Fleiss' kappa, for two or more raters (complete units only). */
    static Double fleiss(int raters, List<Integer[]> units) {
        var full = complete(units);
        return categoriesUsed(full) < 2 ? null : defined(new FleissKappaAgreement(study(raters, full)).calculateAgreement());
    }

    /** Krippendorff's alpha, nominal; units with fewer than two values are not pairable and left out, as he says. */
    static Double alphaNominal(int raters, List<Integer[]> units) {
        var pairable = pairable(units);
        return categoriesUsed(pairable) < 2 ? null
                : defined(new KrippendorffAlphaAgreement(study(raters, pairable), new NominalDistanceFunction()).calculateAgreement());
    }

    /** Krippendorff's alpha with his ordinal metric; categories must be the ranks 1…q. */
    static Double alphaOrdinal(int raters, List<Integer[]> units) {
        var pairable = pairable(units);
        return categoriesUsed(pairable) < 2 ? null
                : defined(new KrippendorffAlphaAgreement(study(raters, pairable), new OrdinalDistanceFunction()).calculateAgreement());
    }

    /** Chance-corrected figures are not defined over one category: nothing to disagree on, so no chance to beat. */
    private static long categoriesUsed(List<Integer[]> units) {
        return units.stream().flatMap(java.util.Arrays::stream).filter(java.util.Objects::nonNull).distinct().count();
    }

    private static List<Integer[]> pairable(List<Integer[]> units) {
        return units.stream().filter(u -> java.util.Arrays.stream(u).filter(java.util.Objects::nonNull).count() >= 2).toList();
    }

    /**
     * Gwet's AC1 for any number of raters (Gwet 2008, eq. 14–15, complete units): observed agreement
     * {@code pa = 1/n Σ_i Σ_k r_ik (r_ik − 1) / (r (r − 1))}, chance agreement {@code pe = 1/(q − 1) Σ_k π_k (1 − π_k)}
     * with {@code π_k = 1/n Σ_i r_ik / r}, and {@code AC1 = (pa − pe) / (1 − pe)}. {@code q} is the number of categories
     * on the scale, used or not.
     */
    static Double gwetAc1(int raters, int categories, List<Integer[]> units) {
        var full = complete(units);
        if (full.isEmpty() || categories < 2 || raters < 2) {
            return null;
        }
        double pa = 0;
        Map<Integer, Double> share = new HashMap<>();
        for (var unit : full) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (var c : unit) {
                counts.merge(c, 1, Integer::sum);
            }
            for (var e : counts.entrySet()) {
                pa += e.getValue() * (e.getValue() - 1) / (double) (raters * (raters - 1));
                share.merge(e.getKey(), e.getValue() / (double) raters, Double::sum);
            }
        }
        int n = full.size();
        pa /= n;
        double pe = 0;
        for (double s : share.values()) {
            double pi = s / n;
            pe += pi * (1 - pi);
        }
        pe /= categories - 1;
        return pe >= 1 ? null : defined((pa - pe) / (1 - pe));
    }

    /** Rows of rater A's category against columns of rater B's, over units both judged; indices are rank − 1. */
    static int[][] confusion(int categories, List<Integer[]> pairUnits) {
        var table = new int[categories][categories];
        for (var unit : pairUnits) {
            if (unit[0] != null && unit[1] != null) {
                table[unit[0] - 1][unit[1] - 1]++;
            }
        }
        return table;
    }

    /** Units from a confusion table of two raters (row: rater A's category, column: rater B's), for tests and sums. */
    static List<Integer[]> fromTable(int[][] table) {
        var units = new ArrayList<Integer[]>();
        for (int a = 0; a < table.length; a++) {
            for (int b = 0; b < table[a].length; b++) {
                for (int i = 0; i < table[a][b]; i++) {
                    units.add(new Integer[] {a + 1, b + 1});
                }
            }
        }
        return units;
    }

    private static Double defined(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }
}
