package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.port.RepositoryPort;
import com.parashift.alfstream.repo.port.RepositoryPort.Lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where apply may write on this repository. It changes, moves or deletes only nodes inside a tree under sync here
 * (the node or an ancestor carries {@code alfs:sync}); it creates a node only inside such a tree or as the top of a
 * synced tree arriving from the other side. Never: Company Home, the system folders directly below it (Sites,
 * Data Dictionary, User Homes; a folder of type {@code st:sites}), a user's home folder itself, anything
 * inside Data Dictionary or User Homes that is not under sync, anything inside a {@code surf-config} folder that is
 * not inside a synced site, and Alfresco's built-in groups.
 */
public final class ApplyScope {

    static final Set<String> SYSTEM_FOLDERS = Set.of("Sites", "Data Dictionary", "User Homes");
    static final Set<String> SYSTEM_GROUPS = Set.of("GROUP_EVERYONE", "GROUP_ALFRESCO_ADMINISTRATORS",
            "GROUP_ALFRESCO_SYSTEM_ADMINISTRATORS", "GROUP_ALFRESCO_MODEL_ADMINISTRATORS",
            "GROUP_ALFRESCO_SEARCH_ADMINISTRATORS", "GROUP_SITE_ADMINISTRATORS", "GROUP_EMAIL_CONTRIBUTORS");
    private static final Set<String> GUARDED_AREAS = Set.of("Data Dictionary", "User Homes");
    private static final String SURF_CONFIG = "surf-config";
    /** How the message of a refused item begins: such an item does not stop the batch. */
    static final String OUT_OF_SCOPE = "out of scope: ";

    private final RepositoryPort repository;

    ApplyScope(RepositoryPort repository) {
        this.repository = repository;
    }

    /** Refuses changing, moving or deleting an existing node that apply may not touch. */
    void checkExisting(String uuid) {
        List<Lineage> lineage = repository.lineage(uuid);
        String problem = systemProblem(lineage);
        if (problem == null && !isSynced(lineage)) {
            problem = "is not inside a tree under sync here";
        }
        if (problem == null) {
            problem = surfConfigProblem(lineage);
        }
        refuseIf(problem, lineage);
    }

    /** Refuses putting a node (new or moved) named so, of this type, under this parent, where apply may not write. */
    void checkPlacement(String uuid, String name, String type, String parentUuid) {
        List<Lineage> lineage = new ArrayList<>();
        lineage.add(new Lineage(uuid, name, type, false));
        lineage.addAll(repository.lineage(parentUuid));
        if (lineage.subList(1, lineage.size()).stream().anyMatch(node -> node.uuid().equals(uuid))) {
            throw new SyncException(409, "cannot move '" + name + "' into itself or below it (" + path(lineage) + ")");
        }
        String problem = systemProblem(lineage);
        if (problem == null && !isSynced(lineage)) {
            problem = guardedAreaProblem(lineage);
        }
        if (problem == null) {
            problem = surfConfigProblem(lineage);
        }
        refuseIf(problem, lineage);
    }

    void checkGroup(String name) {
        if (SYSTEM_GROUPS.contains(name)) {
            throw new OutOfScopeException(OUT_OF_SCOPE + "group " + name + " is one of Alfresco's built-in groups, each repository's"
                    + " own; apply never writes it");
        }
    }

    /** The node is Company Home, a system folder directly below it, or a user's home folder itself. */
    private static String systemProblem(List<Lineage> lineage) {
        int depth = lineage.size();
        if (depth == 1) {
            return "is the repository's root (Company Home)";
        }
        if (depth == 2 && (SYSTEM_FOLDERS.contains(lineage.get(0).name()) || "st:sites".equals(lineage.get(0).type()))) {
            return "is a system folder";
        }
        if (depth == 3 && "User Homes".equals(lineage.get(1).name())) {
            return "is a user's home folder, each repository's own";
        }
        return null;
    }

    /**
     * Whether the node is inside a tree under sync here: it or an ancestor that is no system node carries the sync
     * marker, in any state. What the endpoints serve of a node's content is held to this too.
     */
    public static boolean isInsideSyncedTree(RepositoryPort repository, String uuid) {
        return isSynced(repository.lineage(uuid));
    }

    /** Whether a node of the lineage that is no system node carries the sync marker. */
    private static boolean isSynced(List<Lineage> lineage) {
        for (int i = 0; i < lineage.size(); i++) {
            if (lineage.get(i).synced() && systemProblem(lineage.subList(i, lineage.size())) == null) {
                return true;
            }
        }
        return false;
    }

    /** A new top of a synced tree goes anywhere but into Data Dictionary or directly into User Homes. */
    private static String guardedAreaProblem(List<Lineage> lineage) {
        int depth = lineage.size();
        if (depth >= 3 && GUARDED_AREAS.contains(lineage.get(depth - 2).name())
                && !(depth >= 4 && "User Homes".equals(lineage.get(depth - 2).name()))) {
            return "would be created in " + lineage.get(depth - 2).name() + ", outside every tree under sync here";
        }
        return null;
    }

    /** Share's surf-config is written only inside a site under sync. */
    private static String surfConfigProblem(List<Lineage> lineage) {
        for (int i = 0; i < lineage.size(); i++) {
            if (SURF_CONFIG.equals(lineage.get(i).name())) {
                for (Lineage above : lineage.subList(i + 1, lineage.size())) {
                    if ("st:site".equals(above.type()) && above.synced()) {
                        return null;
                    }
                }
                return "is in a surf-config outside every site under sync here";
            }
        }
        return null;
    }

    private static void refuseIf(String problem, List<Lineage> lineage) {
        if (problem != null) {
            throw new OutOfScopeException(OUT_OF_SCOPE + path(lineage) + " " + problem
                    + "; apply writes only inside trees under sync");
        }
    }

    private static String path(List<Lineage> lineage) {
        StringBuilder path = new StringBuilder();
        for (Lineage node : lineage) {
            path.insert(0, "/" + node.name());
        }
        return path.toString();
    }
}
