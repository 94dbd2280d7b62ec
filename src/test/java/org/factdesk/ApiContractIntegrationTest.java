package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.factdesk.claim.ClaimFixtures;
import org.factdesk.claim.ClaimService;
import org.factdesk.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The contract test: walks the OpenAPI document at /v3/api-docs and drives every operation with
 * requests generated from its schemas, valid ones and invalid ones (wrong types, missing required
 * fields, NUL characters, hex, decimal and negative ids, other projects' ids, huge strings, wrong
 * content types, no token), seeded so that a failure can be replayed ({@code -Dfactdesk.contract.seed}).
 * Every answer must be no 5xx and no redirect, a status the document lists for the operation, with a
 * body that matches the documented schema; and after every refused (4xx) request the database must be
 * exactly as before.
 * <p>
 * Its own Spring context (the property below), because its failed sign-ins through POST /api/auth/token
 * would otherwise throttle the sign-ins of the test classes that share the usual context.
 */
@FactdeskIntegrationTest
@TestPropertySource(properties = "factdesk.test.context=api-contract")
class ApiContractIntegrationTest {

    static final long SEED = Long.getLong("factdesk.contract.seed", 20261201L);
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @LocalServerPort int port;
    @Autowired org.factdesk.agreement.AgreementService agreement;
    @Autowired ApiClient api;
    @Autowired Fixtures fixtures;
    @Autowired ClaimFixtures claimFixtures;
    @Autowired ClaimService claims;
    @Autowired ReviewService reviews;
    @Autowired org.factdesk.report.ReportJobs reportJobs;
    @Autowired org.factdesk.link.LinkService links;
    @Autowired JdbcClient jdbc;
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    final Random random = new Random(SEED);
    final List<String> failures = new ArrayList<>();
    final Map<String, int[]> coverage = new TreeMap<>();
    JsonNode doc;
    String token;
    byte[] backup;
    int counter;
    Map<String, Long> ids;
    Map<String, Long> othersIds;
    /** A claim of another document of the contract project, which POST /api/claims/{claimId}/links links to. */
    long linkTarget;
    /** A new round's valid body: the reviewers it names (not the admin), and a level of the scale for a blind verdict. */
    List<Long> roundReviewers;
    long roundLevel;
    long roundId;
    long roundJudge;
    List<String> tables;
    Map<String, String> lastSnapshot;
    long settling;

    /** One generated request. {@code refusal}: input the document rules out, which must get a 4xx. */
    record Case(String label, String method, String path, Map<String, String> headers, Supplier<byte[]> body,
                boolean refusal) {
    }

