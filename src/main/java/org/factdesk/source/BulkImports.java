package org.factdesk.source;

import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.factdesk.job.Job;
import org.factdesk.job.JobInput;
import org.factdesk.job.JobKind;
import org.factdesk.job.JobService;
import org.factdesk.team.ProjectId;
import org.springframework.stereotype.Service;

/**
 * Imports that run as a job: many files, a ZIP archive (each entry checked as an upload), or a list of addresses.
 * The request only stores the inputs; the job imports them in the background, on any instance.
 */
@Service
public class BulkImports {

    /** What a whole archive may unpack to; each entry may be as large as one upload. */
    static final long MAX_ARCHIVE_EXPANSION = 4L * 1024 * 1024 * 1024;
    static final int MAX_ADDRESSES = 10_000;

    private final JobService jobs;
    private final SourceSettings settings;

    BulkImports(JobService jobs, SourceSettings settings) {
        this.jobs = jobs;
        this.settings = settings;
    }

    public Job files(ProjectId project, List<ImportRequest> files) {
        Iterator<JobInput> inputs = files.stream()
                .map(f -> JobInput.file(f.fileName() == null || f.fileName().isBlank() ? "(unnamed)" : f.fileName(),
                        f.contentType(), f.bytes()))
                .iterator();
        return jobs.start(project, JobKind.IMPORT, files.size() == 1 ? files.getFirst().fileName()
                : String.format(Locale.ENGLISH, "%,d files", files.size()), inputs);
    }

    /** The archive is read while its entries are stored: its size is bounded by the checks, not by memory. */
    public Job archive(ProjectId project, String archiveName, InputStream zip) {
        var entries = new ImportArchive(zip, settings.maxFileSize().toBytes(), MAX_ARCHIVE_EXPANSION);
        return jobs.start(project, JobKind.IMPORT, archiveName == null || archiveName.isBlank() ? "ZIP archive"
                : archiveName, entries);
    }

    public Job addresses(ProjectId project, List<String> urls) {
        if (urls.size() > MAX_ADDRESSES) {
            throw new org.factdesk.base.InvalidInputException("urls", String.format(Locale.ENGLISH,
                    "At most %,d addresses at once; split the list.", MAX_ADDRESSES));
        }
        var inputs = urls.stream().map(u -> {
            String url = SourceImporter.webAddress(u);
            return org.factdesk.base.WebAddress.isWeb(url) ? JobInput.address(url)
                    : JobInput.refused(u == null ? "(empty)" : u, "This is no web address (http or https).");
        }).iterator();
        return jobs.start(project, JobKind.IMPORT, String.format(Locale.ENGLISH, "%,d web addresses", urls.size()), inputs);
    }
}
