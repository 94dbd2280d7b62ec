package org.factdesk.team;

/** Published once, on the first start with an empty database, after the admin account exists. */
public record InitialAdminCreated(UserId adminId) {
}
