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
}
