package org.factdesk.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kinds of statement fact-checkers mark in news though they carry no figure: what happened (a verb
 * of an event in the past: "the tower fell", "the ship was bound for"), an official act ("declared
 * a state of emergency", "flags will fly at half-mast"), how far an event reached ("felt as far
 * away as"), what was left standing, and what is not yet known ("no word yet on injuries"). And the
 * one kind of quoted line that is not a claim: a witness's impression ("“I have never felt anything
 * like it,” said …").
 */
final class StatementKinds {

    // Past tense (or past participle) of verbs that report an event. Present tense is left out on
    // purpose: headlines and photo captions speak in it ("Storm batters coast", "Rescuers search").
    private static final Set<String> EVENT_VERBS = Set.of("hit", "struck", "fell", "collapsed", "sank", "capsized",
            "exploded", "erupted", "crashed", "derailed", "flooded", "overturned", "toppled", "burned", "burnt",
            "died", "drowned", "perished", "killed", "injured", "hurt", "wounded", "began", "started", "ended",
            "happened", "occurred", "opened", "closed", "reopened", "landed", "arrived", "departed", "sailed", "shook",
            "swept", "destroyed", "damaged", "built", "constructed", "completed", "founded", "established",
            "launched", "inaugurated", "commissioned", "renovated", "rebuilt", "restored", "repainted", "bound",
            "evacuated", "rescued", "buried", "won", "lost", "voted", "failed");
    // Two-word events whose first word alone says little: "gave way", "broke out", "ran aground".
    private static final Set<String> EVENT_PHRASE_STARTS = Set.of("gave", "broke", "came", "caught", "ran", "went",
            "took", "passed", "set");
    private static final Set<String> EVENT_PHRASES = Set.of("gave way", "broke out", "came down", "caught fire",
            "ran aground", "went missing", "went down", "took place", "passed away", "set sail");
    // Acts of an authority; the nouns count in any tense ("flags will fly at half-mast").
    private static final Set<String> OFFICIAL_VERBS = Set.of("declared", "ordered", "imposed", "lifted", "suspended",
            "banned", "sentenced", "convicted", "acquitted", "jailed", "fined", "ruled", "appointed", "elected",
            "resigned", "signed", "approved", "vetoed", "postponed", "cancelled", "canceled", "arrested", "charged",
            "indicted", "pardoned", "deployed");
    private static final Pattern OFFICIAL_NOUN = Pattern.compile("\\b(state of (?:emergency|alert|disaster)"
            + "|half[- ](?:mast|staff)|curfew|martial law|(?:days? of |national )mourning|evacuation orders?"
            + "|travel ban|lockdown)\\b");
    // How far an event reached: "felt as far away as the capital", "was heard across the city".
    private static final Pattern REACH = Pattern.compile("\\b(as far (?:away |afield |north |south |east |west )as"
            + "|(?:felt|heard|seen|visible|reached)\\b[^.,;]{0,30}?\\bas far as"
            + "|(?:was|were|been|be) (?:also |clearly |strongly )?(?:felt|heard|visible|seen) "
            + "(?:in|across|throughout|from|up to|as)\\b)");
    // What an event left: "only the front wall was left standing", "nothing was left of the market".
    private static final Pattern REMAINS = Pattern.compile("\\b((?:left|remained|remains|still|stayed|was|were) standing"
            + "|nothing (?:was |is )?left|all that (?:remained|remains)"
            + "|(?:survived|escaped) (?:largely )?(?:intact|unscathed|undamaged))\\b");
    // The absence of news is news: "there was no word yet on injuries", "it was not immediately clear".
    private static final Pattern NOT_KNOWN = Pattern.compile("\\b(no (?:immediate |further |official )?"
            + "(?:word|reports?|information|details|news|indication|confirmation)(?: yet| so far)?"
            + " (?:of|on|about|as to|regarding)|not (?:immediately |yet )?(?:clear|known|confirmed|available)"
            + "|(?:remains?|remained|is|was|are|were) (?:still )?unclear"
            + "|no (?:one|deaths|casualties|injuries|fatalities) (?:(?:was|were|has been|had been|have been) )?"
            + "(?:reported|hurt|injured|killed|harmed))\\b");
    // The patterns above are tried only on sentences holding one of their words: most hold none.
    private static final Set<String> OFFICIAL_NOUN_WORDS = Set.of("emergency", "alert", "disaster", "mast", "staff",
            "curfew", "martial", "mourning", "evacuation", "ban", "lockdown");
    private static final Set<String> REACH_WORDS = Set.of("far", "felt", "heard", "visible", "seen");
    private static final Set<String> REMAINS_WORDS = Set.of("standing", "nothing", "remained", "remains", "intact",
            "unscathed", "undamaged");
    private static final Set<String> NOT_KNOWN_WORDS = Set.of("no", "not", "unclear");
    // A word before a past participle that makes it an adjective: "the injured", "a collapsed roof".
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
            "their", "his", "her", "our", "my", "your", "some", "many", "several", "of");

    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{3,})[”\"]");
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "tells", "added", "recalled", "recounted",
            "described", "remembered", "explained", "wrote", "posted");
    private static final Set<String> FIRST_PERSON_SINGULAR = Set.of("i", "me", "my", "mine", "myself", "i'm", "i’m",
            "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll");
    private static final Set<String> IMPRESSION = Set.of("felt", "feel", "feels", "like", "sounded", "looked",
            "seemed", "thought", "scared", "scary", "terrified", "terrifying", "frightened", "frightening", "horrible",
            "horrific", "terrible", "awful", "amazing", "incredible", "unbelievable", "nightmare", "chaos", "never",
            "honestly", "shocked", "shocking");

    private StatementKinds() {
    }

    /**
     * The signals of these kinds for one sentence.
     *
     * @param lowerCaseWords the sentence's words, lower-cased
     * @param quantities the figures found in it, and {@code dates} its dates: they tell a quoted fact
     *                   from a quoted impression, as do {@code casualtyWords}
     */
    static List<Signal> signals(String sentence, List<String> lowerCaseWords, List<Quantity> quantities,
                                List<ClaimDate> dates, Set<String> casualtyWords) {
        var signals = new ArrayList<Signal>(2);
        String event = null;
        String official = null;
        boolean officialNoun = false;
        boolean reach = false;
        boolean remains = false;
        boolean notKnown = false;
        for (int i = 0; i < lowerCaseWords.size(); i++) {
            String word = lowerCaseWords.get(i);
            boolean adjective = i > 0 && DETERMINERS.contains(lowerCaseWords.get(i - 1));
            if (official == null && OFFICIAL_VERBS.contains(word) && !adjective) {
                official = word;
            } else if (event == null && EVENT_VERBS.contains(word) && !adjective) {
                event = word;
            } else if (event == null && EVENT_PHRASE_STARTS.contains(word) && i + 1 < lowerCaseWords.size()
                    && EVENT_PHRASES.contains(word + " " + lowerCaseWords.get(i + 1))) {
                event = word + " " + lowerCaseWords.get(i + 1);
            }
            officialNoun |= OFFICIAL_NOUN_WORDS.contains(word);
            reach |= REACH_WORDS.contains(word);
            remains |= REMAINS_WORDS.contains(word);
            notKnown |= NOT_KNOWN_WORDS.contains(word);
        }
        String lower = officialNoun || reach || remains || notKnown ? sentence.toLowerCase(Locale.ROOT) : null;
        if (official == null && officialNoun) {
            Matcher noun = OFFICIAL_NOUN.matcher(lower);
            official = noun.find() ? noun.group(1) : null;
        }
        if (event != null) {
            signals.add(new Signal("event", "event: " + event, 20));
        }
        if (official != null) {
            signals.add(new Signal("official-act", "official act: " + official, 25));
        }
        if (reach) {
            addFirst(signals, REACH, lower, "reach", "reach: ", 30);
        }
        if (remains) {
            addFirst(signals, REMAINS, lower, "remains", "what was left: ", 30);
        }
        if (notKnown) {
            addFirst(signals, NOT_KNOWN, lower, "not-known", "not yet known: ", 40);
        }
        if (isQuotedImpression(sentence, lowerCaseWords, quantities, dates, casualtyWords)) {
            signals.add(new Signal("impression", "a witness's impression", -40));
        }
        return signals;
    }

    /** @param lowerCaseSentence the sentence lower-cased: the patterns are written in lower case */
    private static void addFirst(List<Signal> signals, Pattern pattern, String lowerCaseSentence, String kind,
                                 String label, int weight) {
        Matcher m = pattern.matcher(lowerCaseSentence);
        if (m.find()) {
            signals.add(new Signal(kind, label + m.group(1), weight));
        }
    }

    /**
     * A quotation that makes up most of the sentence, framed only by who said it, and that tells how
     * the speaker felt ("I", "like", "terrifying", "never") rather than a figure, a date or a death.
     */
    private static boolean isQuotedImpression(String sentence, List<String> lowerCaseWords, List<Quantity> quantities,
                                              List<ClaimDate> dates, Set<String> casualtyWords) {
        if (sentence.indexOf('“') < 0 && sentence.indexOf('"') < 0) {
            return false;
        }
        Matcher quote = QUOTED.matcher(sentence);
        var insideWords = new ArrayList<String>();
        var quoteSpans = new ArrayList<Span>();
        while (quote.find()) {
            quoteSpans.add(new Span(quote.start(1), quote.end(1)));
            for (String word : ClaimExtractor.words(quote.group(1))) {
                insideWords.add(word.toLowerCase(Locale.ROOT));
            }
        }
        int outside = lowerCaseWords.size() - insideWords.size();
        if (insideWords.isEmpty() || outside > insideWords.size() || outside > 14
                || lowerCaseWords.stream().noneMatch(SPEECH::contains)) {
            return false;
        }
        boolean impression = insideWords.stream().anyMatch(w -> FIRST_PERSON_SINGULAR.contains(w)
                || IMPRESSION.contains(w));
        boolean fact = insideWords.stream().anyMatch(casualtyWords::contains)
                || quantities.stream().anyMatch(q -> inside(quoteSpans, q.start()))
                || dates.stream().anyMatch(d -> inside(quoteSpans, d.start()));
        return impression && !fact;
    }

    private static boolean inside(List<Span> spans, int at) {
        return spans.stream().anyMatch(s -> s.start() <= at && at < s.end());
    }
}
