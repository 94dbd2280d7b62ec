package org.factdesk.team;

public record Project(ProjectId id, int version, ProjectData data) {
}
