/**
 * The links' REST API: a claim's links, a project's links with the claims still waiting to be linked, a link made by
 * hand, and an editor's decision on one (PATCH with If-Match, as the claims' reviews take it).
 */
package org.factdesk.link.api;
