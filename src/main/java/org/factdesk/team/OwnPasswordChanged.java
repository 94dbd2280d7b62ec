package org.factdesk.team;

/** A user chose a new password of their own; published after the change is stored. */
record OwnPasswordChanged(UserId userId, String login) {
}
