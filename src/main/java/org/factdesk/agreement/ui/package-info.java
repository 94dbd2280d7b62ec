/**
 * The project's Agreement page (rounds, starting one), a round's page (figures, reviewers, heatmaps, disagreements),
 * the blind verdict on the claim page (through {@link org.factdesk.claim.ui.ClaimPanelExtension}) and the rounds' part
 * of My work (through {@link org.factdesk.review.ui.MyWorkSection}); {@link
 * org.factdesk.agreement.ui.AgreementNavigation} for other modules' links.
 */
@NamedInterface("ui")
package org.factdesk.agreement.ui;

import org.springframework.modulith.NamedInterface;
