package org.factdesk.review;

/** One level of a project's rating scale. {@code value} feeds ClaimReview's ratingValue; 0 means "not on the scale". */
public record RatingLevel(long id, int position, String label, String color, int value) {
}
