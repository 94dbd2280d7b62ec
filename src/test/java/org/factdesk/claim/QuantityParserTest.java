package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityParserTest {

    static Quantity only(String sentence) {
        var found = QuantityParser.parse(sentence, List.of());
        assertThat(found).as(sentence).hasSize(1);
        return found.getFirst();
    }

    @Test
    void a_plus_sign_means_at_least() {
        var q = only("Per Israel: 3,000+ fighters killed");
        assertThat(q.value()).isEqualTo(3000);
        assertThat(q.qualifier()).isEqualTo("at least");
        assertThat(q.counted()).isEqualTo("fighters killed");
    }

    @Test
    void a_tilde_means_about() {
        var q = only("~8,000 civilians missing under rubble");
        assertThat(q.value()).isEqualTo(8000);
        assertThat(q.qualifier()).isEqualTo("about");
        assertThat(q.counted()).isEqualTo("civilians missing under");
    }

    @Test
    void words_count_too() {
        var dozen = only("one dozen houses were destroyed");
        assertThat(dozen.value()).isEqualTo(12);
        assertThat(dozen.counted()).isEqualTo("houses");
        assertThat(only("a thousand people fled").value()).isEqualTo(1000);
        var four = only("The four commandos were killed on Saturday");
        assertThat(four.value()).isEqualTo(4);
        assertThat(four.counted()).isEqualTo("commandos");
    }

    @Test
    void qualifiers_are_kept() {
        var q = only("attacks have killed more than 33,000 people in Gaza");
        assertThat(q.value()).isEqualTo(33000);
        assertThat(q.qualifier()).isEqualTo("more than");
        assertThat(q.counted()).isEqualTo("people");
        assertThat(only("killing over 100 Palestinian civilians").qualifier()).isEqualTo("over");
        assertThat(only("at least 604 homes").qualifier()).isEqualTo("at least");
    }

    @Test
    void percentages_money_and_ranges() {
        var percent = only("70% of Israeli forces have withdrawn");
        assertThat(percent.unit()).isEqualTo("%");
        assertThat(percent.counted()).isEqualTo("Israeli forces");
        var money = only("repairs will cost $5 million");
        assertThat(money.value()).isEqualTo(5_000_000);
        assertThat(money.unit()).isEqualTo("USD");
        var range = only("between 10 and 15 people were hurt");
        assertThat(range.value()).isEqualTo(10);
        assertThat(range.upper()).isEqualTo(15);
    }

    @Test
    void years_and_masked_dates_are_not_figures() {
        assertThat(QuantityParser.parse("It opened in 2016 to visitors", List.of())).isEmpty();
        String text = "On 10 December six soldiers died";
        var found = QuantityParser.parse(text, List.of(new Span(3, 14)));
        assertThat(found).extracting(Quantity::value).containsExactly(6.0);
    }

    @Test
    void a_hyphenated_unit_is_what_is_counted() {
        var q = only("The 64-metre steel bridge opened");
        assertThat(q.value()).isEqualTo(64);
        assertThat(q.unit()).isNull();
        assertThat(q.counted()).isEqualTo("metre steel bridge");
    }

    @Test
    void times_of_day_are_not_figures() {
        assertThat(QuantityParser.parse("The bridge fell at around 5:30 p.m. on Tuesday", List.of())).isEmpty();
        assertThat(QuantityParser.parse("April 8, 2024 - 22:53", List.of())).extracting(Quantity::value)
                .doesNotContain(22.0);
    }
}
