package org.factdesk.agreement.ui;

import org.factdesk.agreement.RoundId;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectScope;

/** The agreement module's pages, for every module that links to them (decision 0005). */
public final class AgreementNavigation {

    static final String ROUNDS_ROUTE = "projects/:" + ProjectScope.PARAMETER + "/agreement";
    static final String ROUND_PARAMETER = "roundId";
    static final String ROUND_ROUTE = "agreement/rounds/:" + ROUND_PARAMETER;

    private AgreementNavigation() {
    }

    /** The project's rounds, and where an owner starts one. */
    public static String rounds(ProjectId project) {
        return "projects/" + project + "/agreement";
    }

    public static String round(RoundId round) {
        return "agreement/rounds/" + round;
    }
}
