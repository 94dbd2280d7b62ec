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

    // A Thursday in late January: every relative form below is read against it.
    static final LocalDate THURSDAY = LocalDate.of(2024, 1, 25);
    static final DateResolver.Context LATE_JANUARY = DateResolver.Context.of("", THURSDAY);

    @Test
    void a_weekday_is_the_latest_such_day_not_after_the_document_date() {
        assertThat(first("The council met on Tuesday.", LATE_JANUARY).date()).isEqualTo(LocalDate.of(2024, 1, 23));
        assertThat(first("The council met last Tuesday.", LATE_JANUARY).date()).isEqualTo(LocalDate.of(2024, 1, 23));
        assertThat(first("The council met Tuesday.", LATE_JANUARY).date()).isEqualTo(LocalDate.of(2024, 1, 23));
        assertThat(first("The council met on Thursday.", LATE_JANUARY).date()).as("the document's own day")
                .isEqualTo(THURSDAY);
        assertThat(first("The council met last Thursday.", LATE_JANUARY).date()).as("last Thursday is not today")
                .isEqualTo(LocalDate.of(2024, 1, 18));
        assertThat(first("The council met on Friday.", LATE_JANUARY).date()).isEqualTo(LocalDate.of(2024, 1, 19));
    }

    @Test
    void early_on_a_weekday_in_the_morning_is_that_day_in_the_morning() {
        var date = first("The offensive began early Tuesday morning with air strikes.", LATE_JANUARY);

        assertThat(date.date()).isEqualTo(LocalDate.of(2024, 1, 23));
        assertThat(date.precision()).isEqualTo(ClaimDate.Precision.DAY);
        assertThat(date.partOfDay()).isEqualTo(ClaimDate.PartOfDay.MORNING);
        assertThat(date.time()).isNull();
    }

    @Test
    void yesterday_is_the_day_before_the_document_date() {
        var date = first("The mayor resigned yesterday.", LATE_JANUARY);
        assertThat(date.date()).isEqualTo(LocalDate.of(2024, 1, 24));
        assertThat(date.precision()).isEqualTo(ClaimDate.Precision.DAY);
    }

    @Test
    void last_week_is_the_week_before_with_week_precision() {
        var date = first("The strike started last week.", LATE_JANUARY);
        assertThat(date.date()).isEqualTo(LocalDate.of(2024, 1, 18));
        assertThat(date.precision()).isEqualTo(ClaimDate.Precision.WEEK);
    }

    @Test
    void last_month_in_january_is_the_december_before() {
        var date = first("Prices rose last month.", LATE_JANUARY);
        assertThat(date.date()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(date.precision()).isEqualTo(ClaimDate.Precision.MONTH);
    }

    @Test
    void earlier_this_month_is_the_document_dates_month() {
        var date = first("The dam was inspected earlier this month.", LATE_JANUARY);
        assertThat(date.date()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(date.precision()).isEqualTo(ClaimDate.Precision.MONTH);
    }

    @Test
    void a_day_and_month_without_a_year_in_an_early_january_text_is_in_the_year_before() {
        var context = DateResolver.Context.of("", LocalDate.of(2024, 1, 3));
        var date = first("The pier cracked on 30 December.", context);
        assertThat(date.date()).isEqualTo(LocalDate.of(2023, 12, 30));
        assertThat(date.precision()).isEqualTo(ClaimDate.Precision.DAY);
        assertThat(first("The pier cracked on 2 January.", context).date()).isEqualTo(LocalDate.of(2024, 1, 2));
    }

    @Test
    void since_a_day_in_october_in_a_january_text_is_the_october_before() {
        assertThat(first("The crossing has been shut since 7 October.", LATE_JANUARY).date())
                .isEqualTo(LocalDate.of(2023, 10, 7));
        assertThat(first("The crossing has been shut since October 7.", LATE_JANUARY).date())
                .isEqualTo(LocalDate.of(2023, 10, 7));
    }

    @Test
    void a_month_on_its_own_is_the_latest_such_month_not_after_the_document_with_month_precision() {
        var march = first("The levee was repaired in March.", LATE_JANUARY);
        assertThat(march.date()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(march.precision()).isEqualTo(ClaimDate.Precision.MONTH);
        assertThat(march.raw()).isEqualTo("March");

        assertThat(first("The levee was repaired in January.", LATE_JANUARY).date()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(first("The levee was repaired last January.", LATE_JANUARY).date()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(first("Prices have risen since mid-November.", LATE_JANUARY).date()).isEqualTo(LocalDate.of(2023, 11, 1));
        assertThat(first("The levee was repaired in early Sept.", LATE_JANUARY).date()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(first("The council will decide in March.", LATE_JANUARY).date()).as("said in the future")
                .isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(first("Elections are due next January.", LATE_JANUARY).date()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void may_the_verb_and_a_month_with_its_day_or_year_are_no_bare_months() {
        assertThat(DateResolver.resolve("The council may vote, a spokesman said.", LATE_JANUARY)).isEmpty();
        assertThat(DateResolver.resolve("Inspectors came in May 2023 and in March.", LATE_JANUARY))
                .extracting(ClaimDate::date).containsExactly(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 3, 1));
        assertThat(DateResolver.resolve("Inspectors came in March 3 times.", LATE_JANUARY)).extracting(ClaimDate::raw)
                .doesNotContain("March");
    }

    @Test
    void a_weekday_written_with_its_date_is_one_date() {
        var dates = DateResolver.resolve("A local source said on Monday, December 4, that troops had entered.",
                DateResolver.Context.of("", LocalDate.of(2023, 12, 6)));
        assertThat(dates).extracting(ClaimDate::date).containsExactly(LocalDate.of(2023, 12, 4));
    }

    @Test
    void no_date_said_in_the_past_lands_after_the_document_date() {
        var sentences = java.util.List.of("It happened on Saturday.", "It happened last Friday.",
                "It happened on 26 January.", "It happened on 31 December.", "It happened in February.",
                "It happened since 25 January.", "It happened yesterday.", "It happened last week.",
                "It happened last month.", "It happened earlier this month.", "It happened early Sunday morning.",
                "It happened in December.", "It happened last night.");
        for (String sentence : sentences) {
            assertThat(first(sentence, LATE_JANUARY).date()).as(sentence).isBeforeOrEqualTo(THURSDAY);
        }
    }

    @Test
    void a_time_of_day_next_to_a_date_is_kept_with_it() {
        assertThat(first("The blast came at 3 a.m. on Tuesday.", LATE_JANUARY).time())
                .isEqualTo(java.time.LocalTime.of(3, 0));
        assertThat(first("Sirens sounded on Tuesday at 22:53.", LATE_JANUARY).time())
                .isEqualTo(java.time.LocalTime.of(22, 53));
        var evening = first("The ferry left on 30 December at 3:30 pm, the operator said.", LATE_JANUARY);
        assertThat(evening.date()).isEqualTo(LocalDate.of(2023, 12, 30));
        assertThat(evening.time()).isEqualTo(java.time.LocalTime.of(15, 30));
        var dateline = first("April 8, 2024 - 22:53", LATE_JANUARY);
        assertThat(dateline.date()).isEqualTo(LocalDate.of(2024, 4, 8));
        assertThat(dateline.time()).isEqualTo(java.time.LocalTime.of(22, 53));
        assertThat(first("The strike began at noon on Monday.", LATE_JANUARY).time()).isEqualTo(java.time.LocalTime.NOON);
        assertThat(first("The strike began at 12 a.m. on Monday.", LATE_JANUARY).time())
                .isEqualTo(java.time.LocalTime.MIDNIGHT);
    }

    @Test
    void a_time_far_from_any_date_and_a_date_without_a_day_get_no_time() {
        assertThat(first("On Tuesday the council, after a long debate about the old bridge, met again at 3 p.m.",
                LATE_JANUARY).time()).isNull();
        assertThat(first("Repairs began in March 2023 at 9 a.m. sharp.", LATE_JANUARY).time()).isNull();
        assertThat(first("On Tuesday 14.30 tonnes of grain were shipped.", LATE_JANUARY).time()).isNull();
    }

    @Test
    void a_part_of_the_day_is_kept_where_no_time_is_given() {
        assertThat(first("Shelling resumed on Tuesday night.", LATE_JANUARY).partOfDay())
                .isEqualTo(ClaimDate.PartOfDay.NIGHT);
        var lastNight = first("Shelling resumed last night.", LATE_JANUARY);
        assertThat(lastNight.date()).isEqualTo(LocalDate.of(2024, 1, 24));
        assertThat(lastNight.partOfDay()).isEqualTo(ClaimDate.PartOfDay.NIGHT);
        var thisMorning = first("Shelling resumed this morning.", LATE_JANUARY);
        assertThat(thisMorning.date()).isEqualTo(THURSDAY);
        assertThat(thisMorning.partOfDay()).isEqualTo(ClaimDate.PartOfDay.MORNING);
        assertThat(first("Fighters crossed on the night of 7 October.", LATE_JANUARY).partOfDay())
                .isEqualTo(ClaimDate.PartOfDay.NIGHT);
        assertThat(first("Shelling resumed on Tuesday.", LATE_JANUARY).partOfDay()).isNull();
    }

    @Test
    void without_a_publication_date_of_two_date_lines_the_one_nearest_the_body_is_the_documents_own() {
        var context = DateResolver.Context.of("""
                September 2, 2025

                Ferry crossings halted after the pier cracked

                Mar 14, 2025

                Ferry operators halted every crossing after engineers found a crack in the pier on Tuesday.
                """, null);

        assertThat(context.documentDate()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(first("Engineers found the crack on Tuesday.", context).date()).isEqualTo(LocalDate.of(2025, 3, 11));
    }
}
