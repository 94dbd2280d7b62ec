package org.factdesk.team;

public record UserData(String login, String displayName, String email, boolean enabled, boolean instanceAdmin,
                       boolean mustChangePassword) {
}
