/**
 * Who works here and on what: users, projects, memberships with roles, sign-in, API tokens.
 * Other modules ask {@link org.factdesk.team.ProjectAccess} before they read or change anything
 * that belongs to a project.
 */
@ApplicationModule(displayName = "Team")
package org.factdesk.team;

import org.springframework.modulith.ApplicationModule;
