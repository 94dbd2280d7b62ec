/**
 * The team's screens, plus what other modules' screens share: the main layout, the project
 * sections in its navigation, and {@link org.factdesk.team.ui.ProjectScope} for project URLs.
 */
@NamedInterface("ui")
package org.factdesk.team.ui;

import org.springframework.modulith.NamedInterface;
