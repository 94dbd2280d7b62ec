package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.source.TextStructure;
import org.junit.jupiter.api.Test;

/**
 * Kinds of statement a fact-checker marks in news although they carry no figure, and the kind of
 * quoted line that is not a claim. The stories are made up; each kind is shown in several.
 */
class StatementKindsTest {

    static List<String> claims(String text) {
        return ClaimExtractor.extract(text, TextStructure.blocks(text), LocalDate.of(2026, 3, 4)).stream()
                .filter(c -> c.score() >= ClaimExtractor.THRESHOLD).map(c -> c.span().of(text)).toList();
    }

    static final String EARTHQUAKE = """
            Quake Topples Clock Tower In Darvell

            By Ilse Marrow

            DARVELL - The main shock hit shortly after 2:15 a.m., while most of the town was asleep.

            The clock tower on Saint Aurel Square came down at about 2:20 a.m. A retired teacher died when the roof of her house gave way.

            The tremor was felt as far away as the capital, Merovia. Of the old covered market, only the front wall was left standing.

            Officials had no information yet about the villages higher up the valley, where the roads were cut.

            “The whole bed was jumping, I thought the house would fall on us,” said Mira Olsen, who lives by the square.

            Residents look at the ruins of the covered market in Darvell on Wednesday.

            Reporting by Ilse Marrow; editing by Tom Quill
            """;

    static final String STORM = """
            Storm Brenna batters Kelby coast

            KELBY - The governor declared a state of emergency in the coastal districts on Sunday night.

            Flags on all public buildings will fly at half-mast until Friday.

            A fisherman drowned when his boat overturned near the harbour mouth. Several people were hurt by flying glass in the town centre.

            “It was like standing inside a jet engine,” said Colm Reyes, a harbour worker.

            “We have never seen the water come this far inland,” a neighbour told reporters.
            """;

    static final String SHIPWRECK = """
            Cargo Ship Sinks Off Haldor Bank

            HALSTRAND - The Asterion was bound for the Baltic port of Klaipeda with a cargo of fertiliser.

            The ship sank in heavy seas shortly before midnight on Saturday. The trawler Northern Gull, which answered its distress call, was built in 1979 at a yard in Halstrand.

            There were no reports of survivors by Sunday evening.

            “It was the most frightening night of my life,” said Ana Petrov, whose brother was on board.
            """;

    static final String COURT_AND_ELECTION = """
            ORRIN - Polls closed at 8 p.m. across the province. The electoral commission declared Anja Perl the winner on Monday.

            In a separate case, the court sentenced Dorin Vasq to life in prison. It was not immediately clear whether the defence would appeal.

            “Honestly, I felt relieved when I heard the verdict,” said Lise Karro, a juror's sister.
            """;

    static final String FACTORY_FIRE = """
            Fire guts Varro packing plant

            BRENNFORD - The fire broke out in the packing hall at around 9:30 p.m. A night-shift supervisor was killed and several colleagues were injured.

            Only the office block was still standing by morning. The plant was opened in 1962 by the Varro family.

            “Fourteen people are still unaccounted for,” said fire chief Aron Pell.

            “The sky turned orange, it was terrifying,” said Petra Lind, who lives nearby.
            """;

    @Test
    void what_happened_and_when_is_a_claim_without_a_figure() {
        assertThat(claims(EARTHQUAKE)).contains(
                "The main shock hit shortly after 2:15 a.m., while most of the town was asleep.",
                "The clock tower on Saint Aurel Square came down at about 2:20 a.m.");
        assertThat(claims(SHIPWRECK)).contains("The ship sank in heavy seas shortly before midnight on Saturday.");
        assertThat(claims(FACTORY_FIRE)).contains("The fire broke out in the packing hall at around 9:30 p.m.");
        assertThat(claims(COURT_AND_ELECTION)).contains("Polls closed at 8 p.m. across the province.");
    }

    @Test
    void deaths_and_injuries_told_without_a_number_are_claims() {
        assertThat(claims(EARTHQUAKE)).contains("A retired teacher died when the roof of her house gave way.");
        assertThat(claims(STORM)).contains("A fisherman drowned when his boat overturned near the harbour mouth.",
                "Several people were hurt by flying glass in the town centre.");
        assertThat(claims(FACTORY_FIRE)).contains(
                "A night-shift supervisor was killed and several colleagues were injured.");
    }

    @Test
    void when_something_was_built_and_where_a_ship_was_bound_are_claims() {
        assertThat(claims(SHIPWRECK)).contains(
                "The Asterion was bound for the Baltic port of Klaipeda with a cargo of fertiliser.",
                "The trawler Northern Gull, which answered its distress call, was built in 1979 at a yard in Halstrand.");
        assertThat(claims(FACTORY_FIRE)).contains("The plant was opened in 1962 by the Varro family.");
    }

    @Test
    void official_acts_are_claims() {
        assertThat(claims(STORM)).contains(
                "The governor declared a state of emergency in the coastal districts on Sunday night.",
                "Flags on all public buildings will fly at half-mast until Friday.");
        assertThat(claims(COURT_AND_ELECTION)).contains(
                "The electoral commission declared Anja Perl the winner on Monday.",
                "In a separate case, the court sentenced Dorin Vasq to life in prison.");
    }

    @Test
    void how_far_an_event_was_felt_and_what_was_left_standing_are_claims() {
        assertThat(claims(EARTHQUAKE)).contains("The tremor was felt as far away as the capital, Merovia.",
                "Of the old covered market, only the front wall was left standing.");
        assertThat(claims(FACTORY_FIRE)).contains("Only the office block was still standing by morning.");
        // how far back in time is not how far an event reached
        assertThat(ClaimExtractorTest.labels("The archive holds letters dating back as far as 1820."))
                .noneMatch(l -> l.startsWith("reach"));
    }

    @Test
    void the_absence_of_news_is_a_claim() {
        assertThat(claims(EARTHQUAKE)).contains(
                "Officials had no information yet about the villages higher up the valley, where the roads were cut.");
        assertThat(claims(SHIPWRECK)).contains("There were no reports of survivors by Sunday evening.");
        assertThat(claims(COURT_AND_ELECTION)).contains(
                "It was not immediately clear whether the defence would appeal.");
    }

    @Test
    void a_witness_impression_in_quotation_marks_is_not_a_claim() {
        assertThat(claims(EARTHQUAKE)).noneMatch(c -> c.contains("The whole bed was jumping"));
        assertThat(claims(STORM)).noneMatch(c -> c.contains("jet engine") || c.contains("never seen the water"));
        assertThat(claims(SHIPWRECK)).noneMatch(c -> c.contains("most frightening night"));
        assertThat(claims(COURT_AND_ELECTION)).noneMatch(c -> c.contains("I felt relieved"));
        assertThat(claims(FACTORY_FIRE)).noneMatch(c -> c.contains("it was terrifying"))
                .contains("“Fourteen people are still unaccounted for,” said fire chief Aron Pell.");
    }

    @Test
    void headlines_captions_and_credits_stay_out() {
        for (String story : List.of(EARTHQUAKE, STORM, SHIPWRECK, COURT_AND_ELECTION, FACTORY_FIRE)) {
            assertThat(claims(story)).noneMatch(c -> c.startsWith("Quake Topples") || c.startsWith("Storm Brenna")
                    || c.startsWith("Cargo Ship") || c.startsWith("Fire guts") || c.startsWith("By ")
                    || c.startsWith("Residents look at") || c.startsWith("Reporting by"));
        }
    }
}
