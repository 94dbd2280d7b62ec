package org.factdesk.team;

/** A token just created. The secret is shown once and stored only as a hash. */
public record NewApiToken(ApiToken token, String secret) {
}
