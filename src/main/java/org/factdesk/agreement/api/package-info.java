/**
 * Agreement rounds' REST API: start a round, read it with its figures, give a blind verdict, download its verdicts
 * as CSV.
 */
package org.factdesk.agreement.api;
