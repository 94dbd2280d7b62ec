/**
 * The claim page, My work, the rating scale page; {@link org.factdesk.review.ui.MyWorkSection} for other modules'
 * parts of My work, {@link org.factdesk.review.ui.ReviewNavigation} for their links to these pages.
 */
@NamedInterface("ui")
package org.factdesk.review.ui;

import org.springframework.modulith.NamedInterface;
