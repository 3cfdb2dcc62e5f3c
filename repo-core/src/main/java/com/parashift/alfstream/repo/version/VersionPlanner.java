package com.parashift.alfstream.repo.version;

import com.parashift.alfstream.protocol.VersionSnapshot;
import com.parashift.alfstream.repo.port.ContentSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules that bring a version history here to the incoming one, shared by every repository. A version is the
 * same version on both sides when label and content SHA-256 are equal.
 * <ul>
 * <li>A version here that the incoming history lacks is deleted when it came from elsewhere (deleted at its
 * source); a version made here is kept (two-way: the other side has not seen it yet).</li>
 * <li>Incoming versions newer than the newest version both sides share are created here in order, with their
 * labels; when the history here has versions of its own after that, or a label is taken here by a different
 * version, the new ones are numbered by this repository instead and nothing fails.</li>
 * <li>An incoming version older than that, missing here, cannot be put back in the middle of a history: it is
 * skipped and logged.</li>
 * </ul>
 */
public final class VersionPlanner {

    private VersionPlanner() {
    }

    /**
     * @param here     this repository's instance id: versions whose origin it is were made here
     * @param existing the history here, oldest first
     * @param incoming the incoming history, oldest first; {@code null} when the sender sends none
     * @param contents the bytes of an incoming version to create (see {@link VersionPlan.NewVersion#content()});
     *                 throws when they are not at hand
     */
    public static VersionPlan plan(String here, List<VersionSnapshot> existing, List<VersionSnapshot> incoming,
                                   Function<VersionSnapshot, ContentSource> contents) {
        if (incoming == null) {
            return VersionPlan.KEEP;
        }
        Map<String, VersionSnapshot> incomingByLabel = new HashMap<>();
        incoming.forEach(v -> incomingByLabel.put(v.label(), v));
        List<String> delete = new ArrayList<>();
        List<VersionSnapshot> kept = new ArrayList<>();
        for (VersionSnapshot mine : existing) {
            if (!incomingByLabel.containsKey(mine.label()) && !here.equals(mine.origin())) {
                delete.add(mine.label());
            } else {
                kept.add(mine);
            }
        }
        int lastShared = -1;
        int keptAfterShared = 0;
        for (VersionSnapshot mine : kept) {
            int at = indexOfSame(incoming, mine);
            if (at >= 0 && at > lastShared) {
                lastShared = at;
                keptAfterShared = 0;
            } else {
                keptAfterShared++;
            }
        }
        Set<String> takenHere = new HashSet<>();
        kept.forEach(v -> takenHere.add(v.label()));
        boolean ownLine = keptAfterShared > 0;
        List<VersionPlan.NewVersion> create = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            VersionSnapshot theirs = incoming.get(i);
            if (indexOfSame(kept, theirs) >= 0) {
                continue;
            }
            if (i < lastShared) {
                skipped.add(theirs.label() + " is older than the newest version both sides have");
                continue;
            }
            ContentSource content = contents.apply(theirs);
            boolean labelFree = !takenHere.contains(theirs.label());
            if (ownLine || !labelFree) {
                skipped.add(theirs.label() + (labelFree ? " is numbered here after this side's own versions"
                        : " is taken here by a different version") + "; created with the next label here");
            }
            create.add(new VersionPlan.NewVersion(theirs, ownLine || !labelFree ? null : theirs.label(),
                    content));
        }
        return new VersionPlan(delete, create, skipped);
    }

    private static int indexOfSame(List<VersionSnapshot> history, VersionSnapshot version) {
        for (int i = 0; i < history.size(); i++) {
            VersionSnapshot candidate = history.get(i);
            if (candidate.label().equals(version.label()) && Objects.equals(sha(candidate), sha(version))) {
                return i;
            }
        }
        return -1;
    }

    private static String sha(VersionSnapshot version) {
        return version.content() == null ? null : version.content().sha256();
    }
}