    @Test
    void every_documented_operation_answers_generated_valid_and_invalid_requests_as_documented_and_refusals_change_nothing()
            throws Exception {
        setUp();
        var response = api.get("/v3/api-docs", token);
        assertThat(response.statusCode()).isEqualTo(200);
        doc = JSON.readTree(response.body());
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "api-docs.json"), doc.toPrettyString());
        lastSnapshot = snapshot();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            Set<String> methods = new TreeSet<>();
            path.getValue().fieldNames().forEachRemaining(m -> methods.add(m.toUpperCase(Locale.ROOT)));
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                var op = ops.next();
                operations++;
                String method = op.getKey().toUpperCase(Locale.ROOT);
                for (Case c : cases(path.getKey(), method, op.getValue())) {
                    run(path.getKey(), op.getValue(), c);
                }
            }
            String wrongMethod = methods.contains("POST") ? "PATCH" : "POST";
            run(path.getKey(), null, new Case("an undocumented method", wrongMethod, fill(path.getKey(), ids, null),
                    Map.of("Authorization", token, "Content-Type", "application/json"), () -> "{}".getBytes(), true));
        }
        assertThat(coverage.keySet()).as("every API handler is in the document, and nothing else")
                .containsExactlyInAnyOrderElementsOf(handlers());
        assertThat(operations).isEqualTo(coverage.size());
        coverage.forEach((op, counts) -> {
            if (counts[1] == 0) {
                failures.add(op + ": no generated valid request succeeded");
            }
        });
        var summary = new StringBuilder("seed " + SEED + "; waited " + settling / 1_000_000_000
                + " s for background jobs; operation: requests, 2xx, 4xx\n");
        coverage.forEach((op, c) -> summary.append("  ").append(op).append(": ").append(c[0]).append(", ")
                .append(c[1]).append(", ").append(c[2]).append('\n'));
        System.out.println(summary);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "api-contract-report.txt"),
                summary + String.join("\n", failures) + "\n");
        assertThat(failures).as(summary.toString()).isEmpty();
    }

    /** "METHOD /api/…" of every controller method the application maps under /api. */
    Set<String> handlers() {
        var all = new TreeSet<String>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/") && !p.startsWith("/api/docs")).forEach(p -> info.getMethodsCondition().getMethods()
                        .forEach(m -> all.add(m.name() + " " + p))));
        return all;
    }

    // ---------------------------------------------------------------- fixtures

    void setUp() throws Exception {
        api.on(port);
        var admin = fixtures.admin("contract-admin");
        var project = fixtures.project("Contract", admin);
        var member = fixtures.user("contract-member");
        var stranger = fixtures.user("contract-stranger");
        var other = fixtures.project("Someone else's", stranger);
        fixtures.signIn("contract-admin");
        var claim = claimFixtures.bridgeClaim(project);
        var document = claims.get(claim).data().documentId();
        var city = claimFixtures.cityClaim(project);
        linked(project);
        var link = links.create(claim, city, org.factdesk.link.LinkRelation.CONFLICTS).id();
        reviews.scale(project);
        var roundReviewer = fixtures.user("contract-round-reviewer");
        fixtures.member(project, roundReviewer, org.factdesk.team.ProjectRole.REVIEWER);
        var round = agreement.start(project, "Contract round", org.factdesk.agreement.RoundSelection.of(List.of(claim)),
                List.of(admin, roundReviewer)).id();
        // rounds the generated requests start name two other reviewers: the admin who sends every request would
        // otherwise judge their claims blind, and be refused the backup among others
        var secondReviewer = fixtures.user("contract-round-reviewer-2");
        fixtures.member(project, secondReviewer, org.factdesk.team.ProjectRole.REVIEWER);
        roundReviewers = List.of(roundReviewer.value(), secondReviewer.value());
        roundLevel = reviews.scale(project).levels().getFirst().id();
        // the admin's own blind verdict given, so the claim's review is theirs to change; a PUT changes it by version
        agreement.give(round, claim, roundLevel, "", null);
        roundId = round.value();
        roundJudge = admin.value();
        // an export: it has a file, so GET /api/jobs/{jobId}/output has a case that succeeds
        var job = reportJobs.export(new org.factdesk.report.ExportRequest(project, org.factdesk.report.ExportFormat.CSV,
                null, null)).id();
        fixtures.signIn("contract-stranger");
        var otherClaim = claimFixtures.bridgeClaim(other);
        var otherDocument = claims.get(otherClaim).data().documentId();
        var otherCity = claimFixtures.cityClaim(other);
        linked(other);
        var otherLink = links.create(otherClaim, otherCity, org.factdesk.link.LinkRelation.CONFLICTS).id();
        reviews.scale(other);
        var otherReviewer = fixtures.user("contract-other-reviewer");
        fixtures.member(other, otherReviewer, org.factdesk.team.ProjectRole.REVIEWER);
        var otherRound = agreement.start(other, "Other round", org.factdesk.agreement.RoundSelection.of(List.of(otherClaim)),
                List.of(stranger, otherReviewer)).id();
        var otherJob = reportJobs.export(new org.factdesk.report.ExportRequest(other,
                org.factdesk.report.ExportFormat.CSV, null, null)).id();
        fixtures.signOut();
        settle();
        token = api.bearer("contract-admin");
        ids = Map.of("projectId", project.value(), "documentId", document.value(), "claimId", claim.value(),
                "userId", member.value(), "assigneeId", admin.value(), "jobId", job.value(), "linkId", link.value(),
                "roundId", round.value());
        othersIds = Map.of("projectId", other.value(), "documentId", otherDocument.value(),
                "claimId", otherClaim.value(), "jobId", otherJob.value(), "linkId", otherLink.value(),
                "roundId", otherRound.value());
        linkTarget = city.value();
        backup = api.send(api.request("/api/projects/" + project + "/backup", token).GET(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        tables = jdbc.sql("select tablename from pg_tables where schemaname = current_schema() "
                + "and tablename <> 'flyway_schema_history' order by 1").query(String.class).list();
    }

    /** Waits until the project's claims are linked, so that a link made by hand does not race the linking. */
    void linked(org.factdesk.team.ProjectId project) {
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> links.pending(project) == 0);
    }

    /**
     * A digest of every row of every table. The token's last use is one column a refused request may touch; the
     * job engine's leases, heartbeats and the runs of its recurring sweep are the others, which change on the
     * engine's own schedule (which executions exist is still compared).
     */
    Map<String, String> snapshot() {
        var sql = new StringBuilder();
        for (String table : tables) {
            String row = switch (table) {
                case "api_token" -> "(r.id, r.user_id, r.name, r.token_hash, r.revoked_at)::text";
                case "scheduled_tasks" -> "(r.task_name, r.task_instance, r.task_data)::text";
                default -> "r::text";
            };
            if (!sql.isEmpty()) {
                sql.append(" union all ");
            }
            sql.append("select '").append(table).append("', md5(coalesce(string_agg(x, '|' order by x), '')) from (select ")
                    .append(row).append(" as x from ").append(table).append(" r) s");
        }
        var digest = new TreeMap<String, String>();
        jdbc.sql(sql.toString()).query((rs, i) -> digest.put(rs.getString(1), rs.getString(2))).list();
        return digest;
    }

    /**
     * Waits until the background work that accepted calls started has ended (jobs, their workers, the events their
     * ends publish, the linking of the claims they brought, the timeline built from them), so that a snapshot taken now stays as it is unless a request changes it.
     */
    void settle() {
        long start = System.nanoTime();
        org.awaitility.Awaitility.await("background jobs and their events to end")
                .atMost(java.time.Duration.ofSeconds(120)).pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> jdbc.sql("""
                        select (select count(*) from job where state in ('QUEUED', 'RUNNING'))
                             + (select count(*) from scheduled_tasks where task_name = 'job-work')
                             + (select count(*) from event_publication where completion_date is null)
                             + (select count(*) from link_pending)
                             + (select count(*) from link_pending_document)
                             + (select count(*) from scheduled_tasks where task_name = 'link-work')
                             + (select count(*) from timeline_change)
                             + (select count(*) from scheduled_tasks where task_name = 'timeline-build')
                        """).query(Long.class).single() == 0);
        settling += System.nanoTime() - start;
    }

    // ---------------------------------------------------------------- generating cases

    /** The cases of each body type an operation takes (one path may take multipart files or JSON), or of none. */
    List<Case> cases(String path, String method, JsonNode op) {
        var content = op.path("requestBody").path("content");
        var bodyTypes = fieldNames(content);
        if (bodyTypes.isEmpty()) {
            return cases(path, method, op, null);
        }
        var cases = new ArrayList<Case>();
        for (String bodyType : bodyTypes) {
            for (Case c : cases(path, method, op, bodyType)) {
                cases.add(bodyTypes.size() == 1 ? c : new Case(bodyType + ": " + c.label(), c.method(), c.path(),
                        c.headers(), c.body(), c.refusal()));
            }
        }
        return cases;
    }

    List<Case> cases(String path, String method, JsonNode op, String bodyType) {
        var cases = new ArrayList<Case>();
        var parameters = op.path("parameters");
        boolean anonymous = op.has("security") && op.get("security").isEmpty();
        var content = op.path("requestBody").path("content");
        JsonNode bodySchema = bodyType == null ? null : resolve(content.get(bodyType).path("schema"));
        boolean multipart = "multipart/form-data".equals(bodyType);

        // valid: required parameters, then random optional ones, with bodies from the schema
        for (int variant = 0; variant < 4; variant++) {
            int v = variant;
            var query = validQuery(parameters, variant > 0);
            Supplier<byte[]> body = bodySchema == null ? null
                    : multipart ? () -> multipartBody(bodySchema, "valid") : () -> bytes(validBody(path, bodySchema, v));
            cases.add(new Case("valid #" + variant, method, fill(path, ids, null) + query,
                    headers(bodyType, parameters, null), body, false));
        }
        // path parameters: not decimal, out of range, another project's
        for (JsonNode p : parameters) {
            if (!p.path("in").asText().equals("path")) {
                continue;
            }
            String name = p.get("name").asText();
            for (String bad : List.of("0x1", "1.5", "-1", "abc", "99999999999999999999", "%00", "1e3")) {
                cases.add(new Case(name + "=" + bad, method, fill(path, ids, Map.of(name, bad)) + validQuery(parameters, false),
                        headers(bodyType, parameters, null), validBodySupplier(path, bodySchema, multipart), true));
            }
            if (othersIds.containsKey(name)) {
                cases.add(new Case(name + " of another project", method,
                        fill(path, ids, Map.of(name, String.valueOf(othersIds.get(name)))) + validQuery(parameters, false),
                        headers(bodyType, parameters, null), validBodySupplier(path, bodySchema, multipart), true));
            }
        }
        // query parameters: values of the wrong type, NUL, and a huge one
        for (JsonNode p : parameters) {
            if (!p.path("in").asText().equals("query")) {
                continue;
            }
            String name = p.get("name").asText();
            var schema = resolve(p.path("schema"));
            for (String bad : invalidScalars(schema)) {
                cases.add(new Case(name + "=" + abbreviate(bad), method, fill(path, ids, null)
                        + withQuery(validQuery(parameters, false), name, bad), headers(bodyType, parameters, null),
                        validBodySupplier(path, bodySchema, multipart), true));
            }
            cases.add(new Case(name + " huge", method, fill(path, ids, null) + withQuery(validQuery(parameters, false),
                    name, enc("x".repeat(20_000))), headers(bodyType, parameters, null),
                    validBodySupplier(path, bodySchema, multipart), false));
            if (p.path("required").asBoolean()) {
                cases.add(new Case("without " + name, method, fill(path, ids, null) + without(validQuery(parameters, false), name),
                        headers(bodyType, parameters, null), validBodySupplier(path, bodySchema, multipart), true));
            }
        }
        // headers: If-Match
        for (JsonNode p : parameters) {
            if (p.path("in").asText().equals("header")) {
                String name = p.get("name").asText();
                for (String bad : List.of("abc", "\"0x1\"", "\"999999\"", "")) {
                    cases.add(new Case(name + ": " + bad, method, fill(path, ids, null), headers(bodyType, parameters,
                            Map.of(name, bad)), validBodySupplier(path, bodySchema, multipart), true));
                }
            }
        }
        if (bodySchema != null && !multipart) {
            cases.addAll(jsonBodyCases(path, method, parameters, bodySchema));
        }
        if (multipart) {
            cases.addAll(multipartCases(path, method, parameters, bodySchema));
        }
        if (!anonymous) {
            cases.add(new Case("no token", method, fill(path, ids, null) + validQuery(parameters, false),
                    without(headers(bodyType, parameters, null), "Authorization"),
                    validBodySupplier(path, bodySchema, multipart), true));
            var badToken = new LinkedHashMap<>(headers(bodyType, parameters, null));
            badToken.put("Authorization", "Bearer fd_not-a-token");
            cases.add(new Case("unknown token", method, fill(path, ids, null) + validQuery(parameters, false), badToken,
                    validBodySupplier(path, bodySchema, multipart), true));
        }
        var xml = new LinkedHashMap<>(headers(bodyType, parameters, null));
        xml.put("Accept", "application/xml");
        cases.add(new Case("Accept: application/xml", method, fill(path, ids, null) + validQuery(parameters, false), xml,
                validBodySupplier(path, bodySchema, multipart), false));
        return cases;
    }

    Supplier<byte[]> validBodySupplier(String path, JsonNode schema, boolean multipart) {
        if (schema == null) {
            return null;
        }
        return multipart ? () -> multipartBody(schema, "valid") : () -> bytes(validBody(path, schema, 0));
    }

    List<Case> jsonBodyCases(String path, String method, JsonNode parameters, JsonNode schema) {
        var cases = new ArrayList<Case>();
        var url = fill(path, ids, null) + validQuery(parameters, false);
        var headers = headers("application/json", parameters, null);
        var required = new TreeSet<String>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        if (!required.isEmpty()) {
            cases.add(new Case("body {}", method, url, headers, () -> "{}".getBytes(), true));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            var property = it.next();
            String name = property.getKey();
            var propertySchema = resolve(property.getValue());
            for (JsonNode bad : invalidValues(propertySchema)) {
                cases.add(new Case(name + "=" + abbreviate(bad.toString()), method, url, headers, () -> {
                    var body = validBody(path, schema, 1);
                    body.set(name, bad);
                    return bytes(body);
                }, true));
            }
            if (required.contains(name)) {
                cases.add(new Case("without " + name, method, url, headers, () -> {
                    var body = validBody(path, schema, 1);
                    body.remove(name);
                    return bytes(body);
                }, true));
            }
            if (isString(propertySchema)) {
                cases.add(new Case(name + " huge", method, url, headers, () -> {
                    var body = validBody(path, schema, 1);
                    body.put(name, randomText(1_000_000));
                    return bytes(body);
                }, false));
            }
        }
        cases.add(new Case("an unknown field", method, url, headers, () -> {
            var body = validBody(path, schema, 1);
            body.put("zzzUnknown", 1);
            return bytes(body);
        }, true));
        cases.add(new Case("not JSON", method, url, headers, () -> "{\"a\":".getBytes(), true));
        cases.add(new Case("a JSON array", method, url, headers, () -> "[]".getBytes(), true));
        cases.add(new Case("an empty body", method, url, headers, () -> new byte[0], true));
        cases.add(new Case("a NUL byte in raw JSON", method, url, headers, () -> "{\"a\u0000\":1}".getBytes(), true));
        var text = new LinkedHashMap<>(headers);
        text.put("Content-Type", "text/plain");
        cases.add(new Case("Content-Type: text/plain", method, url, text, () -> bytes(validBody(path, schema, 1)), true));
        cases.add(new Case("no Content-Type", method, url, without(headers, "Content-Type"),
                () -> bytes(validBody(path, schema, 1)), true));
        return cases;
    }

    /** What a multipart call takes: parts named files, one backup in file, or either files or a ZIP in file. */
    enum Upload { FILES, BACKUP, FILES_OR_ARCHIVE }

    static Upload upload(JsonNode schema) {
        var properties = schema.path("properties");
        if (properties.has("files") && properties.has("file")) {
            return Upload.FILES_OR_ARCHIVE;
        }
        return properties.fieldNames().next().equals("file") ? Upload.BACKUP : Upload.FILES;
    }

    List<Case> multipartCases(String path, String method, JsonNode parameters, JsonNode schema) {
        var cases = new ArrayList<Case>();
        var url = fill(path, ids, null) + validQuery(parameters, false);
        var headers = headers("multipart/form-data", parameters, null);
        // kind, and whether it must be refused
        var kinds = new LinkedHashMap<String, Boolean>();
        for (String kind : List.of("no parts", "only a field", "malformed", "51 files", "a 600-character file name",
                "a file name with NUL", "a file part without a file name")) {
            kinds.put(kind, true);
        }
        switch (upload(schema)) {
            case BACKUP -> kinds.put("not a backup", true);
            case FILES_OR_ARCHIVE -> {
                kinds.put("files and file", true);
                kinds.put("a file that is no ZIP", true);
                kinds.put("two archives", true);
                kinds.put("an empty archive", true);
                kinds.put("a ZIP with an unsafe entry", false);
                kinds.put("a ZIP entry name with NUL", false);
                kinds.put("files", false);
                kinds.put("a ZIP", false);
            }
            case FILES -> {
            }
        }
        kinds.forEach((kind, refusal) -> cases.add(new Case(kind, method, url, headers, () -> multipartBody(schema, kind),
                refusal)));
        var json = new LinkedHashMap<>(headers);
        json.put("Content-Type", "application/json");
        cases.add(new Case("JSON instead of multipart", method, url, json, () -> "{}".getBytes(), true));
        return cases;
    }

    static final String BOUNDARY = "contract-boundary";

    byte[] multipartBody(JsonNode schema, String kind) {
        var out = new ByteArrayOutputStream();
        var upload = upload(schema);
        switch (kind) {
            case "no parts" -> {
                write(out, "--" + BOUNDARY + "--\r\n");
                return out.toByteArray();
            }
            case "only a field" -> {
                write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nx\r\n--" + BOUNDARY
                        + "--\r\n");
                return out.toByteArray();
            }
            case "malformed" -> {
                write(out, "--" + BOUNDARY + "\r\nnothing that makes sense");
                return out.toByteArray();
            }
            case "a file part without a file name" -> {
                write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                        + schema.path("properties").fieldNames().next() + "\"\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n");
                return out.toByteArray();
            }
            default -> {
            }
        }
        // a backup comes in file, as does an archive to import; the limits' kinds go where the call takes files
        boolean archive = switch (kind) {
            case "files", "files and file" -> false;
            case "51 files", "a 600-character file name", "a file name with NUL" -> upload == Upload.BACKUP;
            case "valid" -> upload == Upload.BACKUP || upload == Upload.FILES_OR_ARCHIVE && random.nextBoolean();
            default -> upload != Upload.FILES;
        };
        int parts = switch (kind) {
            case "51 files" -> 51;
            case "two archives" -> 2;
            default -> archive ? 1 : 1 + random.nextInt(3);
        };
        for (int i = 0; i < parts; i++) {
            String name = switch (kind) {
                case "a 600-character file name" -> "n".repeat(600) + ".txt";
                case "a file name with NUL" -> "a\u0000b.txt";
                default -> upload == Upload.BACKUP ? "backup.zip" : "contract-" + (++counter) + (archive ? ".zip" : ".txt");
            };
            if (archive) {
                filePart(out, "file", name, "application/zip", archiveContent(upload, kind));
            } else {
                filePart(out, "files", name, "text/plain", story());
            }
        }
        if (kind.equals("files and file")) {
            filePart(out, "file", "contract-" + (++counter) + ".zip", "application/zip", zip("story.txt"));
        }
        write(out, "--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    byte[] archiveContent(Upload upload, String kind) {
        return switch (kind) {
            case "not a backup", "a file that is no ZIP" -> story();
            // only the end record: ZipOutputStream refuses to write an archive without entries
            case "an empty archive" -> new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
            case "a ZIP with an unsafe entry" -> zip("story.txt", "../x.txt");
            case "a ZIP entry name with NUL" -> zip("a\u0000b.txt", "story.txt");
            default -> upload == Upload.BACKUP ? backup : zip("wire/story-" + (++counter) + ".txt");
        };
    }

    byte[] story() {
        return ("The harbour authority said on 3 March 2026 that " + (1 + random.nextInt(999))
                + " containers were lost in the fire. " + randomText(40)).getBytes(StandardCharsets.UTF_8);
    }

    byte[] zip(String... entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry));
                zip.write(story());
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static void filePart(ByteArrayOutputStream out, String field, String name, String type, byte[] content) {
        write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n");
        out.writeBytes(content);
        write(out, "\r\n");
    }

    static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A body the schema allows, with values that mean something here (the fixtures' ids, a password of the policy). */
    ObjectNode validBody(String path, JsonNode schema, int variant) {
        var body = NODES.objectNode();
        var required = new TreeSet<String>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            var property = it.next();
            String name = property.getKey();
            boolean include = required.contains(name) || variant == 1 || variant >= 2 && random.nextBoolean();
            JsonNode value = validValue(path, name, resolve(property.getValue()));
            if (include && value != null) {
                body.set(name, value);
            }
        }
        return body;
    }

    JsonNode validValue(String path, String name, JsonNode schema) {
        if (path.equals("/api/auth/token")) {
            switch (name) {
                case "login" -> {
                    return NODES.textNode("contract-admin");
                }
                case "password" -> {
                    return NODES.textNode(Fixtures.PASSWORD);
                }
                default -> {
                }
            }
        }
        if (path.contains("/verdicts/") && name.equals("verdictId")) {
            return NODES.numberNode(roundLevel);
        }
        switch (name) {
            case "login" -> {
                return NODES.textNode("contract-user-" + (++counter));
            }
            case "password" -> {
                return NODES.textNode("contract-password-" + (++counter));
            }
            case "email" -> {
                return NODES.textNode("desk" + (++counter) + "@example.org");
            }
            case "status" -> {
                return NODES.textNode(List.of("TO_CHECK", "IN_PROGRESS", "SUGGESTED").get(random.nextInt(3)));
            }
            case "verdictId", "parentId", "verdict" -> {
                return null;
            }
            case "urls" -> {
                // no web addresses: the job refuses them at once, and nothing is fetched from the internet
                var urls = NODES.arrayNode();
                for (int i = random.nextInt(3); i >= 0; i--) {
                    urls.add(List.of("ftp://example.org/report.txt", "not an address", "mailto:desk@example.org")
                            .get(random.nextInt(3)));
                }
                return urls;
            }
            default -> {
            }
        }
        if (path.endsWith("/rounds")) {
            switch (name) {
                case "claimIds" -> {
                    // not the claim the other operations edit: a new round would make the admin blind on it again
                    return NODES.arrayNode().add(linkTarget);
                }
                case "reviewers" -> {
                    var array = NODES.arrayNode();
                    roundReviewers.forEach(array::add);
                    return array;
                }
                case "filter", "sample", "seed" -> {
                    return null;
                }
                default -> {
                }
            }
        }
        if (name.equals("claimId") && path.endsWith("/links")) {
            return NODES.numberNode(linkTarget);
        }
        if (ids.containsKey(name)) {
            return NODES.numberNode(ids.get(name));
        }
        if (schema.has("enum")) {
            var values = schema.get("enum");
            return values.get(name.equals("role") ? values.size() - 1 : random.nextInt(values.size()));
        }
        String type = type(schema);
        return switch (type) {
            case "string" -> "date".equals(schema.path("format").asText())
                    ? NODES.textNode("2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10))
                    : NODES.textNode(name + " " + randomText(1 + random.nextInt(30)));
            case "integer" -> NODES.numberNode(random.nextInt(100));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                var item = resolve(schema.path("items"));
                for (int i = random.nextInt(3); i >= 0; i--) {
                    var v = validValue(path, "item", item);
                    if (v != null) {
                        array.add(v);
                    }
                }
                yield array;
            }
            default -> NODES.objectNode();
        };
    }

    /** Values of the wrong type or shape for a property, each of which the API must refuse. */
    List<JsonNode> invalidValues(JsonNode schema) {
        var values = new ArrayList<JsonNode>();
        switch (type(schema)) {
            case "string" -> {
                values.add(NODES.numberNode(42));
                values.add(NODES.booleanNode(true));
                values.add(NODES.objectNode());
                values.add(NODES.textNode("a\u0000b"));
                if ("date".equals(schema.path("format").asText())) {
                    values.add(NODES.textNode("2026-02-30"));
                    values.add(NODES.textNode("+57385-01-01"));
                    values.add(NODES.textNode("yesterday"));
                }
                if (schema.has("enum")) {
                    values.add(NODES.textNode("NOPE"));
                }
            }
            case "integer" -> {
                values.add(NODES.numberNode(1.5));
                values.add(NODES.textNode("12"));
                values.add(NODES.textNode("0x10"));
                values.add(NODES.booleanNode(false));
                values.add(NODES.arrayNode());
                values.add(NODES.numberNode(new java.math.BigInteger("99999999999999999999999")));
            }
            case "boolean" -> {
                values.add(NODES.textNode("yes"));
                values.add(NODES.numberNode(1));
            }
            case "array" -> {
                values.add(NODES.textNode("not a list"));
                values.add(NODES.objectNode());
                var withNull = NODES.arrayNode();
                withNull.add("a");
                withNull.addNull();
                values.add(withNull);
                var withNumber = NODES.arrayNode();
                withNumber.add(7);
                values.add(withNumber);
            }
            default -> values.add(NODES.textNode("not an object"));
        }
        return values;
    }

    List<String> invalidScalars(JsonNode schema) {
        var values = new ArrayList<String>();
        switch (type(schema)) {
            case "integer" -> values.addAll(List.of("1.5", "0x10", "abc", "99999999999999999999", "%2310"));
            case "boolean" -> values.add("maybe");
            case "array" -> values.addAll(invalidScalars(resolve(schema.path("items"))));
            case "string" -> {
                values.add("%00");
                if (schema.has("enum")) {
                    values.add("NOPE");
                }
                if ("date".equals(schema.path("format").asText())) {
                    values.addAll(List.of("2026-13-45", "yesterday"));
                }
            }
            default -> {
            }
        }
        return values;
    }

    String validQuery(JsonNode parameters, boolean optional) {
        var query = new StringBuilder();
        for (JsonNode p : parameters) {
            if (!p.path("in").asText().equals("query")) {
                continue;
            }
            boolean required = p.path("required").asBoolean();
            if (!required && !(optional && random.nextInt(3) == 0)) {
                continue;
            }
            String name = p.get("name").asText();
            var schema = resolve(p.path("schema"));
            String value = switch (name) {
                case "offset" -> "0";
                case "limit" -> String.valueOf(1 + random.nextInt(100));
                case "minScore" -> "0";
                case "maxScore" -> "100";
                case "sort" -> List.of("score", "newest", "status").get(random.nextInt(3));
                default -> {
                    if (ids.containsKey(name)) {
                        yield String.valueOf(ids.get(name));
                    }
                    if (schema.has("enum")) {
                        yield schema.get("enum").get(random.nextInt(schema.get("enum").size())).asText();
                    }
                    var items = resolve(schema.path("items"));
                    if (type(schema).equals("array") && items.has("enum")) {
                        yield items.get("enum").get(random.nextInt(items.get("enum").size())).asText();
                    }
                    yield switch (type(schema)) {
                        case "integer" -> String.valueOf(random.nextInt(50));
                        case "boolean" -> String.valueOf(random.nextBoolean());
                        case "string" -> "date".equals(schema.path("format").asText()) ? "2026-03-0" + (1 + random.nextInt(9))
                                : enc(randomText(1 + random.nextInt(8)));
                        default -> "x";
                    };
                }
            };
            query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
        }
        return query.toString();
    }

    Map<String, String> headers(String bodyType, JsonNode parameters, Map<String, String> override) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("Authorization", token);
        if (bodyType != null) {
            headers.put("Content-Type", bodyType.equals("multipart/form-data")
                    ? "multipart/form-data; boundary=" + BOUNDARY : bodyType);
        }
        for (JsonNode p : parameters) {
            if (p.path("in").asText().equals("header")) {
                headers.put(p.get("name").asText(), "{etag}");
            }
        }
        if (override != null) {
            headers.putAll(override);
        }
        return headers;
    }

    static String fill(String path, Map<String, Long> ids, Map<String, String> override) {
        String filled = path;
        for (var id : ids.entrySet()) {
            String value = override != null && override.containsKey(id.getKey()) ? override.get(id.getKey())
                    : String.valueOf(id.getValue());
            filled = filled.replace("{" + id.getKey() + "}", value);
        }
        return filled;
    }

    static String withQuery(String query, String name, String value) {
        String rest = without(query, name);
        return (rest.isEmpty() ? "?" : rest + "&") + name + "=" + value;
    }

    static String without(String query, String name) {
        if (query.isEmpty()) {
            return query;
        }
        var kept = new ArrayList<String>();
        for (String pair : query.substring(1).split("&")) {
            if (!pair.startsWith(name + "=")) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? "" : "?" + String.join("&", kept);
    }

    static Map<String, String> without(Map<String, String> headers, String name) {
        var copy = new LinkedHashMap<>(headers);
        copy.remove(name);
        return copy;
    }

    String randomText(int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz  ÄéßçøÆ’“”—–€İıŞ漢字العربية😀0123456789.,;:!?'\"<>&";
        var sb = new StringBuilder(length);
        while (sb.length() < length) {
            sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                    random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
        return sb.toString();
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String abbreviate(String value) {
        return value.length() > 30 ? value.substring(0, 30) + "…" : value;
    }

    static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    JsonNode resolve(JsonNode schema) {
        if (schema != null && schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            return resolve(doc.path("components").path("schemas").path(name));
        }
        return schema;
    }

    static String type(JsonNode schema) {
        var type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isMissingNode() && schema.has("properties")) {
            return "object";
        }
        return type.asText("object");
    }

    static boolean isString(JsonNode schema) {
        return type(schema).equals("string") && !schema.has("enum") && !schema.has("format");
    }

    // ---------------------------------------------------------------- running and checking

    void run(String template, JsonNode op, Case c) throws Exception {
        String label = c.method() + " " + template + " [" + c.label() + "]";
        var request = api.request(c.path(), null);
        for (var header : c.headers().entrySet()) {
            String value = header.getValue().equals("{etag}") ? etag(template) : header.getValue();
            if (!value.isEmpty() || !header.getKey().equals("If-Match")) {
                request.header(header.getKey(), value);
            }
        }
        byte[] body = c.body() == null ? null : c.body().get();
        request.method(c.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<byte[]> response;
        try {
            response = api.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            failures.add(label + ": the connection failed (" + e + ")");
            return;
        }
        int status = response.statusCode();
        if (op != null) {
            var counts = coverage.computeIfAbsent(c.method() + " " + template, k -> new int[3]);
            counts[0]++;
            if (status / 100 == 2) {
                counts[1]++;
            } else if (status / 100 == 4) {
                counts[2]++;
            }
        }
        String text = new String(response.body(), StandardCharsets.UTF_8);
        if (status >= 500 || status / 100 == 3 || status < 200) {
            failures.add(label + ": " + status + " " + abbreviate(text));
            return;
        }
        if (c.refusal() && status / 100 != 4) {
            failures.add(label + ": refused input answered " + status + " " + abbreviate(text));
        }
        checkDocumented(label, op, status, response, text);
        if (status / 100 == 4) {
            var now = snapshot();
            if (!now.equals(lastSnapshot)) {
                var changed = new TreeSet<String>();
                now.forEach((table, digest) -> {
                    if (!digest.equals(lastSnapshot.get(table))) {
                        changed.add(table);
                    }
                });
                failures.add(label + ": answered " + status + " but changed " + changed);
                lastSnapshot = now;
            }
        } else {
            settle();
            lastSnapshot = snapshot();
        }
    }

    /** The current version of what the path names: a link, or else the claim's review. */
    String etag(String template) throws Exception {
        if (template.startsWith("/api/rounds/")) {
            return "\"" + fixtures.jdbc().sql("select version from agreement_verdict where round_id = :r "
                    + "and claim_id = :c and reviewer_id = :u").param("r", roundId).param("c", ids.get("claimId"))
                    .param("u", roundJudge).query(Integer.class).optional().orElse(0) + "\"";
        }
        String resource = template.startsWith("/api/links/") ? "/api/links/" + ids.get("linkId")
                : "/api/claims/" + ids.get("claimId");
        return api.get(resource, token).headers().firstValue("ETag").orElse("\"0\"");
    }

    void checkDocumented(String label, JsonNode op, int status, HttpResponse<byte[]> response, String text) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        String baseType = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        JsonNode schema;
        if (op == null) {
            schema = NODES.objectNode().put("$ref", "#/components/schemas/Problem");
            if (status != 405) {
                failures.add(label + ": an undocumented method answered " + status + ", not 405");
            }
        } else {
            var documented = op.path("responses").path(String.valueOf(status));
            if (documented.isMissingNode()) {
                documented = op.path("responses").path("default");
            }
            if (documented.isMissingNode()) {
                failures.add(label + ": status " + status + " is not documented");
                return;
            }
            var content = documented.path("content");
            if (content.isMissingNode() || content.isEmpty()) {
                if (response.body().length > 0) {
                    failures.add(label + ": " + status + " documents no body but has one (" + baseType + ")");
                }
                return;
            }
            JsonNode media = content.path(baseType);
            if (media.isMissingNode()) {
                media = content.path("*/*");
            }
            if (media.isMissingNode()) {
                failures.add(label + ": " + status + " answered " + baseType + ", documented " + fieldNames(content));
                return;
            }
            schema = media.path("schema");
            if ("binary".equals(resolve(schema).path("format").asText())) {
                return;
            }
        }
        if (!baseType.endsWith("json")) {
            failures.add(label + ": " + status + " answered " + baseType + " where JSON is documented");
            return;
        }
        try {
            var errors = validator(schema).validate(JSON.readTree(text));
            if (!errors.isEmpty()) {
                failures.add(label + ": " + status + " body does not match its schema: " + errors + " in "
                        + abbreviate(text));
            }
        } catch (Exception e) {
            failures.add(label + ": " + status + " body could not be checked (" + e + "): " + abbreviate(text));
        }
    }

    static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    final Map<String, com.networknt.schema.JsonSchema> validators = new LinkedHashMap<>();

    /**
     * The documented schema as JSON Schema 2020-12, with the components it references written in place
     * (the API's schemas have no cycles); the API writes absent values as null, so every property may
     * be null; and an object has only the properties it documents, so a renamed or undocumented field fails.
     */
    com.networknt.schema.JsonSchema validator(JsonNode schema) {
        return validators.computeIfAbsent(schema.toString(), key -> {
            var root = (ObjectNode) strict(schema);
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
        });
    }

    JsonNode strict(JsonNode source) {
        if (source instanceof ObjectNode in) {
            if (in.has("$ref")) {
                return strict(resolve(in));
            }
            var out = NODES.objectNode();
            for (var it = in.fields(); it.hasNext(); ) {
                var field = it.next();
                switch (field.getKey()) {
                    case "example", "examples" -> out.set(field.getKey(), field.getValue());
                    case "properties" -> {
                        var props = out.putObject("properties");
                        field.getValue().fields().forEachRemaining(p -> {
                            var nullable = NODES.objectNode();
                            nullable.putArray("anyOf").add(strict(p.getValue())).add(NODES.objectNode().put("type", "null"));
                            props.set(p.getKey(), nullable);
                        });
                    }
                    default -> out.set(field.getKey(), strict(field.getValue()));
                }
            }
            if (out.has("properties") && !out.has("additionalProperties")) {
                out.put("additionalProperties", false);
            }
            return out;
        }
        if (source instanceof ArrayNode in) {
            var out = NODES.arrayNode();
            in.forEach(e -> out.add(strict(e)));
            return out;
        }
        return source;
    }
}
