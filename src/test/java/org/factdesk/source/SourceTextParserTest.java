package org.factdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SourceTextParserTest {

    static ParsedText parse(String text) {
        return SourceTextParser.parse(text);
    }

    static String first(ParsedText parsed, BlockKind kind, String text) {
        return parsed.blocks().stream().filter(b -> b.kind() == kind).findFirst().map(b -> b.text(text)).orElse(null);
    }

    @Test
    void a_wiki_page_gives_title_infobox_fields_sections_and_navigation() {
        String text = """
                = Harbour Bridge =

                Infobox bridge
                - Opened: 1987
                - Length: 64 m

                The bridge crossed the canal.

                == History ==
                It was repainted in 2011.

                == See also ==
                - Tarrow canal
                """;
        var parsed = parse(text);

        assertThat(parsed.title()).isEqualTo("Harbour Bridge");
        assertThat(parsed.sourceType()).isEqualTo(SourceType.ENCYCLOPEDIA);
        assertThat(parsed.blocks()).filteredOn(b -> b.kind() == BlockKind.INFOBOX_FIELD)
                .extracting(Block::key, Block::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Opened", "1987"),
                        org.assertj.core.groups.Tuple.tuple("Length", "64 m"));
        assertThat(first(parsed, BlockKind.HEADING, text)).isEqualTo("== History ==");
        assertThat(first(parsed, BlockKind.NAVIGATION, text)).isEqualTo("- Tarrow canal");
        assertThat(first(parsed, BlockKind.PARAGRAPH, text)).isEqualTo("The bridge crossed the canal.");
    }

    @Test
    void news_copy_gives_byline_date_dateline_and_credit() {
        String text = """
                By Jane Roe

                Floods cut off the northern valley

                March 3, 2026 - 18:40
                Rescue teams wait for the water to fall

                KESTREL BAY- Rescue teams reached the valley on Tuesday after two days of rain that closed every road.

                Leave a Comment

                (Valley Herald)
                """;
        var parsed = parse(text);

        assertThat(parsed.author()).isEqualTo("Jane Roe");
        assertThat(parsed.title()).isEqualTo("Floods cut off the northern valley");
        assertThat(parsed.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(parsed.outlet()).isEqualTo("Valley Herald");
        assertThat(parsed.sourceType()).isEqualTo(SourceType.NEWS);
        assertThat(first(parsed, BlockKind.SUBTITLE, text)).isEqualTo("Rescue teams wait for the water to fall");
        assertThat(first(parsed, BlockKind.DATELINE, text)).isEqualTo("KESTREL BAY- ");
        assertThat(first(parsed, BlockKind.PARAGRAPH, text)).startsWith("Rescue teams reached");
        assertThat(first(parsed, BlockKind.BOILERPLATE, text)).isEqualTo("Leave a Comment");
    }

    @Test
    void of_two_different_date_lines_at_the_top_the_one_nearest_the_body_is_the_documents_date_and_both_are_kept() {
        String text = """
                September 2, 2025

                Ferry crossings halted after the pier cracked

                Mar 14, 2025

                Ferry operators in Port Averon halted every crossing after engineers found a crack running the length
                of the main pier, the harbour authority said on Friday.
                """;
        var parsed = parse(text);

        assertThat(parsed.publishedOn()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(parsed.dateLines()).containsExactly(LocalDate.of(2025, 9, 2), LocalDate.of(2025, 3, 14));
        assertThat(parsed.title()).isEqualTo("Ferry crossings halted after the pier cracked");
        assertThat(parsed.blocks()).filteredOn(b -> b.kind() == BlockKind.DATE).hasSize(2);
    }

    @Test
    void the_same_date_written_twice_is_one_date() {
        String text = """
                Published: 4 May 2025

                Council approves the new harbour wall

                May 4, 2025 - 09:15

                The council approved the new harbour wall on Sunday after a debate that lasted most of the night.
                """;
        var parsed = parse(text);

        assertThat(parsed.publishedOn()).isEqualTo(LocalDate.of(2025, 5, 4));
        assertThat(parsed.dateLines()).containsExactly(LocalDate.of(2025, 5, 4));
    }

    @Test
    void a_date_line_below_the_first_paragraph_counts_only_when_none_stands_above_it() {
        String above = """
                June 1, 2025

                Photo: harbour authority.

                June 3, 2025

                The harbour reopened to small boats on Monday.
                """;
        var parsed = parse(above);
        assertThat(parsed.publishedOn()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(parsed.dateLines()).containsExactly(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 3));

        var below = parse("""
                Photo: harbour authority.

                June 3, 2025

                The harbour reopened to small boats on Monday.
                """);
        assertThat(below.publishedOn()).isEqualTo(LocalDate.of(2025, 6, 3));
    }

    @Test
    void a_wire_dateline_names_the_outlet() {
        String text = "KESTREL BAY, March 4 (Northern Wire) - Twelve people were injured when a bridge fell.";
        var parsed = parse(text);

        assertThat(parsed.outlet()).isEqualTo("Northern Wire");
        assertThat(first(parsed, BlockKind.PARAGRAPH, text)).isEqualTo("Twelve people were injured when a bridge fell.");
    }

    @Test
    void an_inline_date_prefix_is_split_from_the_paragraph_and_the_title_falls_back_to_the_first_sentence() {
        String text = " date 2023-12-06 Troops entered the town at dawn. Residents fled north.\n";
        var parsed = parse(text);

        assertThat(parsed.publishedOn()).isEqualTo(LocalDate.of(2023, 12, 6));
        assertThat(first(parsed, BlockKind.PARAGRAPH, text)).isEqualTo("Troops entered the town at dawn. Residents fled north.");
        assertThat(parsed.title()).isEqualTo("Troops entered the town at dawn");
    }

    @Test
    void news_subheadings_are_headings_not_statements() {
        String text = """
                Storm hits coast

                The storm arrived at night and flooded the harbour district, officials said on Monday morning.

                Thousands Lose Power Across The Region

                Power was restored to most homes by Tuesday.
                """;
        var parsed = parse(text);

        assertThat(first(parsed, BlockKind.HEADING, text)).isEqualTo("Thousands Lose Power Across The Region");
    }

    @Test
    void offsets_point_into_the_text_unchanged() {
        String text = "= T =\n\nInfobox\n- Key: Value with: colon\n\nBody text here.\n";
        var parsed = parse(text);

        for (var block : parsed.blocks()) {
            assertThat(block.start()).isBetween(0, text.length());
            assertThat(block.end()).isBetween(block.start(), text.length());
        }
        assertThat(parsed.blocks()).filteredOn(b -> b.kind() == BlockKind.INFOBOX_FIELD).singleElement()
                .satisfies(b -> assertThat(b.value()).isEqualTo("Value with: colon"));
    }

    @Test
    void language_is_guessed_from_common_words() {
        assertThat(SourceTextParser.language("The mayor said that the bridge was closed and the review is on.")).isEqualTo("en");
        assertThat(SourceTextParser.language("Der Bürgermeister sagte, dass die Brücke nicht mit der Stadt verbunden ist."))
                .isEqualTo("de");
        assertThat(SourceTextParser.language("قال رئيس البلدية إن الجسر مغلق")).isEqualTo("ar");
    }

    @Test
    void a_tie_between_languages_is_settled_the_same_way_every_run() {
        // "la", "una" and "con" are common in French, Spanish and Italian alike: the order of the list decides
        assertThat(SourceTextParser.language("La una con la una con.")).isEqualTo("es");
        assertThat(SourceTextParser.language("la la la")).isEqualTo("fr");
        assertThat(SourceTextParser.language("two words")).isNull();
    }

    @Test
    void dates_come_in_many_shapes() {
        assertThat(SourceDates.find("July 25, 2024")).contains(LocalDate.of(2024, 7, 25));
        assertThat(SourceDates.find("Jan 24, 2024")).contains(LocalDate.of(2024, 1, 24));
        assertThat(SourceDates.find("on the 6th of December 2023")).contains(LocalDate.of(2023, 12, 6));
        assertThat(SourceDates.find("Issued 4 March 2026")).contains(LocalDate.of(2026, 3, 4));
        assertThat(SourceDates.find("2023-12-06")).contains(LocalDate.of(2023, 12, 6));
        assertThat(SourceDates.find("February 30, 2024")).isEmpty();
        assertThat(SourceTextParser.isDateLine("April 8, 2024 - 22:53")).isTrue();
        assertThat(SourceTextParser.isDateLine("April 8, 2024 was a Monday")).isFalse();
    }
}
