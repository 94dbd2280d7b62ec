package org.factdesk.job;

import org.factdesk.base.live.LiveKind;
import org.factdesk.team.ProjectId;

/** The live-update topic of a project's jobs: progress bars, the top bar's indicator and the jobs page follow it. */
public final class JobTopics {

    /** What changed: a job's progress or its state. */
    public enum Signal implements LiveKind {
        PROGRESS, STATE
    }

    private JobTopics() {
    }

    public static String project(ProjectId project) {
        return "jobs:" + project.value();
    }

    /** The same signals for the owner, wherever they are: the top bar's indicator follows this. */
    public static String owner(org.factdesk.team.UserId owner) {
        return "jobs-of:" + owner.value();
    }
}
