package dev.dateline.actors;

import dev.dateline.actors.internal.Tables;
import dev.dateline.model.ActorCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actor knowledge base: countries (ISO codes, names, demonyms, capitals and seats of power),
 * international and non-governmental organizations, and role words with their CAMEO sectors.
 * It ships as tab-separated files ({@code countries.tsv}, {@code organizations.tsv},
 * {@code sectors.tsv}); files of the same names in a user folder add entries or replace
 * entries with the same key, without rebuilding.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.load(Optional.empty());
 * kb.resolve("Georgian Foreign Minister Eka Tkeshelashvili");  // GEOGOV, with its reasons
 * }</pre>
 */
public final class KnowledgeBase {

    /** A name by which an actor is known, and what kind of name it is. */
    private record Alias(ActorCode code, String actorName, String kind, String alias) {
    }

    private final Map<String, List<Alias>> byLowercase = new HashMap<>();
    private final Map<String, String> sectors = new HashMap<>();
    private final Set<String> roleWords = new HashSet<>();
    private final int longestAliasWords;
    private final int longestSectorWords;
    private final int countries;
    private final int organizations;

    private KnowledgeBase(Tables tables) {
        for (String[] row : tables.countries()) {
            ActorCode code = ActorCode.of(row[0]);
            add(code, row[1], "name", row[1]);
            aliases(row[2]).forEach(a -> add(code, row[1], "other name", a));
            aliases(row[3]).forEach(a -> add(code, row[1], "demonym", a));
            aliases(row[4]).forEach(a -> add(code, row[1], "capital or seat of power", a));
        }
        for (String[] row : tables.organizations()) {
            ActorCode code = row[4].isBlank() ? ActorCode.of(row[1]) : ActorCode.of(row[1]).with(row[4]);
            String name = row[2] + " (" + row[0] + ")";
            add(code, name, "name", row[2]);
            aliases(row[3]).forEach(a -> add(code, name, "other name", a));
        }
        for (String[] row : tables.sectors()) {
            sectors.put(row[0].toLowerCase(Locale.ROOT), row[1]);
            roleWords.addAll(List.of(row[0].toLowerCase(Locale.ROOT).split(" ")));
        }
        this.countries = tables.countries().size();
        this.organizations = tables.organizations().size();
        this.longestAliasWords = byLowercase.keySet().stream().mapToInt(KnowledgeBase::words).max().orElse(1);
        this.longestSectorWords = sectors.keySet().stream().mapToInt(KnowledgeBase::words).max().orElse(1);
    }

    /**
     * The shipped knowledge base, extended by the files in {@code userFolder} when given.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed row
     */
    public static KnowledgeBase load(Optional<Path> userFolder) {
        return new KnowledgeBase(Tables.load(userFolder));
    }

    /** What the knowledge base holds, in one line: "197 countries, 42 organizations, 105 role words". */
    public String size() {
        return countries + " countries, " + organizations + " organizations, " + sectors.size() + " role words";
    }

