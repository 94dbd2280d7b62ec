package org.factdesk.review;

/**
 * @param fourEyes whoever wrote the current verdict cannot publish it
 * @param publisherName, publisherUrl, publicUrlBase for published fact-checks (ClaimReview)
 */
public record ReviewSettings(boolean fourEyes, String publisherName, String publisherUrl, String publicUrlBase,
                             int version) {
}
