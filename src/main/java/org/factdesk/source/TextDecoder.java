package org.factdesk.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes that claim to be text into a string: UTF-8 (with or without BOM), UTF-16 by BOM or by
 * its pattern of zero bytes, and legacy single-byte encodings such as Windows-1252 by detection.
 * Broken UTF-8 and binary data are refused rather than imported as mojibake.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new SourceRejectedException("The file is empty.");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return strict(bytes, 0, utf16);
        }
        requireText(bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            int firstBad = firstInvalidUtf8(bytes);
            if (hasValidMultibyteUtf8(bytes)) {
                throw new SourceRejectedException("The file is not valid UTF-8 (first broken byte at position " + firstBad
                        + "). Save it again as UTF-8 and import it once more.");
            }
            return legacy(bytes);
        }
    }

    private static String legacy(byte[] bytes) {
        var detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String detected = detector.getDetectedCharset();
        Charset charset = WINDOWS_1252;
        if (detected != null && !detected.equalsIgnoreCase("UTF-8") && Charset.isSupported(detected)
                && !detected.toUpperCase().startsWith("ISO-8859-1")) {
            charset = Charset.forName(detected);
        }
        if (charset.equals(WINDOWS_1252)) {
            for (int i = 0; i < bytes.length; i++) {
                int b = bytes[i] & 0xFF;
                if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                    throw new SourceRejectedException("The file's encoding is not recognised (byte 0x"
                            + Integer.toHexString(b) + " at position " + i + "). Save it as UTF-8 and import it again.");
                }
            }
        }
        return new String(bytes, charset);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            if (text.isEmpty()) {
                throw new SourceRejectedException("The file is empty.");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new SourceRejectedException("The file says it is " + charset.displayName()
                    + " but its bytes are not. Save it again as UTF-8 and import it once more.");
        }
    }

    /** UTF-16 without a BOM shows as text with every other byte zero. */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int sample = Math.min(bytes.length, 4096) & ~1;
        if (sample < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i += 2) {
            if (bytes[i] == 0) {
                evenZeros++;
            }
            if (bytes[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = sample / 2;
        if (oddZeros * 10 >= pairs * 8 && evenZeros * 10 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 >= pairs * 8 && oddZeros * 10 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Text has no NUL bytes and hardly any other control characters; binary data has plenty. */
    private static void requireText(byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new SourceRejectedException("This is binary data, not text. Check that you picked the right file.");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control * 100 > sample) {
            throw new SourceRejectedException("This is binary data, not text. Check that you picked the right file.");
        }
    }

    private static boolean hasValidMultibyteUtf8(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int length = sequenceLength(bytes, i);
            if (length > 1) {
                return true;
            }
        }
        return false;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length == 0) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    /** Length of a well-formed multi-byte UTF-8 sequence at {@code i}, or 0 if there is none. */
    private static int sequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > bytes.length) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return length;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
