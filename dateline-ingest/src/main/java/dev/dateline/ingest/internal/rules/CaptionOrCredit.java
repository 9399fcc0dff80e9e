package dev.dateline.ingest.internal.rules;

import dev.dateline.ingest.internal.Block;
import java.util.regex.Pattern;

/**
 * Drops image captions and photo credits: "Photo: Reuters", "(AFP Photo/Vano Shlamov)",
 * "Image caption ...", "REUTERS/David Mdzinarishvili", "© Getty Images", "Titelbild: …", "Crédits photos : …".
 */
final class CaptionOrCredit implements BlockRule {

    private static final Pattern LABELLED = Pattern.compile(
            "(?iu)^\\W*(?:(?:photo(?:graph)?s?|pictures?|images?|file photo|fotos?|video|illustration|gallery|caption|credit"
                    + "|photo credit|bild|titelbild|bildquelle|bildnachweis|crédits? photos?|fotografía|zdjęcie|foto di)"
                    + "\\b\\s*(?:\\d+\\s*(?:of|/)\\s*\\d+)?\\s*[:|/©-]"
                    + "|(?:image caption|media caption|image source|image copyright|photograph by|photo by)\\b)");
    private static final Pattern AGENCY_PHOTO = Pattern.compile(
            "(?i)\\b(?:AP|AFP|Reuters|EPA|Getty Images|Anadolu|Xinhua|TASS|Sputnik|Shutterstock|AAP)\\s*(?:Photo|Images?|Pool)\\b"
                    + "|\\b(?:REUTERS|AFP|EPA|AP)/[A-Z][\\p{L}.'-]+|©|\\(c\\)\\s*\\d{4}|Getty Images|/Getty\\b");
    private static final Pattern ENDS_AS_CREDIT = Pattern.compile(
            "(?i)\\((?:photo|picture|image|pictured|file)\\b[^)]{0,80}\\)\\s*$");

    @Override
    public String name() {
        return "caption-or-credit";
    }

    @Override
    public boolean drops(Block block, BlockContext context) {
        String text = block.plain();
        if (text.length() > 300) {
            return false;
        }
        return LABELLED.matcher(text).find()
                || (AGENCY_PHOTO.matcher(text).find() && !text.matches("(?s).*[.!?][\"”’]?\\s+\\p{Lu}.*\\.\\s*$"))
                || ENDS_AS_CREDIT.matcher(text).find();
    }
}
