package org.factdesk.report;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.factdesk.review.RatingScale;

/**
 * schema.org ClaimReview JSON-LD, one per published claim with a verdict, as Google and other aggregators
 * read them: the reviewed claim's wording, the rating on the project's scale, the public URL of the
 * fact-check, the publisher, and the claim as it appeared in its source.
 */
final class ClaimReviewWriter implements ReportWriter {

    /** Claimants that name a body rather than a person: the claim's author is then an Organization. */
    private static final Pattern ORGANIZATION = Pattern.compile(
            "(?i)\\b(ministry|military|army|forces|police|government|office|agency|authority|authorities|council|"
                    + "committee|department|party|movement|organi[sz]ation|united nations|un|who|unrwa|red cross|"
                    + "red crescent|news|press|times|post|agency|hospital|brigades?|hamas|idf|company|inc|ltd)\\b"
                    + "|^[A-Z]{2,6}$");

    private final JsonOut out;
    private ReportRows.Header header;
    private int best;
    private int worst;

    ClaimReviewWriter(OutputStream out) {
        this.out = new JsonOut(out);
    }

    @Override
    public void begin(ReportRows.Header h) {
        this.header = h;
        var values = h.scale().stream().map(ReportRows.Level::value).toList();
        best = RatingScale.best(values);
        worst = RatingScale.worst(values);
        out.json.writeStartArray();
    }

    @Override
    public void document(ReportRows.Document d, List<ReportRows.Claim> claims) {
        var json = out.json;
        for (var claim : claims) {
            // the public state as a second reviewer signed it off, not the review as it is being edited
            var c = claim.published();
            if (c == null || c.verdict() == null) {
                continue;
            }
            String reviewed = c.claimReviewed() != null ? c.claimReviewed() : c.quote();
            json.writeStartObject();
            out.text("@context", "https://schema.org");
            out.text("@type", "ClaimReview");
            out.text("url", url(header.publisher().publicUrlBase(), reviewed, claim.id()));
            out.text("claimReviewed", reviewed);
            out.date("datePublished", c.publishedAt() == null ? null
                    : c.publishedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate());
            json.writeObjectPropertyStart("author");
            out.text("@type", "Organization");
            out.text("name", header.publisher().name());
            out.text("url", header.publisher().url());
            json.writeEndObject();
            json.writeObjectPropertyStart("reviewRating");
            out.text("@type", "Rating");
            if (c.verdictValue() != null && c.verdictValue() > 0) {
                out.number("ratingValue", c.verdictValue());
            }
            out.number("bestRating", best);
            out.number("worstRating", worst);
            out.text("alternateName", c.verdict());
            json.writeEndObject();
            if (header.options().rationale() && !c.rationale().isBlank()) {
                out.text("reviewBody", PlainText.of(c.rationale()));
            }
            json.writeObjectPropertyStart("itemReviewed");
            out.text("@type", "Claim");
            if (c.claimant() != null) {
                json.writeObjectPropertyStart("author");
                out.text("@type", ORGANIZATION.matcher(c.claimant().strip()).find() ? "Organization" : "Person");
                out.text("name", c.claimant());
                json.writeEndObject();
            }
            out.date("datePublished", d.publishedOn());
            appearance("appearance", d);
            appearance("firstAppearance", d);
            json.writeEndObject();
            json.writeEndObject();
        }
        out.flush();
    }

    private void appearance(String name, ReportRows.Document d) {
        var json = out.json;
        json.writeObjectPropertyStart(name);
        out.text("@type", "CreativeWork");
        out.text("url", d.url());
        out.text("headline", d.title());
        if (d.outlet() != null) {
            json.writeObjectPropertyStart("publisher");
            out.text("@type", "Organization");
            out.text("name", d.outlet());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** The public fact-check's address: the project's base URL and a slug of the claim, unique by its id. */
    static String url(String base, String claimReviewed, long claimId) {
        String slug = ReportService.slug(claimReviewed);
        String words = slug.length() > 50 ? slug.substring(0, 50).replaceAll("-+[^-]*$", "") : slug;
        return base.replaceAll("/+$", "") + "/" + words.toLowerCase(Locale.ROOT) + "-" + claimId;
    }

    @Override
    public void end() {
        out.json.writeEndArray();
        out.flush();
    }
}
