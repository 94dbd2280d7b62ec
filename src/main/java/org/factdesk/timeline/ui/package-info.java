/**
 * The timeline page: the project's claimed events on a time axis, one lane per source or outlet;
 * {@link org.factdesk.timeline.ui.TimelineNavigation} for other modules' links to it.
 */
@NamedInterface("ui")
package org.factdesk.timeline.ui;

import org.springframework.modulith.NamedInterface;
