package org.factdesk.link.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.factdesk.base.live.LiveChannel;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ui.ClaimPanelExtension;
import org.factdesk.link.LinkService;
import org.factdesk.team.ProjectAccess;
import org.springframework.stereotype.Component;

/** "In other sources" on the claim page and the reader's card of the selected claim. */
@Component
class LinkPanelExtension implements ClaimPanelExtension {

    private final LinkService links;
    private final ProjectAccess access;
    private final LiveChannel live;

    LinkPanelExtension(LinkService links, ProjectAccess access, LiveChannel live) {
        this.links = links;
        this.access = access;
        this.live = live;
    }

    @Override
    public List<String> keys() {
        return List.of("c", "r");
    }

    /** Editors' decisions on the claim's links, as lines of its history ("link confirmed: conflicts with …"). */
    @Override
    public List<HistoryEntry> history(ClaimId claim) {
        return links.decisionsOf(claim).stream().map(d -> new HistoryEntry(d.at(), d.actor(),
                "link " + d.state().label().toLowerCase(java.util.Locale.ROOT),
                d.relation().label() + (d.relation() == org.factdesk.link.LinkRelation.RELATED ? " to “" : " with “")
                        + LinkParts.abbreviate(d.otherQuote(), 90) + "”" + (d.otherOutlet() == null ? "" : " (" + d.otherOutlet() + ")")))
                .toList();
    }

    @Override
    public Optional<ClaimPanel> panel(Claim claim, Place place, Consumer<ClaimId> open) {
        var project = access.requireRead(claim.data().projectId());
        boolean canEdit = project.role().canEditContent() && !project.project().data().archived();
        return Optional.of(new OtherSourcesPanel(links, live, claim, place, canEdit, open));
    }
}