    /**
     * How {@code phrase} resolves: the longest country or organization name in it (a name, short
     * form, demonym or capital). A country is narrowed to a sector by the longest role word in the
     * phrase; an organization keeps its own sector. Empty when no country or organization is named.
     */
    public Optional<Resolution> resolve(String phrase) {
        List<String> tokens = tokens(phrase);
        Alias best = null;
        int bestLength = 0;
        for (int i = 0; i < tokens.size(); i++) {
            // Only a longer name than the best so far can replace it; try the longest first.
            for (int n = Math.min(longestAliasWords, tokens.size() - i); n > bestLength; n--) {
                Optional<Alias> a = match(String.join(" ", tokens.subList(i, i + n)));
                if (a.isPresent()) {
                    best = a.get();
                    bestLength = n;
                    break;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        reasons.add(best.kind() + " '" + best.alias() + "' of " + best.actorName() + " (" + best.code().base() + ")");
        ActorCode code = best.code();
        boolean organization = code.base().equals("IGO") || code.base().equals("NGO");
        Optional<String[]> role = organization ? Optional.empty() : role(tokens);
        if (role.isPresent()) {
            code = code.with(role.get()[1]);
            reasons.add("role '" + role.get()[0] + "' is sector " + role.get()[1]);
        } else if (code.sector().isPresent()) {
            reasons.add(best.actorName() + " codes as sector " + code.sector().get());
        }
        String name = best.actorName() + code.sector().map(s -> " (" + sectorName(s) + ")").orElse("");
        return Optional.of(new Resolution(code, name, phrase, reasons));
    }

    /** Whether {@code word} is, or is part of, a role word or phrase ("minister", "Foreign"). */
    public boolean isRoleWord(String word) {
        return roleWords.contains(word.toLowerCase(Locale.ROOT));
    }

    private Optional<Alias> match(String candidate) {
        List<Alias> aliases = byLowercase.get(candidate.toLowerCase(Locale.ROOT));
        if (aliases == null && candidate.endsWith("s")) {
            // "Georgians", "Palestinians": the plural of a demonym names the people.
            aliases = byLowercase.getOrDefault(candidate.substring(0, candidate.length() - 1).toLowerCase(Locale.ROOT),
                    List.of()).stream().filter(a -> a.kind().equals("demonym")).toList();
        }
        if (aliases == null || aliases.isEmpty()) {
            return Optional.empty();
        }
        // Short all-capital forms ("US", "UN") match only as written: "us" is a pronoun.
        return aliases.stream()
                .filter(a -> !isAcronym(a.alias()) || a.alias().equals(candidate))
                .max(Comparator.comparingInt(a -> kindRank(a.kind())));
    }

    private Optional<String[]> role(List<String> tokens) {
        for (int n = Math.min(longestSectorWords, tokens.size()); n >= 1; n--) {
            for (int i = 0; i + n <= tokens.size(); i++) {
                String candidate = String.join(" ", tokens.subList(i, i + n)).toLowerCase(Locale.ROOT);
                String sector = sectors.get(candidate);
                if (sector != null) {
                    return Optional.of(new String[] {candidate, sector});
                }
            }
        }
        return Optional.empty();
    }

    private void add(ActorCode code, String actorName, String kind, String alias) {
        String key = String.join(" ", tokens(alias)).toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
            byLowercase.computeIfAbsent(key, k -> new ArrayList<>()).add(new Alias(code, actorName, kind, alias));
        }
    }

    private static List<String> aliases(String cell) {
        return cell.isBlank() ? List.of() : List.of(cell.split("\\|"));
    }

    /** Words of a phrase: letters, digits and the marks inside names ("U.S.", "Côte d'Ivoire", "Guinea-Bissau"). */
    static List<String> tokens(String phrase) {
        List<String> out = new ArrayList<>();
        for (String t : phrase.strip().split("[\\s,;:()\"“”]+")) {
            String word = t.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$", "").replaceAll("'s$|’s$", "");
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        if (!out.isEmpty() && out.get(0).equalsIgnoreCase("the") && out.size() > 1) {
            out.remove(0);
        }
        return out;
    }

    private static boolean isAcronym(String alias) {
        return alias.length() <= 5 && alias.replace(".", "").chars().allMatch(Character::isUpperCase);
    }

    private static int kindRank(String kind) {
        return switch (kind) {
            case "name" -> 3;
            case "other name" -> 2;
            case "demonym" -> 1;
            default -> 0;
        };
    }

    private static int words(String s) {
        return s.split(" ").length;
    }

    private static String sectorName(String sector) {
        return switch (sector) {
            case "GOV" -> "government";
            case "MIL" -> "military";
            case "LEG" -> "legislature";
            case "COP" -> "police";
            case "SPY" -> "intelligence";
            case "REB" -> "rebels";
            case "INS" -> "insurgents";
            case "SEP" -> "separatists";
            case "OPP" -> "opposition";
            case "PTY" -> "political party";
            case "JUD" -> "judiciary";
            case "CVL" -> "civilians";
            case "REF" -> "refugees";
            case "MED" -> "media";
            case "BUS" -> "business";
            case "HLH" -> "health";
            case "REL" -> "religion";
            case "EDU" -> "education";
            case "HRI" -> "human rights";
            default -> sector;
        };
    }
}
