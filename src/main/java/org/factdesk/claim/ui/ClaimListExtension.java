package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.factdesk.claim.ClaimId;
import org.factdesk.team.ProjectId;

/**
 * What modules built on claims add to the claims list without the claim module knowing them, as {@link
 * org.factdesk.claim.StatusRule} does for the workflow: review contributes the verdict filter and bulk assigning,
 * report the export of what the filter shows.
 */
public interface ClaimListExtension {

    /** The verdicts a claim can have in this project, id to label, in the scale's order; empty if not this one's. */
    default Map<Long, String> verdicts(ProjectId project) {
        return Map.of();
    }

    /** Controls that act on the selected claims; {@code done} refreshes the list after an action. */
    default List<Component> bulkActions(ProjectId project, Supplier<Set<ClaimId>> selected, Runnable done) {
        return List.of();
    }

    /**
     * Controls for the list's header that act on what the filter shows, made once for the view and used for each
     * project it shows; {@code filter} gives the filter as the query parameters of the claims list's address, which
     * other pages read the same way.
     */
    default List<Component> headerActions(Supplier<ProjectId> project, Supplier<QueryParameters> filter) {
        return List.of();
    }
}
