package org.factdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.factdesk.base.ui.DateFields;
import org.junit.jupiter.api.Test;

class DateFieldsTest {

    @Test
    void date_fields_show_dates_as_the_app_writes_them_and_take_the_forms_editors_type() {
        var formats = DateFields.accepting(new DatePicker()).getI18n().getDateFormats();
        assertThat(formats.getFirst()).as("shown as the app writes dates: 26 Jan 2024").isEqualTo("d MMM yyyy");
        assertThat(formats).contains("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "d MMMM yyyy");
    }
}
