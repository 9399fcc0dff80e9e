package dev.dateline.ingest.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline at the head of a story: "TBILISI (Reuters) -", "MOSCOW, Aug 12 (Reuters) -",
 * "PARIS-Agence France-Presse -", "GORI, Georgia (AP) —", "MOSCOW, August 12 /ITAR-TASS/.",
 * "Tbilisi, Georgia (AFP) -", "WASHINGTON —".
 */
public final class Datelines {

    /**
     * A dateline.
     *
     * @param place the place as written ("TBILISI", "GORI, Georgia")
     * @param date the date as written, if any ("Aug 12", "August 12, 2008")
     * @param agencies canonical names of the agencies it credits
     * @param length how many characters of the paragraph it takes
     */
    public record Dateline(String place, Optional<String> date, List<String> agencies, int length) {
    }

    private static final String CAPS_PLACE = "\\p{Lu}[\\p{Lu}'’.\\-]*(?:\\s+\\p{Lu}[\\p{Lu}'’.\\-]*){0,3}";
    private static final String TITLE_PLACE = "\\p{Lu}[\\p{Ll}'’\\-]+(?:\\s+\\p{Lu}[\\p{Ll}'’\\-]+){0,2}";
    /** A month's name or abbreviation, which after a comma begins a date, not a region ("PARIS, Aug. 12"). */
    private static final String MONTH_WORD = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b";
    /** A region's abbreviation with its stops: "S.C.", "Miss.", "W. Va.", "N.Y.". */
    private static final String ABBREVIATION = "\\p{Lu}\\p{Ll}{0,4}\\.(?:\\s?\\p{Lu}\\p{Ll}{0,3}\\.)?";
    private static final String REGION = "(?:,\\s*(?!" + MONTH_WORD + ")(?:" + ABBREVIATION + "|" + TITLE_PLACE
            + "|\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,})?))?";
    private static final String DATE = "(?:,\\s*(?<date>(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\\s+)?"
            + "(?:\\p{L}{3,9}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{L}{3,9}\\.?)(?:,?\\s+\\d{4})?))?";
    private static final String AGENCY = "(?:\\s*\\((?<agency>[^()\\n]{2,40})\\)|\\s*/(?<agency2>[^/\\n]{2,30})/\\.?)";
    private static final String DASH = "\\s*(?:--|[-–—:]|\\.(?=\\s))\\s*";
    private static final Pattern CAPS = Pattern.compile(
            "^\\s*(?<place>" + CAPS_PLACE + REGION + ")" + DATE + AGENCY + "?" + DASH);
    private static final Pattern TITLED = Pattern.compile(
            "^\\s*(?<place>" + TITLE_PLACE + REGION + ")" + DATE + AGENCY + DASH + "?");
    private static final Pattern PLACE_DASH_AGENCY = Pattern.compile(
            "^\\s*(?<place>" + CAPS_PLACE + ")\\s*[-–—]\\s*(?<agency>Agence France[- ]Presse|AFP|Reuters|AP|Xinhua|dpa|EFE)"
                    + "\\s*(?:--|[-–—:,])?\\s*");

    private Datelines() {
    }

    /** The dateline at the start of {@code paragraph}, if it has one. */
    public static Optional<Dateline> parse(String paragraph) {
        if (paragraph.length() < 12) {
            return Optional.empty();
        }
        for (Pattern p : List.of(PLACE_DASH_AGENCY, CAPS, TITLED)) {
            Matcher m = p.matcher(paragraph);
            if (!m.find()) {
                continue;
            }
            String place = m.group("place").strip();
            List<String> agencies = new ArrayList<>(agencies(group(m, "agency"), group(m, "agency2")));
            boolean caps = place.replaceAll("[^\\p{L}]", "").chars().limit(4).allMatch(Character::isUpperCase);
            if (p != PLACE_DASH_AGENCY && !caps && agencies.isEmpty()) {
                continue;
            }
            if (caps && place.replaceAll("[^\\p{L}]", "").length() < 3 && agencies.isEmpty()) {
                continue;
            }
            Optional<String> date = p == PLACE_DASH_AGENCY ? Optional.empty() : Optional.ofNullable(m.group("date"));
            if (m.end() >= paragraph.length() - 3) {
                continue;
            }
            return Optional.of(new Dateline(place, date, agencies, m.end()));
        }
        return Optional.empty();
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException absent) {
            return null;
        }
    }

    private static Set<String> agencies(String... credits) {
        Set<String> found = new LinkedHashSet<>();
        for (String credit : credits) {
            if (credit == null) {
                continue;
            }
            for (String part : credit.split("\\s*(?:/|,|\\band\\b|&)\\s*")) {
                Agencies.canonical(part).ifPresent(found::add);
            }
        }
        return found;
    }
}
