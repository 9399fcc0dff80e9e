package dev.dateline.ingest.internal.rules;

import dev.dateline.ingest.internal.Block;
import java.util.regex.Pattern;

/**
 * Drops page furniture: share and print buttons, subscription and newsletter prompts, "Related
 * articles", "Advertisement", "Follow us on …", copyright notices, in English and the other
 * languages news pages are most often in ("Mehr zum Thema", "À lire aussi", "Lee también").
 */
final class ShareOrSubscribe implements BlockRule {

    private static final Pattern FURNITURE = Pattern.compile(
            "(?iu)^\\W*(?:share(?: this| on| via| the)?|tweet|e-?mail(?: this)?|print(?: this)?|whatsapp|subscribe"
                    + "|sign up|sign in|log in|register|follow us|follow (?:him|her|them|the author)|like us on"
                    + "|related(?: articles| stories| content| coverage| news| topics)?|recommended(?: for you)?"
                    + "|more from|more on this|more stories|see also|read also|also read|you may (?:also )?like"
                    + "|don't miss|click here|tap here|advertisement|advertising|sponsored|comments?|leave a comment"
                    + "|join the (?:discussion|conversation)|newsletter|most (?:read|popular|viewed)|trending"
                    + "|download (?:our|the) app|listen to this article|skip to|back to top|copyright|all rights reserved"
                    + "|topics?|tags?|filed under|next article|previous article|watch:|listen:|get the latest|about the author"
                    // Calls to follow, support or keep up with the outlet.
                    + "|for the latest (?:news|stories|updates)|follow [\\p{L}.]+(?: [\\p{L}.]+)? on (?:twitter|facebook|instagram|x)"
                    + "|never miss|do you want to be (?:informed|notified)|support (?:us|our journalism)|donate"
                    // The same furniture in the other languages news pages are most often in.
                    + "|teilen|drucken|abonnieren|mehr zum thema|mehr zu diesem thema|mehr themen|weitere artikel"
                    + "|weitere informationen|zum weiterlesen|weiterlesen|ähnliche (?:beiträge|artikel)|auch interessant"
                    + "|lesen sie auch|das könnte sie auch interessieren|empfohlene beiträge|kommentare?|kommentieren"
                    + "|schlagworte|schlagwörter|anzeige|über den autor|zum newsletter"
                    + "|schon gelesen|siehe auch|keine kommentare|kommentierte artikel|themen im artikel|mehr kolumnen"
                    + "|möchten sie (?:den|diesen) artikel teilen|weitere (?:aktuelle )?themen|unterstütze|jede (?:kleine )?spende"
                    + "|jetzt spenden"
                    + "|partager|imprimer|abonnez-vous|en savoir plus|à lire aussi|lire aussi|sur le même sujet"
                    + "|articles similaires|commentaires?|publicité|voir aussi"
                    + "|compartir|suscríbete|lee también|leer más|contenido relacionado|noticias relacionadas"
                    + "|te puede interesar|comentarios|publicidad|síguenos"
                    + "|síganos|nos siga|puede escribirnos|mira lo que"
                    + "|condividi|leggi anche|articoli correlati|commenti|pubblicità"
                    + "|udostępnij|czytaj (?:także|też)|zobacz (?:także|też)|komentarze|reklama"
                    + "|zapraszamy|drukuj"
                    + "|compartilhe|leia também|comentários|publicidade)(?![\\p{L}])");

    /**
     * Phrases that only an outlet's own furniture uses, wherever they stand in a short block: an
     * invitation to its apps, social accounts, newsletter or channel, and its legal notices.
     */
    private static final Pattern OUTLET_NOTICE = Pattern.compile(
            "(?iu)\\bdownload (?:the|our) [\\p{L}\\p{N} ]{0,30}apps?\\b|\\bfollow (?:us|[\\p{Lu}][\\p{L}.]*(?: [\\p{Lu}][\\p{L}.]*)?)"
                    + " on (?:twitter|facebook|instagram|telegram|whatsapp)\\b|\\bsign(?:ing)? up for (?:our|the) [\\p{L} ]{0,20}newsletter"
                    + "|\\bcopyrighted property of\\b|\\bwritten permission (?:must|is required)\\b|\\bis not responsible for the"
                    + " (?:opinions|content)\\b|\\bcanal de (?:telegram|whatsapp|youtube)\\b|\\bkanal(?:e)? auf (?:telegram|whatsapp)\\b");
    /** How long a block of outlet notices may be: two or three sentences. */
    private static final int NOTICE_MAX = 300;

    @Override
    public String name() {
        return "share-or-subscribe";
    }

    @Override
    public boolean drops(Block block, BlockContext context) {
        String text = block.plain();
        return text.length() <= 160 && FURNITURE.matcher(text).find() && !text.matches("(?s).{60,}[.!?][\"”’]?")
                || text.length() <= NOTICE_MAX && OUTLET_NOTICE.matcher(text).find();
    }
}
