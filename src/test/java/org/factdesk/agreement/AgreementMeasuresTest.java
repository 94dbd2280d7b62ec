package org.factdesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The coefficients against published worked examples, to three decimals: if a library update or a change here moves
 * any of them, these fail.
 */
class AgreementMeasuresTest {

    private static final Offset<Double> THREE_DECIMALS = within(0.0005);

    /**
     * Artstein &amp; Poesio (2008), "Inter-coder agreement for computational linguistics", table 4: two coders tag 100
     * utterances as STAT, IREQ or CHCK. They give A_o = 0.88, π = 0.7995 and κ = 0.8013.
     */
    private static final int[][] ARTSTEIN_POESIO = {
            // coder A: STAT, IREQ, CHCK; rows are coder B
            {46, 6, 0},
            {0, 32, 0},
            {0, 6, 10}};

    @Test
    void two_coders_on_artstein_and_poesios_dialogue_acts_give_their_percent_and_kappa() {
        var units = AgreementMeasures.fromTable(ARTSTEIN_POESIO);

        assertThat(AgreementMeasures.percent(2, units)).isCloseTo(0.880, THREE_DECIMALS);
        assertThat(AgreementMeasures.cohen(units)).isCloseTo(0.8013, THREE_DECIMALS);
        // for two coders Fleiss' kappa is Scott's pi
        assertThat(AgreementMeasures.fleiss(2, units)).isCloseTo(0.7995, THREE_DECIMALS);
    }

    @Test
    void alpha_on_the_same_table_is_pi_corrected_for_the_sample_size() {
        // α = 1 − (2N − 1) D_o / (2N − 1 − Σ n_k (n_k − 1) / 2N) … by hand: D_e = 1 − (98·97 + 76·75 + 26·25)/(200·199)
        // = 0.601608, D_o = 0.12, α = 1 − 0.12 / 0.601608 = 0.80053
        var units = AgreementMeasures.fromTable(ARTSTEIN_POESIO);

        assertThat(AgreementMeasures.alphaNominal(2, units)).isCloseTo(0.8005, THREE_DECIMALS);
    }

    @Test
    void gwets_ac1_on_artstein_and_poesios_table_is_worked_out_by_hand() {
        // π_k = (46+52)/200, (44+32)/200, (10+16)/200 = 0.49, 0.38, 0.13; pe = (0.2499 + 0.2356 + 0.1131) / (3 − 1)
        // = 0.2993; AC1 = (0.88 − 0.2993) / (1 − 0.2993) = 0.82874
        var units = AgreementMeasures.fromTable(ARTSTEIN_POESIO);

        assertThat(AgreementMeasures.gwetAc1(2, 3, units)).isCloseTo(0.8287, THREE_DECIMALS);
    }

    /**
     * Krippendorff (2011), "Computing Krippendorff's alpha-reliability", example A: two observers, ten units, binary
     * data. He gives α = 0.095.
     */
    @Test
    void krippendorffs_binary_example_gives_his_alpha() {
        int[] a = {0, 1, 0, 0, 0, 0, 0, 0, 1, 0};
        int[] b = {1, 1, 1, 0, 0, 1, 0, 0, 0, 0};
        var units = new ArrayList<Integer[]>();
        for (int i = 0; i < a.length; i++) {
            units.add(new Integer[] {a[i] + 1, b[i] + 1});
        }

        assertThat(AgreementMeasures.alphaNominal(2, units)).isCloseTo(0.095, THREE_DECIMALS);
    }

    /**
     * Krippendorff (2011), example C: four observers, twelve units, values 1–5, with missing values (unit 12 has one
     * value only and is not pairable). He gives α_nominal = 0.743; the ordinal metric on the same data gives 0.815.
     */
    private static final Integer[][] KRIPPENDORFF_C = {
            {1, 1, null, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3}, {2, 2, 2, 2}, {1, 2, 3, 4},
            {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {null, 5, 5, 5}, {null, null, 1, 1}, {null, 3, null, null}};

    @Test
    void krippendorffs_four_observers_with_missing_values_give_his_nominal_and_ordinal_alpha() {
        var units = List.of(KRIPPENDORFF_C);

        assertThat(AgreementMeasures.alphaNominal(4, units)).isCloseTo(0.743, THREE_DECIMALS);
        assertThat(AgreementMeasures.alphaOrdinal(4, units)).isCloseTo(0.815, THREE_DECIMALS);
    }

    /**
     * Fleiss' kappa on the worked example that Wikipedia's article on it carries: ten subjects, fourteen raters, five
     * categories; P̄ = 0.378, P̄_e = 0.213, κ = 0.210.
     */
    private static final int[][] FLEISS_COUNTS = {
            {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};

    @Test
    void fourteen_raters_on_ten_subjects_give_the_textbook_fleiss_kappa() {
        var units = new ArrayList<Integer[]>();
        for (var row : FLEISS_COUNTS) {
            var unit = new ArrayList<Integer>();
            for (int k = 0; k < row.length; k++) {
                for (int i = 0; i < row[k]; i++) {
                    unit.add(k + 1);
                }
            }
            units.add(unit.toArray(Integer[]::new));
        }

        assertThat(AgreementMeasures.fleiss(14, units)).isCloseTo(0.210, THREE_DECIMALS);
    }

    @Test
    void ac1_stays_high_where_kappa_collapses_because_one_verdict_dominates() {
        // 125 claims, 118 both "true", 5 and 2 split, none both "false": κ = (0.944 − 0.94528) / (1 − 0.94528) = −0.0234
        // while π_true = 243/250 = 0.972, pe = 2 · 0.972 · 0.028 = 0.054432, AC1 = (0.944 − 0.054432) / 0.945568 = 0.9408
        var units = AgreementMeasures.fromTable(new int[][] {{118, 5}, {2, 0}});

        assertThat(AgreementMeasures.cohen(units)).isCloseTo(-0.0234, THREE_DECIMALS);
        assertThat(AgreementMeasures.gwetAc1(2, 2, units)).isCloseTo(0.9408, THREE_DECIMALS);
    }

    @Test
    void a_coefficient_that_is_not_defined_is_null_rather_than_not_a_number() {
        var allTrue = AgreementMeasures.fromTable(new int[][] {{5, 0}, {0, 0}});

        assertThat(AgreementMeasures.percent(2, allTrue)).isEqualTo(1.0);
        assertThat(AgreementMeasures.cohen(allTrue)).isNull();
        assertThat(AgreementMeasures.fleiss(2, allTrue)).isNull();
        assertThat(AgreementMeasures.alphaOrdinal(2, allTrue)).isNull();
        assertThat(AgreementMeasures.alphaNominal(2, List.of())).isNull();
        assertThat(AgreementMeasures.gwetAc1(2, 2, List.of())).isNull();
    }

    @Test
    void the_confusion_table_counts_rater_a_in_rows_and_rater_b_in_columns() {
        var table = AgreementMeasures.confusion(3, List.of(new Integer[] {1, 2}, new Integer[] {1, 2},
                new Integer[] {3, 3}, new Integer[] {2, null}));

        assertThat(table).isDeepEqualTo(new int[][] {{0, 2, 0}, {0, 0, 0}, {0, 0, 1}});
    }
}
