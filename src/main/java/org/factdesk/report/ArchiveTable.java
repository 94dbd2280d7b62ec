package org.factdesk.report;

import java.util.List;
import java.util.Map;

/**
 * A table in a project backup, in restore order: how its rows are found, what is left out, which columns
 * point at rows of other tables (renumbered on restore) and which at users (matched by login).
 * <p>
 * See decision 0015 in docs/decisions.
 */
record ArchiveTable(String name, String belongs, String order, boolean hasId, List<String> omit,
                    Map<String, String> refs, List<String> userColumns) {

    private static final String OF_PROJECT = "t.project_id = :project";
    private static final String OF_CLAIMS = "t.claim_id in (select id from claim where project_id = :project)";

    static final List<ArchiveTable> ALL = List.of(
            new ArchiveTable("rating_level", OF_PROJECT, "t.id", true, List.of(), Map.of(), List.of()),
            new ArchiveTable("review_settings", OF_PROJECT, "t.project_id", false, List.of(), Map.of(), List.of()),
            new ArchiveTable("document", OF_PROJECT, "t.id", true, List.of(), Map.of(), List.of("created_by")),
            new ArchiveTable("document_version", OF_PROJECT, "t.id", true, List.of("original"),
                    Map.of("document_id", "document"), List.of("created_by")),
            new ArchiveTable("claim", OF_PROJECT, "t.id", true, List.of("search", "claimant_search"),
                    Map.of("document_id", "document"), List.of("created_by")),
            new ArchiveTable("claim_revision", OF_CLAIMS, "t.id", true, List.of(), Map.of("claim_id", "claim"),
                    List.of("actor_id")),
            new ArchiveTable("claim_review", OF_PROJECT, "t.claim_id", false, List.of(),
                    Map.of("claim_id", "claim", "verdict_id", "rating_level"),
                    List.of("verdict_by", "assignee_id", "updated_by")),
            new ArchiveTable("evidence", OF_CLAIMS, "t.id", true, List.of(),
                    Map.of("claim_id", "claim", "document_id", "document", "other_claim_id", "claim"),
                    List.of("created_by")),
            new ArchiveTable("comment", OF_CLAIMS, "t.id", true, List.of(),
                    Map.of("claim_id", "claim", "parent_id", "comment"), List.of("author_id")),
            // entity_id points at the claim, the evidence or the comment, by entity_type
            new ArchiveTable("review_revision", OF_CLAIMS, "t.id", true, List.of(), Map.of("claim_id", "claim"),
                    List.of("actor_id")),
            new ArchiveTable("claim_publication", OF_PROJECT, "t.id", true, List.of(),
                    Map.of("claim_id", "claim", "verdict_id", "rating_level", "last_revision_id", "review_revision"),
                    List.of("verdict_by", "actor_id")),
            new ArchiveTable("claim_source_change", OF_PROJECT, "t.id", true, List.of(), Map.of("claim_id", "claim"),
                    List.of("resolved_by")));
}
