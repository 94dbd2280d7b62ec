package org.factdesk.link;

public record Link(LinkId id, int version, LinkData data) {

    public Link withData(LinkData data) {
        return new Link(id, version, data);
    }
}
