package org.factdesk.claim;

import java.nio.charset.StandardCharsets;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectId;
import org.springframework.stereotype.Component;

/** Claims to work on in tests, imported the way an editor would: as the signed-in user. */
@Component
public class ClaimFixtures {

    private final SourceImporter importer;
    private final ClaimService claims;

    ClaimFixtures(SourceImporter importer, ClaimService claims) {
        this.importer = importer;
        this.claims = claims;
    }

    /** A one-sentence wire story in {@code project}, and the claim found in it. */
    public ClaimId bridgeClaim(ProjectId project) {
        var document = importer.importOne(project, ImportRequest.file("wire.txt", "text/plain",
                "At least 14 people were injured when the bridge collapsed, officials said on Tuesday.\n"
                        .getBytes(StandardCharsets.UTF_8))).documentId();
        return claims.forDocument(document).getFirst().id();
    }

    /** The city's own account of the same collapse, in another document of {@code project}: a claim to link to. */
    public ClaimId cityClaim(ProjectId project) {
        var document = importer.importOne(project, ImportRequest.file("city.txt", "text/plain",
                "The city council said on Tuesday that 11 people were injured when the bridge collapsed.\n"
                        .getBytes(StandardCharsets.UTF_8))).documentId();
        return claims.forDocument(document).getFirst().id();
    }
}
