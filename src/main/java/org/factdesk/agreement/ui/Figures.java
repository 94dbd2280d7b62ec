package org.factdesk.agreement.ui;

import java.util.Locale;

/** How the agreement pages write a figure: three decimals, a percentage, or a dash where it is not defined. */
final class Figures {

    private Figures() {
    }

    static String coefficient(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }

    static String percent(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.0f %%", value * 100);
    }
}
