package org.factdesk.team;

public record Member(UserId userId, String login, String displayName, ProjectRole role, int version) {
}
