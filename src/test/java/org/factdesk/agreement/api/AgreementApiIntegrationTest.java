package org.factdesk.agreement.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.factdesk.ApiClient;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.agreement.AgreementFixtures;
import org.factdesk.review.ReviewData;
import org.factdesk.review.ReviewService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The rounds' API as a script uses it: start, give blind verdicts, read the figures and the CSV; bad input is a 4xx. */
@FactdeskIntegrationTest
class AgreementApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired ApiClient api;
    @Autowired Fixtures fixtures;
    @Autowired AgreementFixtures desks;
    @Autowired ReviewService reviews;
    @Autowired JsonMapper json;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private int put(String path, String token, String body, String ifMatch) throws Exception {
        var request = api.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.send(request).statusCode();
    }

    @Test
    void two_reviewers_judge_blind_through_the_api_and_the_round_carries_kappa_and_alpha() throws Exception {
        var desk = desks.desk("ag-api", 2);
        var c = desk.claims();
        reviews.save(c.get(0), 0, ReviewData.empty().withVerdictId(reviews.scale(desk.project()).byLabel("Mixed")
                .orElseThrow().id()).withRationale("owner's hidden note"));
        fixtures.signOut();
        String owner = api.on(port).bearer("ag-api-owner");
        String r1 = api.bearer("ag-api-r1");
        String r2 = api.bearer("ag-api-r2");

        var created = api.postJson("/api/projects/" + desk.project().value() + "/rounds", owner,
                "{\"claimIds\":[" + c.get(0).value() + "," + c.get(1).value() + "],\"reviewers\":["
                        + desk.reviewers().get(0).value() + "," + desk.reviewers().get(1).value() + "]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json.readTree(created.body()).get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/rounds/" + id);
        assertThat(json.readTree(created.body()).get("state").asString()).isEqualTo("OPEN");

        var blindClaim = api.get("/api/claims/" + c.get(0).value(), r1);
        assertThat(blindClaim.statusCode()).isEqualTo(200);
        assertThat(blindClaim.body()).doesNotContain("owner's hidden note").doesNotContain("Mixed");

        assertThat(put("/api/rounds/" + id + "/verdicts/" + c.get(0).value(), r1, "{\"verdict\":\"True\"}", null)).isEqualTo(200);
        assertThat(put("/api/rounds/" + id + "/verdicts/" + c.get(1).value(), r1, "{\"verdict\":\"False\",\"rationale\":\"no\"}", null)).isEqualTo(200);
        var partial = json.readTree(api.get("/api/rounds/" + id, r2).body());
        assertThat(partial.get("figuresShown").asBoolean()).isFalse();
        assertThat(put("/api/rounds/" + id + "/verdicts/" + c.get(0).value(), r2, "{\"verdict\":\"True\"}", null)).isEqualTo(200);
        assertThat(put("/api/rounds/" + id + "/verdicts/" + c.get(1).value(), r2, "{\"verdict\":\"Mostly false\"}", null)).isEqualTo(200);
        assertThat(api.get("/api/claims/" + c.get(0).value(), r1).body()).contains("owner's hidden note");

        var round = json.readTree(api.get("/api/rounds/" + id, owner).body());
        assertThat(round.get("n").asInt()).isEqualTo(2);
        assertThat(round.get("reviewers").size()).isEqualTo(2);
        var figures = round.get("figures");
        assertThat(figures.get("percentAgreement").asDouble()).isEqualTo(0.5);
        for (String key : new String[] {"cohensKappa", "fleissKappa", "krippendorffAlphaNominal",
                "krippendorffAlphaOrdinal", "gwetAc1"}) {
            assertThat(figures.has(key)).as(key).isTrue();
        }
        assertThat(round.get("pairs").get(0).get("n").asInt()).isEqualTo(2);
        assertThat(round.get("pairs").get(0).get("confusion").size()).isEqualTo(7);

        var csv = api.get("/api/rounds/" + id + "/verdicts.csv", owner);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().count()).isEqualTo(5);
        assertThat(csv.body()).contains("Mostly false");
    }

    @Test
    void bad_input_answers_with_a_problem_not_a_server_error() throws Exception {
        var desk = desks.desk("ag-api-bad", 2);
        fixtures.signOut();
        String owner = api.on(port).bearer("ag-api-bad-owner");
        String r1 = api.bearer("ag-api-bad-r1");
        String path = "/api/projects/" + desk.project().value() + "/rounds";

        assertThat(api.postJson(path, owner, "{\"claimIds\":[1],\"reviewers\":[]}").statusCode()).isEqualTo(400);
        assertThat(api.postJson(path, owner, "{\"claimIds\":[null],\"reviewers\":[1,2]}").statusCode()).isEqualTo(400);
        assertThat(api.postJson(path, owner, "{\"sample\":\"many\"}").statusCode()).isEqualTo(400);
        assertThat(api.postJson(path, r1, "{\"filter\":{},\"reviewers\":[" + desk.reviewers().get(0).value() + ","
                + desk.reviewers().get(1).value() + "]}").statusCode()).isEqualTo(403);
        var created = api.postJson(path, owner, "{\"filter\":{},\"sample\":2,\"seed\":5,\"reviewers\":["
                + desk.reviewers().get(0).value() + "," + desk.reviewers().get(1).value() + "]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json.readTree(created.body()).get("id").asLong();
        long claim = json.readTree(created.body()).get("claimIds").get(0).asLong();
        String verdict = "/api/rounds/" + id + "/verdicts/" + claim;

        assertThat(put(verdict, r1, "{\"verdict\":\"Perhaps\"}", null)).isEqualTo(400);
        assertThat(put(verdict, r1, "{}", null)).isEqualTo(400);
        assertThat(put(verdict, owner, "{\"verdict\":\"True\"}", null)).isEqualTo(403);
        assertThat(put(verdict, r1, "{\"verdict\":\"True\"}", null)).isEqualTo(200);
        assertThat(put(verdict, r1, "{\"verdict\":\"False\"}", null)).isEqualTo(409);
        assertThat(put(verdict, r1, "{\"verdict\":\"False\"}", "\"0\"")).isEqualTo(200);
        assertThat(put(verdict, r1, "{\"verdict\":\"Mixed\"}", "\"0\"")).isEqualTo(409);
        assertThat(api.get("/api/rounds/999999", owner).statusCode()).isEqualTo(404);
    }
}
