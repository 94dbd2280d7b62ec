package org.factdesk.report;

import java.io.OutputStream;
import java.util.List;

/**
 * The complete export, in the structure of {@code report/factdesk-report.schema.json} (described in the README):
 * the project and its scale, a summary, then each document with its claims, their anchors and facts,
 * annotations, evidence, comments and, when asked for, history.
 */
final class JsonReportWriter implements ReportWriter {

    private final JsonOut out;
    private ExportOptions options;

    JsonReportWriter(OutputStream out) {
        this.out = new JsonOut(out);
    }

    @Override
    public void begin(ReportRows.Header h) {
        this.options = h.options();
        var json = out.json;
        json.writeStartObject();
        out.text("format", "factdesk-report");
        out.number("formatVersion", 1);
        out.time("generatedAt", h.generatedAt());
        out.text("generatedBy", h.generatedBy());
        out.text("scope", h.scope());
        json.writeObjectPropertyStart("project");
        out.number("id", h.projectId());
        out.text("name", h.project());
        out.text("description", h.description());
        json.writeArrayPropertyStart("ratingScale");
        for (var level : h.scale()) {
            json.writeStartObject();
            out.number("id", level.id());
            out.text("label", level.label());
            out.number("value", level.value());
            out.text("color", level.color());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectPropertyStart("publisher");
        out.textOrNull("name", h.publisher().name());
        out.textOrNull("url", h.publisher().url());
        out.textOrNull("publicUrlBase", h.publisher().publicUrlBase());
        json.writeEndObject();
        json.writeEndObject();
        json.writeObjectPropertyStart("summary");
        out.number("documents", h.documents());
        out.number("claims", h.claims());
        counts("byVerdict", h.byVerdict());
        counts("byStatus", h.byStatus());
        json.writeEndObject();
        if (h.timeline() != null) {
            timeline(h.timeline().timeline());
        }
        if (h.rounds() != null) {
            rounds(h.rounds());
        }
        json.writeArrayPropertyStart("documents");
    }

    /** The agreement rounds with their figures as measured; a figure that is not defined is null. */
    private void rounds(List<org.factdesk.agreement.RoundReport> rounds) {
        var json = out.json;
        json.writeArrayPropertyStart("agreement");
        for (var r : rounds) {
            var d = r.round().data();
            var f = r.figures();
            json.writeStartObject();
            out.number("id", r.round().id().value());
            out.text("name", d.name());
            out.text("state", d.state().name());
            out.number("reviewers", d.reviewers().size());
            out.number("n", f.n());
            out.number("leftOut", f.leftOut());
            json.writeObjectPropertyStart("figures");
            decimal("percentAgreement", f.percentAgreement());
            decimal("cohensKappa", f.cohensKappa());
            decimal("fleissKappa", f.fleissKappa());
            decimal("krippendorffAlphaNominal", f.krippendorffAlphaNominal());
            decimal("krippendorffAlphaOrdinal", f.krippendorffAlphaOrdinal());
            out.number("ordinalN", f.ordinalN());
            decimal("gwetAc1", f.gwetAc1());
            json.writeEndObject();
            json.writeArrayPropertyStart("pairs");
            for (var p : r.pairs()) {
                json.writeStartObject();
                out.text("a", p.aName());
                out.text("b", p.bName());
                out.number("n", p.n());
                decimal("cohensKappa", p.cohensKappa());
                json.writeArrayPropertyStart("labels");
                p.labels().forEach(json::writeString);
                json.writeEndArray();
                json.writeArrayPropertyStart("confusion");
                for (int[] row : p.confusion()) {
                    json.writeArray(row, 0, row.length);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void decimal(String name, Double value) {
        out.json.writeName(name);
        if (value == null) {
            out.json.writeNull();
        } else {
            out.json.writeNumber(value);
        }
    }

    /** The events the report's claims are in, by date, each with all its claims and its open conflicts. */
    private void timeline(org.factdesk.timeline.Timeline timeline) {
        var json = out.json;
        json.writeObjectPropertyStart("timeline");
        out.number("undated", timeline.undated());
        json.writeArrayPropertyStart("events");
        for (var e : timeline.events()) {
            json.writeStartObject();
            out.number("id", e.id().value());
            out.date("date", e.date());
            out.date("dateEnd", e.dateEnd());
            out.text("precision", e.precision().name());
            out.textOrNull("time", e.time() == null ? null : e.time().toString());
            out.text("title", e.title());
            json.writeArrayPropertyStart("claims");
            for (var c : e.claims()) {
                json.writeStartObject();
                out.number("claimId", c.claimId().value());
                out.number("documentId", c.documentId().value());
                out.textOrNull("outlet", c.outlet());
                out.text("quote", c.quote());
                out.date("date", c.date());
                out.textOrNull("verdict", c.verdict());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("conflicts");
            for (var c : e.conflicts()) {
                json.writeStartObject();
                out.number("linkId", c.linkId().value());
                out.number("claimA", c.claimA().value());
                out.number("claimB", c.claimB().value());
                out.text("state", c.state().name());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void counts(String name, List<ReportRows.Count> counts) {
        out.json.writeArrayPropertyStart(name);
        for (var c : counts) {
            out.json.writeStartObject();
            out.text("label", c.label());
            out.number("count", c.count());
            out.json.writeEndObject();
        }
        out.json.writeEndArray();
    }

    @Override
    public void document(ReportRows.Document d, List<ReportRows.Claim> claims) {
        var json = out.json;
        json.writeStartObject();
        out.number("id", d.id());
        out.text("title", d.title());
        out.textOrNull("outlet", d.outlet());
        out.textOrNull("author", d.author());
        out.date("publishedOn", d.publishedOn());
        out.textOrNull("url", d.url());
        out.text("sourceType", d.sourceType());
        out.textOrNull("language", d.language());
        out.number("version", d.version());
        json.writeArrayPropertyStart("claims");
        for (var c : claims) {
            claim(c);
        }
        json.writeEndArray();
        json.writeEndObject();
        out.flush();
    }

    private void claim(ReportRows.Claim c) {
        var json = out.json;
        json.writeStartObject();
        out.number("id", c.id());
        out.text("quote", c.quote());
        json.writeObjectPropertyStart("anchor");
        out.number("documentVersion", c.documentVersion());
        out.number("start", c.start());
        out.number("end", c.end());
        out.text("prefix", c.prefix());
        out.text("suffix", c.suffix());
        out.text("state", c.anchor());
        json.writeEndObject();
        out.number("score", c.score());
        out.raw("signals", c.signalsJson());
        out.raw("facts", c.factsJson());
        out.text("status", c.status().name());
        out.text("origin", c.origin());
        json.writeObjectPropertyStart("annotation");
        if (c.verdict() == null) {
            json.writeNullProperty("verdict");
        } else {
            json.writeObjectPropertyStart("verdict");
            out.number("id", c.verdictId());
            out.text("label", c.verdict());
            out.number("value", c.verdictValue());
            json.writeEndObject();
        }
        out.textOrNull("verdictBy", c.verdictBy());
        out.text("rationale", options.rationale() ? c.rationale() : "");
        out.textOrNull("claimant", c.claimant());
        out.date("claimDate", c.claimDate());
        json.writeArrayPropertyStart("tags");
        for (String tag : c.tags()) {
            json.writeString(tag);
        }
        json.writeEndArray();
        out.textOrNull("assignee", c.assignee());
        out.date("dueDate", c.dueDate());
        out.textOrNull("claimReviewed", c.claimReviewed());
        json.writeEndObject();
        json.writeArrayPropertyStart("evidence");
        for (var e : c.evidence()) {
            json.writeStartObject();
            out.text("kind", e.kind());
            out.text("relation", e.relation());
            out.textOrNull("url", e.url());
            out.textOrNull("title", e.title());
            out.date("accessedOn", e.accessedOn());
            out.textOrNull("archivedUrl", e.archivedUrl());
            out.textOrNull("document", e.documentTitle());
            out.textOrNull("claim", e.otherClaimQuote());
            out.text("note", e.note() == null ? "" : e.note());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("comments");
        for (var m : c.comments()) {
            json.writeStartObject();
            out.number("id", m.id());
            if (m.parentId() == null) {
                json.writeNullProperty("replyTo");
            } else {
                out.number("replyTo", m.parentId());
            }
            out.text("author", m.author());
            out.text("body", m.body());
            json.writeBooleanProperty("resolved", m.resolved());
            out.time("at", m.at());
            json.writeEndObject();
        }
        json.writeEndArray();
        links(c.links());
        if (options.history()) {
            json.writeArrayPropertyStart("history");
            for (var h : c.history()) {
                json.writeStartObject();
                out.time("at", h.at());
                out.textOrNull("actor", h.actor());
                out.text("action", h.action());
                out.raw("changes", h.changesJson());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.textOrNull("createdBy", c.createdBy());
        out.time("createdAt", c.createdAt());
        out.time("modifiedAt", c.modifiedAt());
        out.time("publishedAt", c.publishedAt());
        out.textOrNull("publishedBy", c.publishedBy());
        json.writeEndObject();
    }

    /** The claim's links to claims of other sources, rejected ones too: their state says what an editor decided. */
    private void links(List<ReportRows.ClaimLink> links) {
        var json = out.json;
        json.writeArrayPropertyStart("links");
        for (var l : links) {
            json.writeStartObject();
            out.number("id", l.id());
            out.number("claimId", l.otherClaimId());
            out.number("documentId", l.otherDocumentId());
            out.text("document", l.otherDocumentTitle());
            out.textOrNull("outlet", l.otherOutlet());
            out.text("quote", l.otherQuote());
            out.text("relation", l.relation());
            out.text("state", l.state());
            out.number("score", l.score());
            json.writeArrayPropertyStart("reasons");
            for (String reason : l.reasons()) {
                json.writeString(reason);
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("differences");
            for (var d : l.differences()) {
                json.writeStartObject();
                out.text("kind", d.kind());
                out.text("this", d.thisSide());
                out.text("other", d.otherSide());
                json.writeEndObject();
            }
            json.writeEndArray();
            out.textOrNull("decidedBy", l.decidedBy());
            out.time("decidedAt", l.decidedAt());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    @Override
    public void end() {
        out.json.writeEndArray();
        out.json.writeEndObject();
        out.flush();
    }
}
