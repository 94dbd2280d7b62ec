package org.factdesk.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/** Date fields that take what editors type and what the app itself shows. */
public final class DateFields {

    private DateFields() {
    }

    /** Shown as the app writes dates (26 Jan 2024); also typed as 26/01/2024, 26 January 2024 or 2024-01-26. */
    public static DatePicker accepting(DatePicker picker) {
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("d MMM yyyy", "dd/MM/yyyy", "d/M/yyyy", "d MMMM yyyy", "yyyy-MM-dd");
        picker.setI18n(i18n);
        return picker;
    }
}
