package com.parashift.alfstream.engine.verify;

import com.parashift.alfstream.engine.log.LogText;
import com.parashift.alfstream.protocol.TreeEntry;

import java.util.List;

/** The text {@code alfstream:verify} prints: a summary line, then one row per difference. */
public final class VerifyReport {

    private static final int MAX_ROWS = 200;

    private VerifyReport() {
    }

    public static String text(Verification v, TreeRepair.Result repair) {
        StringBuilder out = new StringBuilder();
        out.append(v.path()).append(" (").append(v.root()).append("): ").append(v.sourceNodes())
                .append(" nodes on the source, ").append(v.targetNodes()).append(" on the target, ");
        if (v.identical()) {
            out.append("identical");
        } else {
            out.append(v.differences().size()).append(v.truncated() ? "+" : "").append(" differences");
        }
        List<Difference> rows = v.differences().subList(0, Math.min(MAX_ROWS, v.differences().size()));
        if (!rows.isEmpty()) {
            out.append(String.format("%n%-50s %-36s %-40s %s", "PATH", "UUID", "DIFFERENCE", "SOURCE / TARGET"));
            for (Difference d : rows) {
                out.append(String.format("%n%-50s %-36s %-40s %s", shown(d.path()), d.uuid(), d.kind().text(),
                        detail(d)));
            }
            if (rows.size() < v.differences().size()) {
                out.append(String.format("%n… and %d more", v.differences().size() - rows.size()));
            }
        }
        if (repair != null) {
            out.append(String.format("%nrepair: %d nodes resent from the source (they travel with the next polls),"
                    + " %d deleted on the target, %d left", repair.resent(), repair.deleted(), repair.left().size()));
            repair.left().forEach(line -> out.append(String.format("%n  left: %s", LogText.clean(line))));
        } else if (!v.identical()) {
            out.append(String.format("%nrun alfstream:verify --repair to send what differs by the sync's rules"));
        }
        return out.toString();
    }

    private static String shown(String path) {
        return path.isEmpty() ? "(the synced folder)" : LogText.clean(path);
    }

    private static String detail(Difference d) {
        return switch (d.kind()) {
            case MISSING_ON_TARGET, ONLY_ON_TARGET -> version(d.source() != null ? d.source() : d.target());
            case MOVED -> "target path " + LogText.clean(d.target().path());
            case TYPE -> d.source().type() + " / " + d.target().type();
            case CONTENT -> abbreviate(d.source().sha256()) + " / " + abbreviate(d.target().sha256());
            case PROPERTIES -> d.detail() != null && !d.detail().isEmpty() ? d.detail()
                    : version(d.source()) + " / " + version(d.target());
        };
    }

    private static String version(TreeEntry entry) {
        return "version " + (entry.version() == null || entry.version().isEmpty() ? "none" : entry.version());
    }

    private static String abbreviate(String sha) {
        return sha == null ? "no content" : "sha " + sha.substring(0, Math.min(12, sha.length()));
    }
}
