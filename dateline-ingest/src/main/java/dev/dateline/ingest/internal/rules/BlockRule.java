package dev.dateline.ingest.internal.rules;

import dev.dateline.ingest.internal.Block;
import java.util.List;

/**
 * One cleaning rule: decides whether a block of an article is boilerplate rather than running
 * text. Rules are small, independent and ordered; the first that drops a block names itself as
 * the reason.
 */
public interface BlockRule {

    /** A short name for reports and tests, e.g. {@code "caption-or-credit"}. */
    String name();

    /** Whether {@code block}, the {@code context.index()}-th of its article, is boilerplate. */
    boolean drops(Block block, BlockContext context);

    /** The rules applied to every article, in order. */
    static List<BlockRule> defaults() {
        return List.of(new RepeatedHeadline(), new CaptionOrCredit(), new SocialEmbed(),
                new SourceFooter(), new ShareOrSubscribe(), new RelatedLinks(), new CreditLine(), new BylineLine(),
                new DateOnlyLine());
    }
}
