package org.factdesk.review;

/** One bar of the progress panel: a status or a verdict, its colour and how many claims have it. */
public record ProgressCount(String label, String color, int count) {
}
