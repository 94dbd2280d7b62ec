/**
 * "In other sources" on a claim's page and the reader's card (through {@link
 * org.factdesk.claim.ui.ClaimPanelExtension}), and the project's Conflicts page; {@link
 * org.factdesk.link.ui.LinkNavigation} for other modules' links to it.
 */
@NamedInterface("ui")
package org.factdesk.link.ui;

import org.springframework.modulith.NamedInterface;
