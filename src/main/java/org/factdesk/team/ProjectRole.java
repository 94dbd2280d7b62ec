package org.factdesk.team;

/** What a member may do in one project. Checked in the services, not only in the UI. */
public enum ProjectRole {
    OWNER("Owner"), EDITOR("Editor"), REVIEWER("Reviewer"), VIEWER("Viewer");

    private final String label;

    ProjectRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canEditContent() {
        return this != VIEWER;
    }

    public boolean canPublish() {
        return this == OWNER || this == REVIEWER;
    }

    public boolean canManageProject() {
        return this == OWNER;
    }
}
