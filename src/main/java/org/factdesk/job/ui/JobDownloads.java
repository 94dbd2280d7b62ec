package org.factdesk.job.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.Locale;
import org.factdesk.job.JobOutput;
import org.factdesk.job.JobService;

/** The link to a job's file, served from the database by whichever instance the browser asks (access checked then). */
final class JobDownloads {

    private JobDownloads() {
    }

    static Anchor link(JobService jobs, JobOutput output) {
        var link = new Anchor((DownloadHandler) event -> {
            event.setFileName(output.fileName());
            event.setContentType(output.contentType());
            try (OutputStream out = event.getOutputStream()) {
                jobs.writeOutput(output.jobId(), out);
            }
        }, "Download " + output.fileName());
        link.addClassName("fd-download");
        link.getElement().setAttribute("title", size(output.size()));
        return link;
    }

    static String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB"
                : String.format(Locale.ENGLISH, "%.1f MB", bytes / 1048576.0);
    }
}
