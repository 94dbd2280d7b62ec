package org.factdesk.report;

/** The editor stopped the export; nothing was delivered. */
public class ExportCancelledException extends RuntimeException {

    public ExportCancelledException() {
        super("The export was cancelled.");
    }

    public ExportCancelledException(String why) {
        super(why);
    }
}
