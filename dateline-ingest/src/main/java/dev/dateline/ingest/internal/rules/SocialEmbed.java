package dev.dateline.ingest.internal.rules;

import dev.dateline.ingest.internal.Block;
import java.util.regex.Pattern;

/**
 * Drops embedded social-media posts: "pic.twitter.com/…", the "— Name (@handle) August 8, 2008"
 * signature of an embedded tweet, "View this post on Instagram", bare links to posts.
 */
final class SocialEmbed implements BlockRule {

    private static final Pattern EMBED = Pattern.compile(
            "(?i)pic\\.twitter\\.com/|(?:twitter|x)\\.com/\\w+/status/|instagram\\.com/(?:p|reel)/|t\\.co/\\w"
                    + "|view this post on instagram|a post shared by|tiktok\\.com/@|facebook\\.com/\\S+/posts/"
                    + "|youtube\\.com/watch|youtu\\.be/|t\\.me/\\w");
    private static final Pattern TWEET_SIGNATURE = Pattern.compile(
            "[—–-]\\s*[^()\\n]{1,60}\\(@\\w{1,30}\\)\\s+\\p{L}+\\.?\\s+\\d{1,2},\\s+\\d{4}\\s*$");

    @Override
    public String name() {
        return "social-embed";
    }

    @Override
    public boolean drops(Block block, BlockContext context) {
        String text = block.plain();
        return text.length() <= 500 && (EMBED.matcher(text).find() || TWEET_SIGNATURE.matcher(text).find());
    }
}
