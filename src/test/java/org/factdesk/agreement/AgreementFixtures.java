package org.factdesk.agreement;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdesk.Fixtures;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimService;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectRole;
import org.factdesk.team.UserId;
import org.springframework.stereotype.Component;

/** A project with an owner, reviewers and a document of check-worthy claims, for the agreement tests. */
@Component
public class AgreementFixtures {

    /** Six sentences each of which extraction takes as a claim (a figure, a source). */
    public static final String HARBOUR = """
            Harbour report

            March 4, 2026

            The council spent 4.2 million pounds on the new harbour wall in 2025, the treasurer said.
            Ferry traffic rose by 18 percent between 2024 and 2025, according to the port authority.
            Eleven people were injured when the old footbridge collapsed on Tuesday, police said.
            The harbour employs 1,200 people, more than any other firm in the county, the mayor claimed.
            Fish landings fell to 3,400 tonnes last year, the lowest since 1990, officials said.
            Unemployment in the district is 7 percent, twice the national rate, the opposition said.
            """;

    private final Fixtures fixtures;
    private final SourceImporter importer;
    private final ClaimService claims;

    AgreementFixtures(Fixtures fixtures, SourceImporter importer, ClaimService claims) {
        this.fixtures = fixtures;
        this.importer = importer;
        this.claims = claims;
    }

    public record Desk(ProjectId project, UserId owner, List<UserId> reviewers, List<ClaimId> claims) {
    }

    /** {@code prefix}-owner and {@code reviewers} reviewers ({@code prefix}-r1 …), the harbour document imported. */
    public Desk desk(String prefix, int reviewers) {
        var owner = fixtures.user(prefix + "-owner");
        var project = fixtures.project("Agreement " + prefix, owner);
        var people = new java.util.ArrayList<UserId>();
        for (int i = 1; i <= reviewers; i++) {
            var r = fixtures.user(prefix + "-r" + i);
            fixtures.member(project, r, ProjectRole.REVIEWER);
            people.add(r);
        }
        fixtures.signIn(prefix + "-owner");
        var document = importer.importOne(project, ImportRequest.file("harbour.txt", "text/plain",
                HARBOUR.getBytes(StandardCharsets.UTF_8))).documentId();
        var ids = claims.forDocument(document).stream().map(Claim::id).toList();
        if (ids.size() < 4) {
            throw new AssertionError("extraction found only " + ids.size() + " claims in the harbour text");
        }
        return new Desk(project, owner, List.copyOf(people), ids);
    }
}
