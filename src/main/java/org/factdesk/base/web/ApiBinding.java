package org.factdesk.base.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Path and query numbers in decimal digits only. Spring's default number editor also reads hex
 * ({@code 0x10}, {@code #10}), and a converter alone cannot stop it: when a converter refuses a value
 * the binder falls back to that editor. A custom editor is asked first.
 */
@ControllerAdvice
class ApiBinding {

    @InitBinder
    void strictNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new Decimal(false, false));
        binder.registerCustomEditor(Long.class, new Decimal(false, true));
        binder.registerCustomEditor(int.class, new Decimal(true, false));
        binder.registerCustomEditor(Integer.class, new Decimal(true, true));
    }

    private static final class Decimal extends PropertyEditorSupport {
        private final boolean integer;
        private final boolean nullable;

        Decimal(boolean integer, boolean nullable) {
            this.integer = integer;
            this.nullable = nullable;
        }

        @Override
        public void setAsText(String text) {
            String clean = text == null ? "" : text.strip();
            if (clean.isEmpty() && nullable) {
                setValue(null);
                return;
            }
            if (!clean.matches("-?[0-9]{1,18}")) {
                throw new IllegalArgumentException("\"" + text + "\" is not a whole number in decimal digits");
            }
            long value = Long.parseLong(clean);
            if (integer && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
                throw new IllegalArgumentException(text + " is out of range");
            }
            setValue(integer ? Integer.valueOf((int) value) : Long.valueOf(value));
        }
    }
}
