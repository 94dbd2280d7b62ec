package org.factdesk.source;

import java.time.Instant;
import org.factdesk.team.ProjectId;

public record Document(DocumentId id, int version, ProjectId projectId, DocumentData data, String language,
                       int currentVersion, String importedBy, Instant importedAt) {
}
