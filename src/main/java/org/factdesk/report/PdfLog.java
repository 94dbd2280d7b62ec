package org.factdesk.report;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** openhtmltopdf's messages through the application's logging, so that its levels are set like any other's. */
final class PdfLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger log = LoggerFactory.getLogger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            log.error(message, error);
        } else if (value >= Level.WARNING.intValue()) {
            log.warn(message, error);
        } else if (value >= Level.INFO.intValue()) {
            log.debug(message, error);
        } else {
            log.trace(message, error);
        }
    }

    @Override
    public void setLevel(String where, Level level) {
        // levels come from the application's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger log = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() ? log.isWarnEnabled() : log.isDebugEnabled();
    }
}
