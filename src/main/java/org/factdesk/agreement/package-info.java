/**
 * Agreement: rounds in which two or more reviewers judge the same claims blind, on the project's rating scale, kept
 * apart from the claims' own verdicts (decision 0020); the figures (percent agreement, Cohen's and Fleiss' kappa,
 * Krippendorff's alpha nominal and ordinal, Gwet's AC1) per round and per pair of reviewers; and the disagreements,
 * each settled through the review module's normal save.
 */
@ApplicationModule(displayName = "Agreement")
package org.factdesk.agreement;

import org.springframework.modulith.ApplicationModule;
