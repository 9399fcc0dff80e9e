package dev.dateline.actors;

import dev.dateline.actors.internal.Tables;
import dev.dateline.actors.internal.UsStates;
import dev.dateline.model.ActorCode;
import dev.dateline.places.Gazetteer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

    /**
     * What is known of where a phrase was written: the day (which decides who held an office) and
     * the text of the whole article (which decides whether a bare surname names a person the
     * article has named in full, and which of two places of one name is meant).
     *
     * @param date the day the article was written, if known
     * @param text the article's text, if the phrase stands in one
     */
    public record Context(Optional<LocalDate> date, Optional<String> text) {
        public Context {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(text, "text");
        }

        /** Nothing known: a phrase on its own. */
        public static Context none() {
            return new Context(Optional.empty(), Optional.empty());
        }

        /** A phrase written on {@code date}, outside any article. */
        public static Context on(Optional<LocalDate> date) {
            return new Context(date, Optional.empty());
        }

        /** A phrase of the article {@code text}, written on {@code date}. */
        public static Context article(Optional<LocalDate> date, String text) {
            return new Context(date, Optional.of(text));
        }

        private boolean says(String words) {
            return text.isPresent() && containsWords(text.get(), words);
        }
    }

    /** A place name that means another actor in some articles ("Georgia", the US state), and the words that say so. */
    private record Homonym(ActorCode code, String meaning, List<String> cues, List<String> against) {
    }

    /** A name by which an actor is known, what kind of name it is, and when it held its office (people only). */
    private record Alias(ActorCode code, String actorName, String kind, String alias, Optional<Office> office) {
    }

    /** An office held from a day to a day (open while held). */
    private record Office(String country, String role, String holder, LocalDate from, Optional<LocalDate> to) {
        boolean heldOn(LocalDate day) {
            return !day.isBefore(from) && (to.isEmpty() || day.isBefore(to.get()));
        }
    }

    private final Map<String, List<Alias>> byLowercase = new HashMap<>();
    /** Each country's own name and first demonym, lowercase: "ukrainian" names no region of Ukraine. */
    private final Set<String> ownNames = new HashSet<>();
    /** The separatist authorities (sector SEP), each with its names in lowercase. */
    private final Map<Alias, List<String>> separatists = new LinkedHashMap<>();
    /** Each office holder's names of more than one word, by holder: a bare surname needs one of them in the article. */
    private final Map<String, List<String>> fullNames = new HashMap<>();
    private final Map<String, Homonym> homonyms = new HashMap<>();
    private final Map<String, String> sectors = new HashMap<>();
    private final Set<String> roleWords = new HashSet<>();
    private final List<Office> offices = new ArrayList<>();
    /** Names of one word and seven letters or more, for near spellings. */
    private final Map<String, List<Alias>> longSingleWords = new HashMap<>();
    private final int people;
    private final int longestAliasWords;
    private final int longestSectorWords;
    private final int countries;
    private final int organizations;

    private KnowledgeBase(Tables tables) {
        for (String[] row : tables.countries()) {
            ActorCode code = ActorCode.of(row[0]);
            ownNames.add(row[1].toLowerCase(Locale.ROOT));
            aliases(row[3]).stream().findFirst().ifPresent(d -> ownNames.add(d.toLowerCase(Locale.ROOT)));
            add(code, row[1], "name", row[1]);
            aliases(row[2]).forEach(a -> add(code, row[1], "other name", a));
            aliases(row[3]).forEach(a -> add(code, row[1], "demonym", a));
            aliases(row[4]).forEach(a -> add(code, row[1], "capital or seat of power", a));
        }
        for (String[] row : tables.organizations()) {
            ActorCode code = !row[5].isBlank() ? ActorCode.parse(row[5])
                    : row[4].isBlank() ? ActorCode.of(row[1]) : ActorCode.of(row[1]).with(row[4]);
            String name = row[2] + " (" + row[0] + ")";
            add(code, name, "organization", row[2]);
            aliases(row[3]).forEach(a -> add(code, name, "organization", a));
            if (row[4].equals("SEP")) {
                List<String> names = new ArrayList<>();
                concat(List.of(row[2]), aliases(row[3])).forEach(a -> names.add(" " + String.join(" ", tokens(a))
                        .toLowerCase(Locale.ROOT) + " "));
                separatists.put(new Alias(code, name, "organization", row[2], Optional.empty()), names);
            }
        }
        for (String[] row : tables.people()) {
            ActorCode code = ActorCode.parse(row[2] + row[3]); // the sector may name an organization: IGO + UNO
            Office office;
            try {
                office = new Office(row[2], row[4].toLowerCase(Locale.ROOT), row[0].replaceAll(" \\(.*\\)$", ""),
                        LocalDate.parse(row[5]), row[6].isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(row[6])));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("people.tsv: '" + row[0] + "' has a date that is not YYYY-MM-DD", e);
            }
            offices.add(office);
            String name = office.holder() + " (" + row[4] + " of " + row[2] + ")";
            add(code, name, "person", office.holder(), Optional.of(office));
            aliases(row[1]).forEach(a -> add(code, name, "person", a, Optional.of(office)));
            List<String> full = fullNames.computeIfAbsent(office.holder(), k -> new ArrayList<>());
            for (String n : concat(List.of(office.holder()), aliases(row[1]))) {
                if (words(n) > 1 && !full.contains(n)) {
                    full.add(n);
                }
            }
        }
        for (String[] row : tables.homonyms()) {
            homonyms.put(row[0].toLowerCase(Locale.ROOT), new Homonym(ActorCode.parse(row[1]), row[2],
                    aliases(row[3]), aliases(row[4])));
        }
        for (String[] row : tables.sectors()) {
            sectors.put(row[0].toLowerCase(Locale.ROOT), row[1]);
            roleWords.addAll(List.of(row[0].toLowerCase(Locale.ROOT).split(" ")));
        }
        this.countries = tables.countries().size();
        this.organizations = tables.organizations().size();
        this.people = tables.people().size();
        this.longestAliasWords = byLowercase.keySet().stream().mapToInt(KnowledgeBase::words).max().orElse(1);
        byLowercase.forEach((key, aliases) -> {
            if (key.length() >= 7 && key.indexOf(' ') < 0 && !isAcronym(aliases.get(0).alias())) {
                longSingleWords.put(key, aliases);
            }
        });
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

    /** What the knowledge base holds, in one line: "199 countries, 70 organizations, 119 role words, 223 office terms". */
    public String size() {
        return countries + " countries, " + organizations + " organizations, " + sectors.size() + " role words, "
                + people + " office terms";
    }

    /**
     * How {@code phrase} resolves: the longest country or organization name in it (a name, short
     * form, demonym or capital). A country is narrowed to a sector by the longest role word in the
     * phrase; an organization keeps its own sector. Empty when no country or organization is named.
     */
    public Optional<Resolution> resolve(String phrase) {
        return resolve(phrase, Optional.empty());
    }

    /**
     * How {@code phrase}, written on {@code date}, resolves: as {@link #resolve(String)}, and a
     * person who held several offices is taken in the office held that day; a country with an
     * office ("the French president") is told with who held it that day.
     */
    public Optional<Resolution> resolve(String phrase, Optional<LocalDate> date) {
        return resolve(phrase, Context.on(date));
    }

    /**
     * How {@code phrase}, in {@code context}, resolves: as {@link #resolve(String, Optional)}, and
     * in an article a bare surname names a known person only when the article names that person in
     * full somewhere, or a title stands before it ("President Putin"); a person is taken only in a
     * term held on the day (after the last term, as a former office holder, sector {@code ELI});
     * and a place name of two meanings takes the one the article's words point to ("Georgia" beside
     * Atlanta and a county sheriff is the US state).
     */
    public Optional<Resolution> resolve(String phrase, Context context) {
        List<String> tokens = tokens(phrase);
        Optional<LocalDate> date = context.date();
        Alias best = null;
        int bestLength = 0;
        for (int i = 0; i < tokens.size(); i++) {
            // Only a longer name than the best so far can replace it; try the longest first.
            for (int n = Math.min(longestAliasWords, tokens.size() - i); n > bestLength; n--) {
                Optional<Alias> a = match(String.join(" ", tokens.subList(i, i + n)), context, tokens);
                if (a.isPresent()) {
                    best = a.get();
                    bestLength = n;
                    break;
                }
            }
        }
        String spelling = null;
        if (best == null) {
            // A variant spelling of a long name ("Ethopia", "Bouteflicka", "Zelenskyy"): one letter off.
            for (String token : tokens) {
                Optional<Alias> near = nearSpelling(token);
                if (near.isPresent()) {
                    best = near.get();
                    spelling = token;
                    break;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        if (spelling != null) {
            reasons.add("'" + spelling + "' read as '" + best.alias() + "', one letter apart");
        }
        Homonym homonym = homonyms.get(best.alias().toLowerCase(Locale.ROOT));
        if (homonym != null && !best.kind().equals("person") && context.text().isPresent()) {
            long cues = homonym.cues().stream().filter(context::says).count();
            long against = homonym.against().stream().filter(context::says).count();
            if (cues > against) {
                String cue = homonym.cues().stream().filter(context::says).findFirst().orElse("");
                return Optional.of(new Resolution(homonym.code(), homonym.meaning(), phrase, List.of("'" + best.alias()
                        + "' is " + homonym.meaning() + " here: the article speaks of '" + cue + "'"
                        + (cues > 1 ? " and " + (cues - 1) + " more such words" : ""))));
            }
        }
        reasons.add(best.kind().equals("person") ? "person '" + best.alias() + "': " + best.actorName() + ", "
                + best.office().get().from() + " to " + best.office().get().to().map(Object::toString).orElse("now")
                : best.kind() + " '" + best.alias() + "' of " + best.actorName() + " (" + best.code().base() + ")");
        ActorCode code = best.code();
        boolean keepsSector = best.kind().equals("organization") || best.kind().equals("person");
        Optional<String[]> role = keepsSector ? Optional.empty() : role(tokens);
        if (role.isPresent() && AUTHORITY.contains(role.get()[1])) {
            // "South Ossetian officials", "the Abkhaz interior ministry": the separatist authority of the region
            Optional<Alias> authority = separatist(best);
            if (authority.isPresent()) {
                reasons.add("'" + best.alias() + "' with role '" + role.get()[0] + "' names the separatist authority "
                        + authority.get().actorName() + ", not the state it broke from");
                return Optional.of(new Resolution(authority.get().code(), authority.get().actorName(), phrase, reasons));
            }
        }
        if (role.isPresent()) {
            code = code.with(role.get()[1]);
            reasons.add("role '" + role.get()[0] + "' is sector " + role.get()[1]);
            if (date.isPresent()) {
                holder(code.base(), tokens, date.get()).ifPresent(o -> reasons.add("on " + date.get() + " the "
                        + o.role() + " was " + o.holder() + " (from " + o.from() + ")"));
            }
        } else if (code.sector().isPresent() && !best.kind().equals("person")) {
            reasons.add(best.actorName() + " codes as sector " + code.sector().get());
        }
        String name = best.kind().equals("person") ? best.actorName()
                : best.actorName() + code.sector().map(s -> " (" + sectorName(s) + ")").orElse("");
        return Optional.of(new Resolution(code, name, phrase, reasons));
    }

    /**
     * The country a place phrase is in ("in eastern Quetta", "the Kunming railway station",
     * "TBILISI"): a country, capital or region the tables name, else the longest run of capitalized
     * words that the gazetteer knows as a place whose name, by its size, can only mean one country.
     */
    public Optional<Resolution> place(String phrase, Context context) {
        Optional<Resolution> named = resolve(phrase, context)
                .filter(r -> r.code().groups().isEmpty() && !Set.of("IGO", "NGO", "IMG", "MNC").contains(r.code().base()));
        if (named.isPresent()) {
            return named;
        }
        Optional<String> state = UsStates.after(phrase);
        if (state.isPresent()) {
            return Optional.of(new Resolution(ActorCode.of("USA"), "United States", phrase,
                    List.of("'" + phrase.substring(phrase.lastIndexOf(',') + 1).strip() + "' after a place is the US state "
                            + state.get())));
        }
        List<String> tokens = tokens(phrase);
        for (int n = Math.min(3, tokens.size()); n >= 1; n--) {
            for (int i = 0; i + n <= tokens.size(); i++) {
                List<String> words = tokens.subList(i, i + n);
                String name = String.join(" ", words);
                if (words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)) && !isRoleWord(w))
                        && !insideLongerName(phrase, name)) {
                    Optional<Gazetteer.Place> p = Gazetteer.shared().dominant(name)
                            .or(() -> Gazetteer.shared().country(name).flatMap(c -> Gazetteer.shared().named(name).stream()
                                    .filter(x -> x.country().equals(c)).findFirst()));
                    if (p.isPresent()) {
                        return Optional.of(new Resolution(ActorCode.of(p.get().country()), p.get().name() + ", "
                                + p.get().country(), phrase, List.of(String.format(Locale.ROOT,
                                        "place '%s' (GeoNames %d, %,d people) is in %s", name, p.get().id(),
                                        p.get().population(), p.get().country()))));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code name} stands in {@code phrase} only as part of a longer proper name, next to
     * another capitalized word that is no role ("San" of "San Miguel Corp" is no town in Mali;
     * "Fresno Police" and "Kuta, Bali" keep their place).
     */
    private boolean insideLongerName(String phrase, String name) {
        int at = phrase.indexOf(name);
        if (at < 0) {
            return false;
        }
        String before = phrase.substring(0, at);
        String after = phrase.substring(at + name.length());
        String previous = before.endsWith(" ") ? lastWord(before.strip()) : "";
        String next = after.startsWith(" ") ? after.strip().split("\\s+")[0] : "";
        return nameWord(previous) || nameWord(next);
    }

    private static String lastWord(String text) {
        int space = text.lastIndexOf(' ');
        return space < 0 ? text : text.substring(space + 1);
    }

    private boolean nameWord(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(c -> Character.isLetter(c)
                || c == '.' || c == '-' || c == '\'') && !isRoleWord(word) && !word.equalsIgnoreCase("the");
    }

    /** The CAMEO sector of the longest role word in {@code phrase} ("the judge" → JUD), if any. */
    public Optional<String> sector(String phrase) {
        return role(tokens(phrase)).map(r -> r[1]);
    }

    /** Whether {@code word} is, or is part of, a role word or phrase ("minister", "Foreign"). */
    public boolean isRoleWord(String word) {
        return roleWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The alias of one word spelt one letter differently from {@code token} (one letter added,
     * dropped or changed), when the token is a capitalized word of at least seven letters and
     * exactly one such alias exists (for a person's, at least {@link #PERSON_NEAR_SPELLING} letters).
     */
    static final int PERSON_NEAR_SPELLING = 9;

    private Optional<Alias> nearSpelling(String token) {
        if (token.length() < 7 || !Character.isUpperCase(token.charAt(0)) || !Gazetteer.shared().named(token).isEmpty()) {
            return Optional.empty(); // a place's own name is no misspelling: Columbia, South Carolina, is not Colombia
        }
        Alias found = null;
        for (Map.Entry<String, List<Alias>> e : longSingleWords.entrySet()) {
            // A short surname one letter from an office holder's is another person more often than
            // a misspelling ("Phillip" is not Phillips, "LaSalle" not Lacalle): people need nine letters.
            boolean person = e.getValue().get(0).kind().equals("person");
            if ((!person || token.length() >= PERSON_NEAR_SPELLING) && oneEditApart(token.toLowerCase(Locale.ROOT), e.getKey())) {
                if (found != null && !found.code().equals(e.getValue().get(0).code())) {
                    return Optional.empty(); // two candidates: no guess
                }
                found = e.getValue().get(0);
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return true;
    }

    /** Who held the longest office named in {@code tokens} in {@code country} on {@code day}. */
    private Optional<Office> holder(String country, List<String> tokens, LocalDate day) {
        String text = " " + String.join(" ", tokens).toLowerCase(Locale.ROOT) + " ";
        return offices.stream()
                .filter(o -> o.country().equals(country) && o.heldOn(day) && text.contains(" " + o.role() + " "))
                .max(Comparator.comparingInt(o -> o.role().length()));
    }

    private Optional<Alias> match(String candidate, Context context, List<String> phraseTokens) {
        List<Alias> aliases = byLowercase.get(candidate.toLowerCase(Locale.ROOT));
        if (aliases == null && candidate.endsWith("s")) {
            // "Georgians", "Palestinians": the plural of a demonym names the people.
            aliases = byLowercase.getOrDefault(candidate.substring(0, candidate.length() - 1).toLowerCase(Locale.ROOT),
                    List.of()).stream().filter(a -> a.kind().equals("demonym")).toList();
        }
        if (aliases == null || aliases.isEmpty()) {
            return Optional.empty();
        }
        // Short all-capital forms ("US", "UN") and people's names ("Rice") match only as written; other
        // names only capitalized as written ("the Western plan" is not Plan International).
        List<Alias> written = aliases.stream()
                .filter(a -> !(isAcronym(a.alias()) || a.kind().equals("person")) || a.alias().equals(candidate))
                .filter(a -> capitalizedAlike(a.alias(), candidate))
                .filter(a -> !a.kind().equals("person") || named(a, context, phraseTokens))
                .toList();
        List<Alias> people = written.stream().filter(a -> a.kind().equals("person")).toList();
        List<Alias> others = written.stream().filter(a -> !a.kind().equals("person")).toList();
        Optional<Alias> person = people.isEmpty() ? Optional.empty() : person(people, context.date());
        if (person.isPresent()) {
            return person;
        }
        return others.stream().max(Comparator.comparingInt((Alias a) -> kindRank(a.kind())));
    }

    /**
     * The office holder one name means on {@code date}: the term held that day or ended within a
     * month of it; else, when the day is after every term of one person, that person as a former
     * holder (sector ELI, as CAMEO codes former officials); never a person whose every term lies
     * after the day, and no one when people of different countries share the name that day.
     */
    private Optional<Alias> person(List<Alias> people, Optional<LocalDate> date) {
        if (date.isEmpty()) {
            return people.stream().max(Comparator.comparing((Alias a) -> a.office().get().from()));
        }
        LocalDate day = date.get();
        // News of the days after a term ends (a killing, an ouster) still speaks of the office holder.
        List<Alias> held = people.stream().filter(a -> a.office().get().heldOn(day)
                || a.office().get().heldOn(day.minusDays(RECENT_DAYS))).toList();
        if (!held.isEmpty()) {
            return held.stream().map(Alias::code).distinct().count() == 1 ? Optional.of(held.get(0)) : Optional.empty();
        }
        List<Alias> before = people.stream().filter(a -> a.office().get().to().map(t -> !t.isAfter(day)).orElse(false))
                .toList();
        if (before.isEmpty() || before.stream().map(a -> a.office().get().holder()).distinct().count() > 1) {
            return Optional.empty();
        }
        Alias last = before.stream().max(Comparator.comparing((Alias a) -> a.office().get().to().get())).get();
        return Optional.of(new Alias(ActorCode.of(last.code().base()).with("ELI"), "former " + last.actorName(),
                last.kind(), last.alias(), last.office()));
    }

    /**
     * Whether a person's alias may be taken here: a name of more than one word always; a bare
     * surname only when the article names the same person in full, a title stands in the phrase
     * ("President Putin", "Foreign Minister Lavrov"), or there is no article to look in.
     */
    private boolean named(Alias person, Context context, List<String> phraseTokens) {
        if (words(person.alias()) > 1 || context.text().isEmpty()) {
            return true;
        }
        for (String t : phraseTokens) {
            String word = t.toLowerCase(Locale.ROOT).replace(".", "");
            // "Presidents Clinton and Yeltsin": a plural title stands before each name.
            if (TITLES.contains(word) || (word.endsWith("s") && TITLES.contains(word.substring(0, word.length() - 1)))) {
                return true;
            }
        }
        return fullNames.getOrDefault(person.office().get().holder(), List.of()).stream().anyMatch(context::says);
    }

    /** How long after a term ends news still names its holder by the office: a month. */
    private static final int RECENT_DAYS = 30;

    /** Words that, before a surname, say that a person holding an office is meant. */
    private static final Set<String> TITLES = Set.of("president", "minister", "secretary", "chancellor", "premier",
            "king", "queen", "emir", "sultan", "prince", "general", "gen", "leader", "ayatollah", "sheikh", "mr", "mrs",
            "ms", "dr", "senator", "sen", "governor", "gov", "commander", "marshal", "admiral", "chief", "speaker",
            "ambassador", "envoy", "foreign", "defence", "defense", "interior", "prime");

    /** Whether {@code text} holds {@code words} as whole words, in any case. */
    static boolean containsWords(String text, String words) {
        String t = text.toLowerCase(Locale.ROOT);
        String w = words.toLowerCase(Locale.ROOT);
        for (int at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1));
            int end = at + w.length();
            boolean endsWord = end == t.length() || !Character.isLetterOrDigit(t.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The sectors of those who speak or act for a government: a region's have a separatist authority's. */
    private static final Set<String> AUTHORITY = Set.of("GOV", "MIL", "COP", "LEG", "JUD", "SPY");

    /**
     * The separatist authority a region name or demonym of a country stands for ("South Ossetian",
     * "Abkhazia"): the one authority of that country that has the name in one of its own names.
     */
    private Optional<Alias> separatist(Alias region) {
        if (!region.kind().equals("demonym") && !region.kind().equals("other name")
                || ownNames.contains(region.alias().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String words = " " + region.alias().toLowerCase(Locale.ROOT) + " ";
        List<Alias> found = separatists.entrySet().stream().filter(e -> e.getKey().code().base().equals(region.code().base())
                && e.getValue().stream().anyMatch(n -> n.contains(words))).map(Map.Entry::getKey).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
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
        add(code, actorName, kind, alias, Optional.empty());
    }

    private void add(ActorCode code, String actorName, String kind, String alias, Optional<Office> office) {
        String key = String.join(" ", tokens(alias)).toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
            byLowercase.computeIfAbsent(key, k -> new ArrayList<>()).add(new Alias(code, actorName, kind,
                    String.join(" ", tokens(alias)), office));
        }
    }

    private static List<String> aliases(String cell) {
        return cell.isBlank() ? List.of() : List.of(cell.split("\\|"));
    }

    /** Words of a phrase: letters, digits and the marks inside names ("U.S.", "Côte d'Ivoire", "Guinea-Bissau"). */
    /**
     * Whether {@code text} is, as a whole, a country's name or other name ("Chad", "South Sudan"),
     * not a demonym, capital, organization or person.
     */
    public boolean countryName(String text) {
        return byLowercase.getOrDefault(text.toLowerCase(Locale.ROOT), List.of()).stream()
                .anyMatch(a -> a.kind().equals("name") || a.kind().equals("other name"));
    }

    /** Whether {@code text}, as a whole, is any name, other name, demonym, capital or alias of the tables. */
    public boolean known(String text) {
        return byLowercase.containsKey(text.toLowerCase(Locale.ROOT));
    }

    static List<String> tokens(String phrase) {
        List<String> out = new ArrayList<>();
        for (String t : phrase.strip().split("[\\s,;:()\"“”]+")) {
            String word = t.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$", "").replaceAll("'s$|’s$", "")
                    .replaceAll("(?i)-led$", ""); // "US-led forces" are led by the US
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        if (!out.isEmpty() && out.get(0).equalsIgnoreCase("the") && out.size() > 1) {
            out.remove(0);
        }
        return out;
    }

    /** Whether every word the alias capitalizes is capitalized in the candidate too. */
    private static boolean capitalizedAlike(String alias, String candidate) {
        String[] a = alias.split(" ");
        String[] c = candidate.split(" ");
        if (a.length != c.length) {
            return true; // a plural or a spelling variant: the words do not line up, and case cannot be told
        }
        for (int i = 0; i < a.length; i++) {
            if (!a[i].isEmpty() && !c[i].isEmpty() && Character.isUpperCase(a[i].charAt(0))
                    && !Character.isUpperCase(c[i].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAcronym(String alias) {
        return alias.length() <= 5 && alias.replace(".", "").chars().allMatch(Character::isUpperCase);
    }

    private static int kindRank(String kind) {
        return switch (kind) {
            case "person" -> 5;
            case "organization" -> 4;
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
