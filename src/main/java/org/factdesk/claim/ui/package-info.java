/**
 * The reader and the claims list, plus the parts the review screens share: {@link
 * org.factdesk.claim.ui.ShortcutHelp}.
 */
@NamedInterface("ui")
package org.factdesk.claim.ui;

import org.springframework.modulith.NamedInterface;
