package org.factdesk.job.ui;

import org.factdesk.job.JobId;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectScope;

/** The job module's pages, for every module that links to them (decision 0005). */
public final class JobNavigation {

    static final String JOBS_ROUTE = "projects/:" + ProjectScope.PARAMETER + "/jobs";
    /** The jobs page's query parameter that opens one job's results. */
    static final String JOB = "job";

    private JobNavigation() {
    }

    public static String jobs(ProjectId project) {
        return "projects/" + project + "/jobs";
    }

    /** The jobs page with one job's results open. */
    public static String job(ProjectId project, JobId job) {
        return jobs(project) + "?" + JOB + "=" + job;
    }
}
