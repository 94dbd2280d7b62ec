package org.factdesk.team;

/** A project as the current user sees it: with their role in it. */
public record MyProject(Project project, ProjectRole role) {

    public ProjectId id() {
        return project.id();
    }

    public String name() {
        return project.data().name();
    }
}
