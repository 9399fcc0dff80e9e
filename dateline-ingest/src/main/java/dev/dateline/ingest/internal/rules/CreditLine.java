package dev.dateline.ingest.internal.rules;

import dev.dateline.ingest.internal.Agencies;
import dev.dateline.ingest.internal.Block;

/**
 * Drops credit lines: "(Reporting by …; Editing by …)", "— AFP", "Copyright 2008 Agence
 * France-Presse", "The Associated Press contributed to this report". Their agencies are read as
 * metadata before cleaning.
 */
final class CreditLine implements BlockRule {

    @Override
    public String name() {
        return "credit-line";
    }

    @Override
    public boolean drops(Block block, BlockContext context) {
        return Agencies.isCreditLine(block.plain());
    }
}
