package dev.dateline.ingest.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bylines: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By JANE DOE | August 12,
 * 2008". The names are returned without the "By", any agency, role or date after them.
 */
public final class Bylines {

    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|van|von|der|al|bin|da|del|la|le)\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,3}";
    private static final Pattern BYLINE = Pattern.compile(
            "^\\s*(?i:written\\s+)?(?i:by)\\s*:?\\s+(" + NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*)"
                    + "(?:\\s+(?i:staff|staff writers?|correspondents?|reporters?))?"
                    + "(?=\\s*(?:$|[,|/•·—–-]|\\bfor\\b|\\bin\\b|\\bat\\b|\\bwith\\b|\\()).*$");

    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
                    + "|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|The|This"
                    + "|That|Then|Now|Late|Early|Mid|Noon|Midnight|Dawn|Nightfall|Tonight|Today|Tomorrow|Yesterday)\\b");
    private static final Pattern LOWER_WORD = Pattern.compile(
            "(?<![\\p{L}])(?!(?:for|and|in|at|the|of|staff|writer|writers|correspondent|reporter|reporters|editor"
                    + "|news|agency|contributor|bureau|chief|senior|special|foreign|political|diplomatic|defense|defence"
                    + "|security|international|updated|published|posted|on|am|pm|et|gmt|utc)\\b)\\p{Ll}+");

    private static final Pattern AGENCY_SUFFIX = Pattern.compile("^(.*)\\s+(?:with|and|for|via)\\s+(\\S.*)$");
    private static final Pattern ROLE = Pattern.compile("\\s+(?i:staff|staff writers?|correspondents?|reporters?)\\b");

    private Bylines() {
    }

    private static int lowercaseWords(String text) {
        return (int) LOWER_WORD.matcher(text).results().count();
    }

    /** The authors' names if {@code line} is a byline. */
    public static Optional<String> parse(String line) {
        if (line.length() > 160) {
            return Optional.empty();
        }
        Matcher m = BYLINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String names = line.substring(m.start(1), m.end(1) + trailingRole(line, m.end(1))).strip();
        String rest = line.substring(m.end(1));
        if (NOT_A_NAME.matcher(names).lookingAt() || lowercaseWords(rest) >= 3) {
            return Optional.empty();
        }
        return withoutAgencies(names).filter(n -> Character.isUpperCase(n.charAt(0)));
    }

    /**
     * {@code byline} without the agencies credited in it: "Jane Doe, Reuters" gives "Jane Doe",
     * "Courier staff with AFP" gives "Courier staff", "Reuters" gives nothing.
     */
    public static Optional<String> withoutAgencies(String byline) {
        StringBuilder kept = new StringBuilder();
        for (String part : byline.split("\\s*,\\s*")) {
            Matcher suffix = AGENCY_SUFFIX.matcher(part);
            String name = (suffix.matches() && Agencies.canonical(suffix.group(2)).isPresent()
                    ? suffix.group(1) : part).strip();
            if (!name.isEmpty() && Agencies.canonical(name).isEmpty()) {
                kept.append(kept.length() == 0 ? "" : ", ").append(name);
            }
        }
        return kept.length() == 0 ? Optional.empty() : Optional.of(kept.toString());
    }

    private static int trailingRole(String line, int end) {
        Matcher role = ROLE.matcher(line).region(end, line.length());
        return role.lookingAt() ? role.end() - end : 0;
    }
}
