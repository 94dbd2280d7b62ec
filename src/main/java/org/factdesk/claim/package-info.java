/**
 * Claims: statements worth checking, found automatically with the reasons they were picked, or
 * marked by hand; anchored to a span of a document version and carried over to new versions.
 */
@ApplicationModule(displayName = "Claims")
package org.factdesk.claim;

import org.springframework.modulith.ApplicationModule;
