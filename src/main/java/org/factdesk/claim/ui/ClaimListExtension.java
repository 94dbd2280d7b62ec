package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.factdesk.claim.ClaimId;
import org.factdesk.team.ProjectId;

/**
 * What modules built on claims add to the claims list without the claim module knowing them, as {@link
 * org.factdesk.claim.StatusRule} does for the workflow: review contributes the verdict filter and bulk assigning.
 */
public interface ClaimListExtension {

    /** The verdicts a claim can have in this project, id to label, in the scale's order. */
    Map<Long, String> verdicts(ProjectId project);

    /** Controls that act on the selected claims; {@code done} refreshes the list after an action. */
    List<Component> bulkActions(ProjectId project, Supplier<Set<ClaimId>> selected, Runnable done);
}
