package dev.dateline.ingest.internal;

import dev.dateline.model.TsvTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire agencies of {@code agencies.tsv} and the contexts in which an article credits one.
 * An agency named in running text ("told Reuters") is a citation, not a credit, and is not read
 * here; only datelines, bylines, credit lines and metadata count.
 */
public final class Agencies {

    private record Agency(String name, Pattern pattern, Pattern word) {
    }

    private static final List<Agency> AGENCIES = load();
    private static final Pattern REPORTING_BY = Pattern.compile(
            "(?i)^\\W*(?:additional )?(?:reporting|writing|editing|compiled|translated|edited)\\s+(?:by|for)\\b");
    private static final Pattern CREDIT_WORDS = Pattern.compile(
            "(?i)^\\W*(?:source|sources|via|with|from|credit|copyright|\\(c\\)|©|distributed by|syndicated by)\\b"
                    + "|\\bcontributed (?:to )?(?:this )?(?:report|reporting|story)\\b|\\bwriters?\\b.*\\bcontributed\\b"
                    + "|\\ball rights reserved\\b");

    /** A paragraph that opens with an agency's credit and no place: "(AP) — …". */
    private static final Pattern LEAD_CREDIT = Pattern.compile("^\\s*\\(([^()\\n]{2,40})\\)\\s*(?:--|[-–—:])\\s*\\S");
    /** A paragraph that closes with an agency's credit: "… officials said. — AFP", "… (Reuters)". */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?:[.!?\"”’]\\s*(?:--|[-–—])\\s*|\\s\\(|[.!?\"”’]\\s*/)([\\p{L}][\\p{L} .&'-]{1,38}?)[)/]?\\s*$");

    private Agencies() {
    }

    /** The agency a paragraph's opening credit without a place names ("(AP) — The talks began"), if any. */
    public static Optional<String> leadCredit(String paragraph) {
        Matcher m = LEAD_CREDIT.matcher(paragraph);
        return m.find() ? canonical(m.group(1)) : Optional.empty();
    }

    /** The agency a paragraph's closing credit names ("… officials said. — AFP"), if any. */
    public static Optional<String> trailingCredit(String paragraph) {
        if (paragraph.length() < 10) {
            return Optional.empty();
        }
        Matcher m = TRAILING_CREDIT.matcher(paragraph.length() > 80 ? paragraph.substring(paragraph.length() - 80) : paragraph);
        return m.find() ? canonical(m.group(1)) : Optional.empty();
    }

    /** The canonical name of the agency {@code name} is, if it is one: "Agence France-Presse" gives "AFP". */
    public static Optional<String> canonical(String name) {
        String trimmed = name.replaceAll("^[\\s\\p{Punct}—–]+|[\\s\\p{Punct}—–]+$", "");
        for (Agency a : AGENCIES) {
            if (a.pattern.matcher(trimmed).matches()) {
                return Optional.of(a.name);
            }
        }
        return Optional.empty();
    }

    /** Every agency named anywhere in {@code text}, in the order of the table. */
    public static Set<String> named(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (Agency a : AGENCIES) {
            if (a.word.matcher(text).find()) {
                found.add(a.name);
            }
        }
        return found;
    }

    /**
     * Whether {@code line} is a credit line rather than running text: a line that is only an
     * agency's name ("— AFP"), a Reuters-style "(Reporting by …; Editing by …)", or a short line
     * of credit words naming an agency ("Copyright 2008 Agence France-Presse").
     */
    public static boolean isCreditLine(String line) {
        String text = line.strip();
        if (text.length() > 200) {
            return false;
        }
        if (canonical(text).isPresent() && text.length() <= 40) {
            return true;
        }
        if (REPORTING_BY.matcher(text).find()) {
            return true;
        }
        return CREDIT_WORDS.matcher(text).find() && (!named(text).isEmpty() || text.length() < 80)
                && !text.matches("(?s).*\\b(?:said|says|told|reported)\\b.*");
    }

    /** The agencies a credit line credits; a bare Reuters-style reporting line credits Reuters. */
    public static Set<String> creditedBy(String creditLine) {
        Set<String> named = named(creditLine);
        if (named.isEmpty() && REPORTING_BY.matcher(creditLine).find()
                && creditLine.matches("(?is).*\\bediting by\\b.*")) {
            return Set.of("Reuters");
        }
        return named;
    }

    private static List<Agency> load() {
        List<Agency> agencies = new ArrayList<>();
        for (String[] row : TsvTable.read("/dev/dateline/ingest/", "agencies.tsv", 2, 1, Optional.empty())) {
            agencies.add(new Agency(row[0], Pattern.compile(row[1]),
                    Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + row[1] + ")(?![\\p{L}\\p{N}])")));
        }
        return List.copyOf(agencies);
    }
}
