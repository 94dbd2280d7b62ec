package org.factdesk.claim.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.factdesk.claim.ClaimId;
import org.factdesk.source.DocumentId;
import org.factdesk.source.ui.SourceNavigation;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectScope;

/**
 * The claim module's pages, for every module that links to them (decision 0005). A claim's own page is drawn by
 * the review module, but its address belongs here with the claim, so the claims list and the reader link to it
 * without depending on the module that builds on them.
 */
public final class ClaimNavigation {

    /** The route parameter that names a claim. */
    public static final String CLAIM_PARAMETER = "claimId";
    /** A claim's page (see {@code org.factdesk.review.ui.ClaimView}). */
    public static final String CLAIM_ROUTE = "claims/:" + CLAIM_PARAMETER;
    static final String CLAIMS_ROUTE = "projects/:" + ProjectScope.PARAMETER + "/claims";
    /** The reader's query parameter that selects one claim and scrolls it into view. */
    static final String AT_CLAIM = "claim";

    private ClaimNavigation() {
    }

    public static String claims(ProjectId project) {
        return "projects/" + project + "/claims";
    }

    public static String claim(ClaimId claim) {
        return "claims/" + claim;
    }

    /** The reader of a document, opened at one of its claims, selected and in view. */
    public static QueryParameters readerAt(ClaimId claim) {
        return QueryParameters.of(AT_CLAIM, claim.toString());
    }

    public static void navigateToClaim(ClaimId claim) {
        UI.getCurrent().navigate(claim(claim));
    }

    public static void navigateToReader(DocumentId document, ClaimId at) {
        UI.getCurrent().navigate(SourceNavigation.document(document), readerAt(at));
    }
}
