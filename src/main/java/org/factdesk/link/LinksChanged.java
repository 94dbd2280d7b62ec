package org.factdesk.link;

import org.factdesk.team.ProjectId;

/**
 * Published inside the transaction that suggested, confirmed or rejected links of a project: whatever is built from
 * links (the timeline's events) is out of date once it commits.
 */
public record LinksChanged(ProjectId projectId) {
}
