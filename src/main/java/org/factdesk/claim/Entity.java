package org.factdesk.claim;

/** A name in a claim: a person, organisation, place, or a name of unknown kind. */
public record Entity(String name, Type type) {

    public enum Type {
        PERSON, ORGANISATION, PLACE, OTHER
    }
}
