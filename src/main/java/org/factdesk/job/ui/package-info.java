/**
 * The jobs page and the top bar's indicator, plus what other modules' screens use: {@link
 * org.factdesk.job.ui.JobNavigation} for links to a job, {@link org.factdesk.job.ui.JobItemLink} for where a result leads.
 */
@NamedInterface("ui")
package org.factdesk.job.ui;

import org.springframework.modulith.NamedInterface;
