package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    static ClaimDate first(String sentence, DateResolver.Context context) {
        var dates = DateResolver.resolve(sentence, context);
        assertThat(dates).as(sentence).isNotEmpty();
        return dates.getFirst();
    }

    @Test
    void a_day_without_a_year_takes_the_year_of_the_period_the_text_is_about() {
        var context = DateResolver.Context.of("""
                - Date: 6 December 2023 – 7 April 2024
                The siege began on 12 December 2023 and ended on 10 January 2024.
                """, null);

        var date = first("On the 6th of December, Israeli forces invaded Al-Qarara.", context);

        assertThat(date.date()).isEqualTo(LocalDate.of(2023, 12, 6));
        assertThat(date.raw()).isEqualTo("6th of December");
        assertThat(first("On 24 January, 21 soldiers were killed.", context).date()).isEqualTo(LocalDate.of(2024, 1, 24));
    }

    @Test
    void with_a_publication_date_the_latest_date_not_after_it_wins() {
        var context = DateResolver.Context.of("", LocalDate.of(2024, 1, 10));
        assertThat(first("On 10 December, the army announced it.", context).date()).isEqualTo(LocalDate.of(2023, 12, 10));
        assertThat(first("On January 5 the talks stalled.", context).date()).isEqualTo(LocalDate.of(2024, 1, 5));
    }

    @Test
    void relative_dates_count_back_from_the_document_date() {
        var published = LocalDate.of(2023, 12, 6); // a Wednesday
        var context = DateResolver.Context.of("", published);

        assertThat(first("The army confirmed the operation on Sunday.", context).date()).isEqualTo(LocalDate.of(2023, 12, 3));
        assertThat(first("A source said yesterday that troops entered.", context).date()).isEqualTo(LocalDate.of(2023, 12, 5));
        var lastWeek = first("Talks collapsed last week.", context);
        assertThat(lastWeek.date()).isEqualTo(LocalDate.of(2023, 11, 29));
        assertThat(lastWeek.precision()).isEqualTo(ClaimDate.Precision.WEEK);
    }

    @Test
    void full_dates_and_bare_years_keep_their_precision() {
        var context = DateResolver.Context.of("", null);
        assertThat(first("On 1 December 2023, strikes began.", context).date()).isEqualTo(LocalDate.of(2023, 12, 1));
        var year = first("It was opened in 2016 as a museum.", context);
        assertThat(year.precision()).isEqualTo(ClaimDate.Precision.YEAR);
        assertThat(year.date()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(DateResolver.resolve("It may rain.", context)).isEmpty();
    }

    @Test
    void without_any_clue_the_year_stays_open_but_the_words_are_kept() {
        var date = first("On Sunday the bridge reopened.", DateResolver.Context.of("", null));
        assertThat(date.date()).isNull();
        assertThat(date.raw()).isEqualTo("On Sunday");
    }

    @Test
    void a_year_is_not_guessed_from_a_month_or_a_year_the_text_mentions_in_passing() {
        // no document date: "May 2023" and "1994" are background, not the period the story is about
        var context = DateResolver.Context.of("""
                Ferry operators in Port Averon halted crossings after the pier cracked on 2 April.
                The pier was last surveyed in May 2023 and was built in 1994.
                """, null);

        var date = first("The pier cracked on 2 April during the morning tide.", context);

        assertThat(date.date()).isNull();
        assertThat(date.raw()).isEqualTo("2 April");
    }

    @Test
    void without_a_publication_date_the_date_line_at_the_top_is_the_documents_own() {
        var context = DateResolver.Context.of("""
                Published on Friday, 26 January 2024, 10:42 GMT

                VELMORA - The port has been closed since 7 October, officials said on Tuesday.
                """, null);

        assertThat(first("The port has been closed since 7 October.", context).date()).isEqualTo(LocalDate.of(2023, 10, 7));
        assertThat(first("Officials said on Tuesday that it stays shut.", context).date())
                .isEqualTo(LocalDate.of(2024, 1, 23));
    }

    @Test
    void the_period_of_a_text_without_its_own_date_reaches_back_before_its_first_full_date() {
        // a text that only says "January 2024" in full still speaks of the October before it
        var context = DateResolver.Context.of("""
                Negotiators met in Corvelle. The truce signed on 19 January 2024 has mostly held,
                though the border crossing has been shut since 7 October.
                """, null);

        assertThat(first("The crossing has been shut since 7 October.", context).date())
                .isEqualTo(LocalDate.of(2023, 10, 7));
    }

    @Test
    void a_day_and_month_never_land_after_the_document_date() {
        var context = DateResolver.Context.of("", LocalDate.of(2024, 1, 10));
        assertThat(first("On 11 January, the dam overflowed.", context).date()).isEqualTo(LocalDate.of(2023, 1, 11));
        assertThat(first("On 10 January, the dam overflowed.", context).date()).isEqualTo(LocalDate.of(2024, 1, 10));
    }

    @Test
    void a_date_spoken_of_in_the_future_lies_on_or_after_the_document_date() {
        var context = DateResolver.Context.of("", LocalDate.of(2026, 3, 4)); // a Wednesday
        assertThat(first("The inquiry will publish its findings on 3 March.", context).date())
                .isEqualTo(LocalDate.of(2027, 3, 3));
        assertThat(first("The council will vote on Tuesday.", context).date()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(first("Voters go to the polls next Sunday.", context).date()).isEqualTo(LocalDate.of(2026, 3, 8));

        var dates = DateResolver.resolve("The mayor said on Tuesday that the panel will report on 5 May.", context);
        assertThat(dates).extracting(ClaimDate::date).containsExactly(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 5, 5));
        // a clause of its own: the future of one part does not move the date of another
        assertThat(DateResolver.resolve("Repairs will take a year, but the pier cracked on 5 May.", context))
                .extracting(ClaimDate::date).containsExactly(LocalDate.of(2025, 5, 5));
    }

    @Test
    void each_date_keeps_its_precision() {
        var context = DateResolver.Context.of("", LocalDate.of(2026, 3, 4));
        var dates = DateResolver.resolve("The levee, inspected in May 2024 and built in 1961, failed on Tuesday, "
                + "a week after talks collapsed last week and earlier this month.", context);
        assertThat(dates).extracting(ClaimDate::precision).containsExactly(ClaimDate.Precision.MONTH,
                ClaimDate.Precision.YEAR, ClaimDate.Precision.DAY, ClaimDate.Precision.WEEK, ClaimDate.Precision.MONTH);
        assertThat(dates).extracting(ClaimDate::date).containsExactly(LocalDate.of(2024, 5, 1), LocalDate.of(1961, 1, 1),
                LocalDate.of(2026, 3, 3), LocalDate.of(2026, 2, 25), LocalDate.of(2026, 3, 1));
    }
}
