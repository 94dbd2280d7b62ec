package org.factdesk.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names and who is speaking, by heuristics that read English news: capitalised runs of words are
 * names; "according to X", "per X" and "X said" name the claimant.
 */
final class NameFinder {

    private static final Pattern NAME = Pattern.compile(
            "(?:\\b(?:al|el)-)?\\b\\p{Lu}[\\p{L}'’.-]*(?: (?:(?:of|the|al|bin|de|for|and) )?(?:(?:al|el)-)?\\p{Lu}[\\p{L}'’.-]*)*");
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "On", "In", "At", "It", "He", "She", "They",
            "We", "I", "This", "That", "These", "Those", "But", "However", "And", "Or", "As", "After", "Before", "When",
            "While", "Another", "Other", "Some", "Many", "Most", "All", "One", "Two", "Three", "Four", "Five", "Six",
            "Nearly", "More", "Over", "About", "Since", "During", "Per", "According", "Its", "His", "Her", "Their",
            "Our", "My", "If", "Then", "There", "Here", "Also", "Meanwhile", "Yesterday", "Today", "Early", "Late",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms", "Dr");
    private static final Set<String> ORG_WORDS = Set.of("army", "forces", "force", "ministry", "brigade", "brigades",
            "battalion", "division", "council", "agency", "hospital", "party", "university", "company", "corp",
            "inc", "movement", "front", "committee", "court", "police", "office", "department", "government",
            "organisation", "organization", "union", "bank", "times", "news", "post", "press", "wire", "reuters",
            "defence", "defense", "jihad", "hamas", "idf", "un", "nato", "who", "red", "crescent", "cross", "service",
            "services", "authority", "commission", "assembly", "parliament", "group");
    private static final Set<String> PLACE_WORDS = Set.of("city", "strip", "street", "town", "village", "province",
            "district", "county", "camp", "river", "canal", "bridge", "square", "road", "island", "bay", "valley");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "from", "into", "to", "towards",
            "across");
    private static final Set<String> PERSON_TITLES = Set.of("minister", "president", "gen", "general", "dr", "mr", "mrs",
            "ms", "professor", "prof", "mayor", "king", "queen", "sheikh", "chief", "spokesperson", "spokesman",
            "spokeswoman", "commander", "resident", "reporter", "engineer", "secretary", "senator", "sen", "rep", "judge",
            "officer");
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "claimed", "claims", "announced", "announces",
            "reported", "reports", "denied", "denies", "stated", "states", "confirmed", "confirms", "told", "tells",
            "warned", "warns", "added", "insisted", "alleged", "alleges", "estimated", "estimates", "accused",
            "acknowledged", "admitted", "declared", "disclosed", "revealed", "wrote", "tweeted", "posted");
    private static final Pattern ACCORDING_TO = Pattern.compile("\\b(?:according to|per)\\s+(?:the\\s+)?"
            + "([\\p{L}][^,.;:“”\"()]{1,60}?)(?=\\s*(?:[,.;:“”\"()]|$|\\s(?:on|in|at|said|which|who|that)\\b))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEAKER_AFTER = Pattern.compile("(?:[,”\"]\\s*|\\s)(?:said|says|according to)\\s+"
            + "((?:the|a|an)\\s+)?([^,.;“”\"]{2,60}?)\\s*(?:[,.;]|$|\\s(?:in|on|at|who|told)\\b)");
    private static final Set<String> SPEAKER_WORDS = Set.of("the", "a", "an", "of", "military", "army", "spokesperson",
            "spokesman", "spokeswoman", "official", "officials", "ministry", "minister", "source", "sources", "police",
            "services", "emergency", "local", "hospital", "health", "chief", "security", "defense", "defence", "prime",
            "foreign", "israeli", "palestinian", "city", "hall", "fire", "engineer", "mayor", "government", "witness",
            "witnesses", "resident", "residents", "eyewitness", "eyewitnesses", "medics", "doctors", "occupation",
            "national", "state", "media", "regime", "regime’s", "regime's", "authorities", "agency", "spokespeople",
            "office", "another", "one", "some", "senior", "his", "her", "its", "their", "military’s", "military's",
            "army's", "army’s", "forces", "statement", "union", "council");

    // words of NOT_NAMES that do belong to a speaker: "The army", "His office", "Two officials"
    private static final Set<String> SPEAKER_OPENERS = Set.of("The", "A", "An", "His", "Her", "Its", "Their", "Our",
            "My", "Another", "Other", "Some", "Many", "Most", "All", "One", "Two", "Three", "Four", "Five", "Six");

    private NameFinder() {
    }

    static List<Entity> entities(String sentence) {
        var found = new LinkedHashMap<String, Entity>();
        Matcher m = NAME.matcher(sentence);
        int from = 0;
        while (true) {
            // names start with a capital letter (or al-/el-): only such word starts are tried
            int at = -1;
            for (int i = from; i < sentence.length(); i++) {
                char c = sentence.charAt(i);
                if ((Character.isUpperCase(c) || c == 'a' || c == 'e')
                        && (i == 0 || !Character.isLetterOrDigit(sentence.charAt(i - 1)))) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                break;
            }
            m.region(at, sentence.length());
            if (!m.lookingAt()) {
                from = at + 1;
                continue;
            }
            from = Math.max(m.end(), at + 1);
            String run = m.group();
            // a day's or a month's possessive is not part of a name: "Tuesday's Marlow Street" is a
            // street, while "St. Brendan's Hospital" stays whole
            Matcher possessive = POSSESSIVE_INSIDE.matcher(run);
            if (possessive.find() && NOT_NAMES.contains(run.substring(0, possessive.start()))) {
                from = m.start() + possessive.end();
                continue;
            }
            String name = trimTrailing(run);
            String[] words = SPACES.split(name);
            if (words.length == 1 && NOT_NAMES.contains(name.replace(".", ""))) {
                continue;
            }
            boolean atSentenceStart = sentence.substring(0, m.start()).isBlank();
            if (NOT_NAMES.contains(words[0])) {
                name = name.substring(words[0].length()).strip();
                if (name.isEmpty() || name.startsWith("of ") || name.startsWith("the ")) {
                    continue;
                }
                words = SPACES.split(name);
                if (words.length == 1 && NOT_NAMES.contains(name.replace(".", ""))) {
                    continue; // "On March": a date, not a name
                }
                // "The Asterion sank": after the first word, a capital marks a name again
                atSentenceStart = false;
            }
            boolean acronym = ACRONYM.matcher(name).matches();
            if (acronym && isShouted(name)) {
                continue;
            }
            if (atSentenceStart && words.length == 1 && !acronym) {
                continue;
            }
            if (name.length() < 2) {
                continue;
            }
            String before = sentence.substring(Math.max(0, m.start() - 40), m.start());
            found.putIfAbsent(name, new Entity(name, typeOf(name, before, acronym)));
        }
        return new ArrayList<>(found.values());
    }

    private static final Pattern POSSESSIVE_INSIDE = Pattern.compile("['’]s ");
    // Words written in capitals for emphasis, not acronyms: "the bridge FAILED", "NOT safe", "BREAKING".
    private static final Set<String> SHOUTED = Set.of("NOT", "NO", "NEVER", "ALL", "ONLY", "MUST", "NOW", "BREAKING",
            "UPDATE", "UPDATED", "WATCH", "LIVE", "EXCLUSIVE", "URGENT", "WARNING", "ALERT", "READ", "MORE", "VIDEO",
            "PHOTOS", "FAKE", "TRUE", "FALSE", "LIES", "DEAD", "HUGE", "STOP", "HELP", "NEW", "FREE", "BIG", "YES",
            "WHY", "HOW", "WHAT", "WHO", "THIS", "THE", "AND", "BUT", "FOR", "WAS", "ARE", "HAS", "OUT", "OFF");

    /**
     * A word in capitals that is an English word set in capitals for emphasis: a known one, an
     * inflected one ("FAILED", "KILLING", "FINALLY") or one longer than acronyms usually are.
     */
    private static boolean isShouted(String word) {
        int n = word.length();
        return SHOUTED.contains(word) || n >= 7
                || n >= 5 && (word.endsWith("ED") || word.endsWith("ING") || word.endsWith("LY"));
    }

    private static final Pattern TRAILING_CONNECTOR = Pattern.compile("\\s+(?:of|the|and|for|al|bin|de)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}]{2,}");
    /** What {@link #speakerBefore} strips from each word: {@code , ; : “ ” " ( )}. */
    private static final String WORD_PUNCTUATION = ",;:“”\"()";

    private static String withoutPunctuation(String word) {
        int i = 0;
        while (i < word.length() && WORD_PUNCTUATION.indexOf(word.charAt(i)) < 0) {
            i++;
        }
        if (i == word.length()) {
            return word;
        }
        var kept = new StringBuilder(word.length()).append(word, 0, i);
        for (; i < word.length(); i++) {
            char c = word.charAt(i);
            if (WORD_PUNCTUATION.indexOf(c) < 0) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static String trimTrailing(String name) {
        String trimmed = name.strip();
        while (trimmed.endsWith(".") || trimmed.endsWith("’s") || trimmed.endsWith("'s") || trimmed.endsWith("’")) {
            trimmed = trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1)
                    : trimmed.substring(0, trimmed.length() - (trimmed.endsWith("’") ? 1 : 2));
        }
        trimmed = TRAILING_CONNECTOR.matcher(trimmed).replaceAll("");
        return trimmed;
    }

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s-]+");

    private static Entity.Type typeOf(String name, String before, boolean acronym) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String word : WORD_SEPARATORS.split(lower)) {
            if (ORG_WORDS.contains(word)) {
                return Entity.Type.ORGANISATION;
            }
        }
        if (acronym) {
            return Entity.Type.ORGANISATION;
        }
        for (String word : WORD_SEPARATORS.split(lower)) {
            if (PLACE_WORDS.contains(word)) {
                return Entity.Type.PLACE;
            }
        }
        int lastEnd = before.length();
        while (lastEnd > 0 && !Character.isLetter(before.charAt(lastEnd - 1))) {
            lastEnd--;
        }
        int lastStart = lastEnd;
        while (lastStart > 0 && Character.isLetter(before.charAt(lastStart - 1))) {
            lastStart--;
        }
        int secondEnd = lastStart;
        while (secondEnd > 0 && !Character.isLetter(before.charAt(secondEnd - 1))) {
            secondEnd--;
        }
        int secondStart = secondEnd;
        while (secondStart > 0 && Character.isLetter(before.charAt(secondStart - 1))) {
            secondStart--;
        }
        String last = before.substring(lastStart, lastEnd).toLowerCase(Locale.ROOT);
        String secondLast = before.substring(secondStart, secondEnd).toLowerCase(Locale.ROOT);
        if (PERSON_TITLES.contains(last)) {
            return Entity.Type.PERSON;
        }
        if (PLACE_PREPOSITIONS.contains(last) || last.equals("the") && PLACE_PREPOSITIONS.contains(secondLast)
                || last.equals("of") && (secondLast.equals("city") || secondLast.equals("town"))) {
            return Entity.Type.PLACE;
        }
        return Entity.Type.OTHER;
    }

    /** Whether the sentence attributes what it says to someone, named or not. */
    static boolean hasAttribution(String sentence) {
        return hasAttribution(lowerCase(ClaimExtractor.words(sentence)));
    }

    private static List<String> lowerCase(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** @param lowerCaseWords the sentence's words, lower-cased */
    static boolean hasAttribution(List<String> lowerCaseWords) {
        for (String word : lowerCaseWords) {
            if (ATTRIBUTION_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ATTRIBUTION_WORDS = Set.of("according", "per", "said", "says", "claimed", "claims",
            "announced", "announces", "reported", "reports", "denied", "denies", "stated", "states", "confirmed",
            "confirms", "told", "tells", "warned", "warns", "added", "insisted", "alleged", "alleges", "estimated",
            "estimates", "accused", "acknowledged", "admitted", "declared", "disclosed", "revealed", "wrote",
            "tweeted", "posted");

    /** Who makes the claim, if the sentence says: "according to X", "per X", "X said", "…, said X". */
    static String claimant(String sentence) {
        return claimant(sentence, lowerCase(ClaimExtractor.words(sentence)));
    }

    /** @param lowerCaseWords the sentence's words, lower-cased */
    static String claimant(String sentence, List<String> lowerCaseWords) {
        boolean according = false;
        boolean saying = false;
        for (String lower : lowerCaseWords) {
            according |= lower.equals("according") || lower.equals("per");
            saying |= lower.equals("said") || lower.equals("says");
        }
        if (according) {
            Matcher m = ACCORDING_TO.matcher(sentence);
            if (m.find()) {
                return clean(m.group(1));
            }
        }
        for (var token : ClaimExtractor.tokens(sentence)) {
            if (!SPEECH_VERBS.contains(token.text())) {
                continue;
            }
            String speaker = speakerBefore(sentence.substring(0, token.start()));
            if (speaker != null) {
                return speaker;
            }
        }
        Matcher after = SPEAKER_AFTER.matcher(sentence);
        if ((saying || according) && after.find()) {
            String speaker = ((after.group(1) == null ? "" : after.group(1)) + after.group(2)).strip();
            if (!speaker.isEmpty() && SPACES.split(speaker).length <= 8) {
                return clean(speaker);
            }
        }
        return null;
    }

    private static final int SPEAKER_REACH = 200;

    /** The noun phrase right before an attribution verb, if it looks like a speaker. */
    private static String speakerBefore(String before) {
        // a speaker is at most eight words: only the sentence's end before the verb need be split, cut at a space
        if (before.length() > SPEAKER_REACH) {
            int space = before.indexOf(' ', before.length() - SPEAKER_REACH);
            before = space < 0 ? before : before.substring(space + 1);
        }
        String[] words = SPACES.split(before.strip());
        var phrase = new ArrayList<String>();
        for (int i = words.length - 1; i >= 0 && phrase.size() < 8; i--) {
            String word = withoutPunctuation(words[i]);
            if (word.isEmpty() || words[i].endsWith(",") && !phrase.isEmpty()) {
                break;
            }
            boolean capitalised = Character.isUpperCase(word.codePointAt(0));
            if (!capitalised && !SPEAKER_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            phrase.addFirst(word);
        }
        // "But Israel said": a connective or a time word opening the sentence is not part of the speaker
        while (!phrase.isEmpty() && (Set.of("of", "and").contains(phrase.getFirst().toLowerCase(Locale.ROOT))
                || NOT_NAMES.contains(phrase.getFirst()) && !SPEAKER_OPENERS.contains(phrase.getFirst()))) {
            phrase.removeFirst();
        }
        if (phrase.isEmpty()) {
            return null;
        }
        String speaker = String.join(" ", phrase);
        boolean meaningful = phrase.stream().anyMatch(w -> Character.isUpperCase(w.codePointAt(0))
                && !NOT_NAMES.contains(w)) || phrase.stream().anyMatch(w -> SPEAKER_WORDS.contains(w.toLowerCase(Locale.ROOT))
                && !Set.of("the", "a", "an", "of", "his", "her", "its", "their").contains(w.toLowerCase(Locale.ROOT)));
        if (!meaningful || phrase.size() == 1 && NOT_NAMES.contains(phrase.getFirst())) {
            return null;
        }
        return clean(speaker);
    }

    private static final Pattern PRONOUN = Pattern.compile("(?i)it|he|she|they|we|i");

    private static String clean(String speaker) {
        String cleaned = SPACES.matcher(speaker.strip()).replaceAll(" ");
        return PRONOUN.matcher(cleaned).matches() ? null : cleaned;
    }
}
