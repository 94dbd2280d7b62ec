package org.factdesk.report;

/**
 * What a report includes beyond the claims and their verdicts.
 *
 * @param dismissed  whether dismissed claims appear (they are left out unless asked for)
 * @param unreviewed whether claims without a verdict appear (a report is of verdicts: they are left out unless
 *                   asked for)
 * @param csvBom     whether a CSV file starts with a byte-order mark, so that Excel reads it as UTF-8
 * @param timeline   whether HTML and PDF reports draw the timeline of the events their claims are in, and the JSON
 *                   report lists those events
 * @param agreement  whether HTML, PDF and JSON reports give the project's agreement rounds with their figures
 */
public record ExportOptions(boolean rationale, boolean evidence, boolean comments, boolean history, boolean dismissed,
                            boolean unreviewed, boolean csvBom, boolean timeline, boolean agreement) {

    public static ExportOptions defaults() {
        return new ExportOptions(true, true, false, false, false, false, false, false, false);
    }

    public static ExportOptions everything() {
        return new ExportOptions(true, true, true, true, true, true, false, true, true);
    }

    public ExportOptions withUnreviewed(boolean include) {
        return new ExportOptions(rationale, evidence, comments, history, dismissed, include, csvBom, timeline,
                agreement);
    }
}
