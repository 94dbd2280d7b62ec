package org.factdesk.claim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.factdesk.source.DocumentId;
import org.factdesk.team.ProjectId;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a claim from a row that selected {@link #COLUMNS} from {@code claim c}. Public for statements of other
 * modules that need the claim in the same round trip as their own work, such as a review save.
 */
@Component
public class ClaimRowMapper {

    public static final String COLUMNS = """
            c.id, c.version, c.project_id, c.document_id, c.document_version, c.start_offset, c.end_offset, c.quote,
            c.prefix, c.suffix, c.score, c.signals, c.facts, c.status, c.origin, c.anchor
            """;

    private final JsonMapper json;

    ClaimRowMapper(JsonMapper json) {
        this.json = json;
    }

    public Claim map(ResultSet rs) throws SQLException {
        var data = new ClaimData(new ProjectId(rs.getLong("project_id")), new DocumentId(rs.getLong("document_id")),
                rs.getInt("document_version"), new Span(rs.getInt("start_offset"), rs.getInt("end_offset")),
                rs.getString("quote"), rs.getString("prefix"), rs.getString("suffix"), rs.getInt("score"),
                signals(rs.getString("signals")), json.readValue(rs.getString("facts"), ClaimFacts.class),
                ClaimStatus.valueOf(rs.getString("status")), ClaimOrigin.valueOf(rs.getString("origin")),
                AnchorState.valueOf(rs.getString("anchor")));
        return new Claim(new ClaimId(rs.getLong("id")), rs.getInt("version"), data);
    }

    List<Signal> signals(String text) {
        return json.readValue(text, new TypeReference<List<Signal>>() {
        });
    }
}
