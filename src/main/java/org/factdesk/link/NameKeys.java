package org.factdesk.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names folded so that spelling variants meet: transliterations differ mostly in their vowels, doubled letters,
 * accents and the Arabic article ("Khan Yunis" / "Khan Younis", "al-Qarara" / "Al Qarara", "Nasser" / "Al-Nasser").
 * A name's key keeps each word's first letter and its consonants in order, doubled letters once, without "al"/"el".
 * It is a key to find candidates by, not proof: two different people may share one, and the rules compare the
 * names as written.
 */
final class NameKeys {

    /** Words that name a kind of place or body rather than which one: no key of their own. */
    private static final Set<String> GENERIC = Set.of("city", "town", "village", "camp", "street", "road", "hospital",
            "ministry", "army", "forces", "force", "military", "government", "council", "police", "district", "area",
            "region", "province", "state", "department", "office", "agency", "authority", "party", "university",
            "school", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "new",
            "old", "great", "saint", "united", "national", "international", "of", "the", "and", "for", "mr", "mrs", "ms",
            "dr", "general", "gen", "minister", "president", "prime", "mayor", "spokesman", "spokeswoman",
            "spokesperson", "chief", "head", "commander", "colonel", "captain", "sir", "lord");
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "the", "le", "la");

    private NameKeys() {
    }

    /** The folded key of a whole name ("khn yns"), or "" when nothing is left. */
    static String of(String name) {
        return String.join(" ", words(name).stream().map(NameKeys::skeleton).filter(w -> !w.isEmpty()).toList());
    }

    /** The keys a name is found by: the whole name's, and each distinctive word's of a name of several words. */
    static List<String> keys(String name) {
        var keys = new ArrayList<String>();
        var words = words(name);
        String whole = of(name);
        if (whole.isEmpty()) {
            return keys;
        }
        keys.add(whole);
        if (words.size() > 1) {
            for (String word : words) {
                if (word.length() >= 4 && !GENERIC.contains(word)) {
                    String key = skeleton(word);
                    if (key.length() >= 3 && !keys.contains(key)) {
                        keys.add(key);
                    }
                }
            }
        }
        return keys;
    }

    /** Lower-case words without accents, apostrophes or leading articles: "Al-Nasser" is "nasser". */
    static List<String> words(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replaceAll("['’`ʼʻ]", "").toLowerCase(Locale.ROOT);
        var words = new ArrayList<String>();
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        // an article joined to the next word ("al-Qarara", "Al Qarara") is not part of which place it is
        var kept = new ArrayList<String>();
        for (int i = 0; i < words.size(); i++) {
            if (ARTICLES.contains(words.get(i)) && i + 1 < words.size()) {
                continue;
            }
            kept.add(words.get(i));
        }
        return kept;
    }

    /** First letter, then the consonants, each run of one letter once: "younis" → "yns", "qarara" → "qrr". */
    static String skeleton(String word) {
        if (word.isEmpty()) {
            return "";
        }
        var out = new StringBuilder().append(word.charAt(0));
        char last = word.charAt(0);
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == last) {
                continue;
            }
            last = c;
            if ("aeiouy".indexOf(c) < 0) {
                out.append(c == 'w' ? 'v' : c);
            }
        }
        return out.toString();
    }
}
