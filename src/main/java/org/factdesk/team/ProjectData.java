package org.factdesk.team;

public record ProjectData(String name, String description, boolean archived) {
}
