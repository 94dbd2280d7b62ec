/**
 * The reader and the claims list, plus the parts the review screens share: {@link
 * org.factdesk.claim.ui.ChangeSummary} (history in words) and {@link org.factdesk.claim.ui.ClaimListExtension}.
 */
@NamedInterface("ui")
package org.factdesk.claim.ui;

import org.springframework.modulith.NamedInterface;
