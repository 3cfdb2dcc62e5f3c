package com.parashift.alfstream.testkit.hostile;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Well-formed changes that would write where apply may not: nodes outside every synced tree, system nodes, Share's
 * global surf-config, built-in groups, a group made a member of itself.
 */
final class ScopeCases {

    private final Seed seed;
    private final Changes changes;
    private final List<HostileCase> cases = new ArrayList<>();

    private ScopeCases(Seed seed) {
        this.seed = seed;
        this.changes = new Changes(seed);
    }

    static List<HostileCase> all(Seed seed) {
        ScopeCases c = new ScopeCases(seed);
        c.deletes();
        c.updates();
        c.creates();
        c.groups();
        return c.cases;
    }

    private void add(String name, ObjectNode... items) {
        cases.add(HostileCase.items(name, Changes.request(items)));
    }

    private void deletes() {
        String[][] targets = {{"Company Home", seed.companyHome()}, {"Sites", seed.sites()},
                {"Data Dictionary", seed.dataDictionary()}, {"User Homes", seed.userHomes()},
                {"a user's home folder", seed.userHome()}, {"a folder not under sync", seed.privateFolder()},
                {"a file not under sync", seed.privateFile()}, {"the global surf-config", seed.surfConfig()}};
        for (String[] target : targets) {
            add("delete of " + target[0], changes.delete(target[1]));
        }
        add("delete of Company Home after another refused item", changes.delete(seed.privateFolder()),
                changes.delete(seed.companyHome()));
    }

    private void updates() {
        add("rename of Company Home", changes.of("MOVE", seed.companyHome(), seed.syncedFolder(), "Renamed"));
        add("move of Company Home into a synced folder", changes.of("MOVE", seed.companyHome(), seed.syncedFolder(),
                "Company Home"));
        add("update of Data Dictionary", changes.of("UPDATE_PROPERTIES", seed.dataDictionary(), seed.companyHome(),
                "Data Dictionary"));
        add("update of a folder not under sync", changes.of("UPDATE_PROPERTIES", seed.privateFolder(),
                seed.companyHome(), "Private"));
        add("overwrite of a file not under sync by a CREATE of its UUID", changes.of("CREATE", seed.privateFile(),
                seed.privateFolder(), "secret.txt"));
        add("move of a file not under sync into a synced folder", changes.of("MOVE", seed.privateFile(),
                seed.syncedFolder(), "secret.txt"));
        add("move of a synced file into Data Dictionary", changes.of("MOVE", seed.syncedFile(),
                seed.dataDictionary(), "plan.txt"));
        add("move of a synced file into the global surf-config", changes.of("MOVE", seed.syncedFile(),
                seed.surfConfig(), "plan.txt"));
        add("move of a synced folder under itself", changes.of("MOVE", seed.syncedFolder(), seed.syncedFile(),
                "Projects"));
    }

    private void creates() {
        add("create in Data Dictionary", changes.of("CREATE", Changes.NEW_UUID, seed.dataDictionary(), "evil.js"));
        add("create directly in User Homes", changes.of("CREATE", Changes.NEW_UUID, seed.userHomes(), "fake-home"));
        add("create in the global surf-config", changes.of("CREATE", Changes.NEW_UUID, seed.surfConfig(), "pages"));
        add("create of a second Sites folder", changes.of("CREATE", Changes.NEW_UUID, seed.companyHome(), "Sites"));
        ObjectNode byPath = changes.of("CREATE", Changes.NEW_UUID, "0badc0de-0000-4000-8000-00000000dead", "evil.js");
        ((ObjectNode) byPath.get("node")).put("parentPath", "/Company Home/Data Dictionary");
        add("create in Data Dictionary by path", byPath);
    }

    private void groups() {
        add("a group made a member of itself", changes.group(seed.group(), List.of(seed.nestedGroup(), seed.group())));
        add("a group made a member of its own member", changes.group(seed.nestedGroup(), List.of(seed.group())));
        add("members added to GROUP_ALFRESCO_ADMINISTRATORS", changes.group("GROUP_ALFRESCO_ADMINISTRATORS",
                List.of(seed.user())));
        add("GROUP_EVERYONE rewritten", changes.group("GROUP_EVERYONE", List.of(seed.user())));
        ObjectNode deleteAdmins = changes.delete("GROUP_ALFRESCO_ADMINISTRATORS").put("kind", "GROUP_DELETE");
        add("delete of GROUP_ALFRESCO_ADMINISTRATORS", deleteAdmins);
        add("group named '../../etc'", changes.group("GROUP_../../etc", List.of()));
        add("group with a member '../../etc'", changes.group(seed.group(), List.of("../../etc")));
        add("group with a member null", (ObjectNode) changes.group(seed.group(), List.of()).set("group",
                Changes.json().createObjectNode().put("name", seed.group()).set("members",
                        Changes.json().createArrayNode().addNull())));
        add("group name differing from its uuid", (ObjectNode) changes.group(seed.group(), List.of())
                .set("group", Changes.json().createObjectNode().put("name", "GROUP_other")));
        add("group display name with control characters", (ObjectNode) changes.group(seed.group(), List.of())
                .set("group", Changes.json().createObjectNode().put("name", seed.group()).put("displayName", "a\r\nb")));
        add("group carrying a node", (ObjectNode) changes.group(seed.group(), List.of()).set("node",
                changes.create().get("node")));
    }
}
