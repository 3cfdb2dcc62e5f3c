package com.parashift.alfstream.testkit.repository;

import com.parashift.alfstream.protocol.ChangeKind;
import com.parashift.alfstream.protocol.GroupSnapshot;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.repo.notify.FailureReport;
import com.parashift.alfstream.repo.port.DirectoryPort;
import com.parashift.alfstream.repo.port.NotificationPort;
import com.parashift.alfstream.repo.port.SyncModel;
import com.parashift.alfstream.repo.port.SyncState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * People, groups and mail of the reference repository. Groups are journaled like nodes (every group, under the
 * repository's transactions); each person has a home folder under {@code /Company Home/User Homes}; failure mail
 * lands in {@link #sentMail()} instead of an SMTP server.
 */
public class ReferenceDirectory implements DirectoryPort, NotificationPort {

    /** A mail the repository sent. */
    public record Mail(List<String> to, FailureReport report) {
    }

    private record Group(String displayName, TreeSet<String> members) {
    }

    private final ReferenceRepository repo;
    private final Map<String, Group> groups = new HashMap<>();
    private final Map<String, String> homes = new HashMap<>();
    private final Map<String, String> emails = new HashMap<>();
    private final List<String> administrators = new ArrayList<>();
    private final List<Mail> sentMail = new CopyOnWriteArrayList<>();

    ReferenceDirectory(ReferenceRepository repo) {
        this.repo = repo;
    }

    // ---- what an administrator does ----------------------------------------------------------------------

    /** Creates a person with a home folder named like the user; returns the home folder's UUID. */
    public String createPerson(String user, String email) {
        return createPerson(user, user, email);
    }

    /** Creates a person whose home folder has its own name (home folders need not be named alike everywhere). */
    public String createPerson(String user, String homeName, String email) {
        return repo.inTransaction(() -> {
            if (homes.containsKey(user)) {
                throw new IllegalArgumentException("user " + user + " exists");
            }
            String userHomes = repo.findByPath("/" + ReferenceRepository.ROOT_NAME + "/User Homes")
                    .orElseGet(() -> repo.edit().createFolder(repo.rootUuid(), "User Homes"));
            String home = repo.edit().createFolder(userHomes, homeName);
            homes.put(user, home);
            if (email != null) {
                emails.put(user, email);
            }
            return home;
        });
    }

    public void addAdministrator(String user) {
        administrators.add(user);
    }

    public void createGroup(String name, String displayName) {
        changeGroup(name, g -> { }, new Group(displayName, new TreeSet<>()));
    }

    public void addMember(String group, String member) {
        changeGroup(group, g -> g.members().add(member), null);
    }

    public void removeMember(String group, String member) {
        changeGroup(group, g -> g.members().remove(member), null);
    }

    public void deleteGroup(String name) {
        deleteGroup(name, repo.instanceId(), 0);
    }

    private void changeGroup(String name, java.util.function.Consumer<Group> edit, Group created) {
        repo.inTransaction(() -> {
            Group group = groups.get(name);
            if (group == null) {
                if (created == null) {
                    throw new IllegalArgumentException("no group " + name);
                }
                group = created;
            }
            Group copy = new Group(group.displayName(), new TreeSet<>(group.members()));
            edit.accept(copy);
            repo.putGroup(name, () -> groups.put(name, copy), () -> restore(name, groups.get(name)));
            repo.recordGroup(ChangeKind.GROUP, name, repo.instanceId());
            return null;
        });
    }

    /** The site's groups ({@code GROUP_site_<site>} and its role groups), parents first. */
    List<String> groupsOfSite(String site) {
        String prefix = "GROUP_site_" + site;
        return groups.keySet().stream().filter(n -> n.equals(prefix) || n.startsWith(prefix + "_"))
                .sorted((a, b) -> a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b))
                .toList();
    }

    /** The failure mail sent so far. */
    public List<Mail> sentMail() {
        return List.copyOf(sentMail);
    }

    // ---- DirectoryPort --------------------------------------------------------------------------------

    /** Every group, by name, for tests that compare a whole repository. */
    public List<GroupSnapshot> allGroups() {
        return repo.inTransaction(() -> groups.keySet().stream().sorted()
                .map(name -> readGroup(name).orElseThrow()).toList());
    }

    @Override
    public Optional<GroupSnapshot> readGroup(String name) {
        return repo.inTransaction(() -> Optional.ofNullable(groups.get(name))
                .map(g -> new GroupSnapshot(name, g.displayName(), List.copyOf(g.members()))));
    }

    @Override
    public void writeGroup(GroupSnapshot group, String origin, long originEntryId) {
        repo.inTransaction(() -> {
            Group wanted = new Group(group.displayName(), new TreeSet<>(group.members()));
            Group before = groups.get(group.name());
            repo.putGroup(group.name(), () -> groups.put(group.name(), wanted), () -> restore(group.name(), before));
            repo.recordGroup(ChangeKind.GROUP, group.name(), origin);
            repo.countApplied(origin, originEntryId);
            return null;
        });
    }

    @Override
    public void deleteGroup(String name, String origin, long originEntryId) {
        repo.inTransaction(() -> {
            Group before = groups.get(name);
            repo.putGroup(name, () -> groups.remove(name), () -> restore(name, before));
            repo.recordGroup(ChangeKind.GROUP_DELETE, name, origin);
            if (originEntryId > 0) {
                repo.countApplied(origin, originEntryId);
            }
            return null;
        });
    }

    private void restore(String name, Group before) {
        if (before == null) {
            groups.remove(name);
        } else {
            groups.put(name, before);
        }
    }

    @Override
    public boolean authorityExists(String authority) {
        return repo.inTransaction(() -> authority.equals("GROUP_EVERYONE") || authority.startsWith("ROLE_")
                || groups.containsKey(authority) || homes.containsKey(authority));
    }

    @Override
    public Optional<String> homeFolder(String user) {
        return repo.inTransaction(() -> Optional.ofNullable(homes.get(user)));
    }

    @Override
    public String createPerson(String user) {
        return createPerson(user, null);
    }

    /** The user whose home folder this node is, if any. */
    String ownerOfHome(String uuid) {
        return homes.entrySet().stream().filter(e -> e.getValue().equals(uuid)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    // ---- NotificationPort ------------------------------------------------------------------------------

    @Override
    public List<FailedNode> unreportedFailures(int max) {
        return repo.failedNodes(max, SyncModel.PROP_ERROR_REPORTED);
    }

    @Override
    public void markReported(List<String> uuids) {
        uuids.forEach(uuid -> repo.mutable(uuid).properties.put(SyncModel.PROP_ERROR_REPORTED, PropertyValue.of("d:boolean", "true")));
    }

    @Override
    public List<String> siteManagerEmails(String site) {
        Group managers = groups.get("GROUP_site_" + site + "_SiteManager");
        return managers == null ? List.of() : managers.members().stream().map(emails::get).filter(e -> e != null).toList();
    }

    @Override
    public List<String> administratorEmails() {
        return administrators.stream().map(emails::get).filter(e -> e != null).toList();
    }

    @Override
    public void sendFailureMail(List<String> recipients, FailureReport report) {
        sentMail.add(new Mail(List.copyOf(recipients), report));
    }

    static boolean isError(Node node) {
        PropertyValue state = node.properties.get(SyncModel.PROP_SYNC_STATE);
        return node.aspects.contains(SyncModel.ASPECT_SYNC) && state != null
                && SyncState.Error.name().equals(state.value());
    }
}
