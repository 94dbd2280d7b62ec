package org.factdesk.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void the_agreement_line_reads_as_a_sentence_whatever_the_counts() {
        assertThat(new LinkService.Agreement(3, 1, 0).inWords()).isEqualTo("3 sources agree, 1 conflicts");
        assertThat(new LinkService.Agreement(1, 2, 0).inWords()).isEqualTo("1 source agrees, 2 conflict");
        assertThat(new LinkService.Agreement(0, 1, 1).inWords()).isEqualTo("1 source conflicts, 1 related");
        assertThat(new LinkService.Agreement(0, 2, 0).inWords()).isEqualTo("2 sources conflict");
        assertThat(new LinkService.Agreement(0, 0, 0).inWords()).isEqualTo("No other source found yet");
    }
}
