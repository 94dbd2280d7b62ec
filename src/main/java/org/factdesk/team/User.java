package org.factdesk.team;

public record User(UserId id, int version, UserData data) {
}
