/**
 * The sources screens, plus {@link org.factdesk.source.ui.StructuredText}, which other modules use
 * to show a document's text with their own highlights.
 */
@NamedInterface("ui")
package org.factdesk.source.ui;

import org.springframework.modulith.NamedInterface;
