package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    static List<String> sentences(String text) {
        return SentenceSplitter.split(text, 0, text.length()).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splits_at_sentence_ends() {
        assertThat(sentences("The bridge fell. Nine people were rescued! Was it inspected? Nobody knows."))
                .containsExactly("The bridge fell.", "Nine people were rescued!", "Was it inspected?", "Nobody knows.");
    }

    @Test
    void titles_and_ranks_do_not_end_sentences() {
        assertThat(sentences("Maj. Gen. Dan Goldfus said the brigade withdrew. Dr. Ruth Adeyemi leads the panel."))
                .containsExactly("Maj. Gen. Dan Goldfus said the brigade withdrew.", "Dr. Ruth Adeyemi leads the panel.");
    }

    @Test
    void initialisms_numbers_and_times_do_not_end_sentences() {
        assertThat(sentences("The U.S. State Department spoke at 6:40 p.m. on Tuesday. Bridge No. 5 carries 3.5 tonnes."))
                .containsExactly("The U.S. State Department spoke at 6:40 p.m. on Tuesday.",
                        "Bridge No. 5 carries 3.5 tonnes.");
        assertThat(sentences("J. R. Smith wrote it. Then it was printed.")).containsExactly("J. R. Smith wrote it.",
                "Then it was printed.");
    }

    @Test
    void a_quotation_stays_whole_and_keeps_its_closing_mark() {
        assertThat(sentences("He said “the army has withdrawn. Only one battalion stays.” Rockets followed."))
                .containsExactly("He said “the army has withdrawn. Only one battalion stays.”", "Rockets followed.");
        assertThat(sentences("“It was like an earthquake,” said a resident. “We barely made it out.” Power failed."))
                .containsExactly("“It was like an earthquake,” said a resident.", "“We barely made it out.”",
                        "Power failed.");
    }

    @Test
    void a_lower_case_continuation_is_not_a_new_sentence() {
        assertThat(sentences("The toll rose to approx. 40 people. officials said more were missing."))
                .containsExactly("The toll rose to approx. 40 people. officials said more were missing.");
    }

    @Test
    void spans_point_into_the_original_text() {
        String text = "xx  First one.   Second one.  yy";
        var spans = SentenceSplitter.split(text, 4, 30);
        assertThat(spans).extracting(s -> s.of(text)).containsExactly("First one.", "Second one.");
    }

    @Test
    void a_time_of_day_ends_a_sentence_when_a_new_one_follows() {
        assertThat(sentences("The blaze broke out at 9:30 p.m. The roof fell an hour later. Crews left at 6 a.m. Tuesday."))
                .containsExactly("The blaze broke out at 9:30 p.m.", "The roof fell an hour later.",
                        "Crews left at 6 a.m. Tuesday.");
    }
}
