package org.factdesk.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Made-up wire stories of about {@code words} words, each different (its number is in its dateline and figures),
 * with the counts, dates, places and attributions that claim extraction looks for. Our own fiction: nothing real.
 */
public final class GeneratedNews {

    private static final String[] PLACES = {"Harbour Street", "the Old Mill", "Northgate", "the ring road", "Kestrel Bay",
            "the river port", "Elm Square", "the tram depot"};
    private static final String[] BODIES = {"the city council", "the fire service", "the harbour authority",
            "the regional hospital", "the police", "the transport office"};
    private static final String[] WHAT = {"people were injured", "homes were evacuated", "workers were hurt",
            "passengers were stranded", "shops were damaged", "families lost power"};

    private GeneratedNews() {
    }

    public static String story(int n, int words) {
        var random = new Random(n);
        var text = new StringBuilder();
        text.append("Incident report ").append(n).append(" at ").append(PLACES[Math.floorMod(n, PLACES.length)]).append("\n\n");
        text.append("KESTREL, ").append(1 + Math.floorMod(n, 28)).append(" March 2026 - ");
        while (text.length() < words * 6) {
            String body = BODIES[random.nextInt(BODIES.length)];
            int count = 3 + random.nextInt(200);
            text.append(Character.toUpperCase(body.charAt(0))).append(body.substring(1)).append(" said on Tuesday that ")
                    .append(count).append(' ').append(WHAT[random.nextInt(WHAT.length)]).append(" near ")
                    .append(PLACES[random.nextInt(PLACES.length)]).append(" in incident ").append(n).append(". ");
            text.append("Residents described long queues and closed roads, and crews worked through the night. ");
            if (random.nextInt(3) == 0) {
                text.append("\n\n");
            }
        }
        return text.toString();
    }

    public static byte[] bytes(int n, int words) {
        return story(n, words).getBytes(StandardCharsets.UTF_8);
    }

    /** A ZIP of {@code count} stories under a folder or two, as a leak or a data dump might come. */
    public static byte[] zip(int count, int words) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("wire/" + (i % 10) + "/story-" + i + ".txt"));
                zip.write(bytes(i, words));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
