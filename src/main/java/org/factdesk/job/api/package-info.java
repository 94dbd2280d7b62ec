/**
 * The jobs' REST API (GET and DELETE /api/jobs/{id}, a project's recent jobs), plus {@link org.factdesk.job.api.JobJson}
 * and {@link org.factdesk.job.api.JobResponses}, with which the calls of other modules that start a job answer it
 * (202 Accepted, where to follow it, and the job in the same shape as GET shows it).
 */
@NamedInterface("api")
package org.factdesk.job.api;

import org.springframework.modulith.NamedInterface;
