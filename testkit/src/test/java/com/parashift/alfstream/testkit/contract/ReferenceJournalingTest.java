package com.parashift.alfstream.testkit.contract;

import com.parashift.alfstream.protocol.Change;
import com.parashift.alfstream.protocol.Permissions;
import com.parashift.alfstream.protocol.PropertyValue;
import com.parashift.alfstream.repo.export.SnapshotExporter;
import com.parashift.alfstream.repo.journal.ChangesHandler;
import com.parashift.alfstream.repo.port.SyncState;
import com.parashift.alfstream.testkit.repository.LocalEdits;
import com.parashift.alfstream.testkit.repository.ReferenceRepository;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The journaling contract on the reference repository, acted on in process as a user would. */
class ReferenceJournalingTest extends JournalingContract {

    @TempDir
    Path data;

    @Override
    protected UserActions actions() {
        try {
            return new ReferenceActions(new ReferenceRepository("A", data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record ReferenceActions(ReferenceRepository repo, LocalEdits edit, ChangesHandler changes)
            implements UserActions {

        ReferenceActions(ReferenceRepository repo) {
            this(repo, repo.edit(), new ChangesHandler(repo, repo.directory(), new SnapshotExporter(repo, 65536)));
        }

        @Override
        public String workspace() {
            return repo.rootUuid();
        }

        @Override
        public String createFolder(String parent, String name) {
            return edit.createFolder(parent, name);
        }

        @Override
        public String createFile(String parent, String name, byte[] content) {
            return edit.createFile(parent, name, content);
        }

        @Override
        public void updateContent(String node, byte[] content) {
            edit.updateContent(node, content);
        }

        @Override
        public void setTitle(String node, String title) {
            edit.setProperty(node, "cm:title", PropertyValue.of("d:mltext", title));
        }

        @Override
        public void rename(String node, String name) {
            edit.rename(node, name);
        }

        @Override
        public void move(String node, String newParent) {
            edit.move(node, newParent);
        }

        @Override
        public String copy(String node, String newParent) {
            return edit.copy(node, newParent);
        }

        @Override
        public void delete(String node) {
            edit.delete(node);
        }

        @Override
        public void restrictTo(String node, String authority) {
            edit.setPermissions(node, new Permissions(false, List.of(new Permissions.AccessEntry(authority,
                    "Consumer", true))));
        }

        @Override
        public void beginSync(String folder) {
            edit.beginSync(folder);
        }

        @Override
        public void stopSync(String folder) {
            edit.stopSync(folder);
        }

        @Override
        public void retrySync(String node) {
            edit.retrySync(node);
        }

        @Override
        public void markError(String node, String reason) {
            repo.inTransaction(() -> {
                repo.setState(node, SyncState.Error, reason);
                return null;
            });
        }

        @Override
        public void createTree(String parent, int folders, int filesPerFolder) {
            for (int f = 0; f < folders; f++) {
                String folder = edit.createFolder(parent, "folder-" + f);
                for (int d = 0; d < filesPerFolder; d++) {
                    edit.createFile(folder, "doc-" + d + ".txt", ("document " + d).getBytes());
                }
            }
        }

        @Override
        public boolean isSyncActive(String node) {
            return repo.read(node).map(n -> n.properties().get("alfs:syncState"))
                    .map(v -> SyncState.Active.name().equals(v.value())).orElse(false);
        }

        @Override
        public void createGroupWithMember(String groupId, String memberId) {
            repo.directory().createGroup("GROUP_" + groupId, groupId);
            repo.directory().addMember("GROUP_" + groupId, memberId);
        }

        @Override
        public String user() {
            return "alice";
        }

        @Override
        public List<Change> changesAfter(long after) {
            List<Change> all = new ArrayList<>();
            long cursor = after;
            while (true) {
                var batch = changes.changes(String.valueOf(cursor), null, "1000", null);
                all.addAll(batch.items());
                if (!batch.hasMore() || batch.items().isEmpty()) {
                    return all;
                }
                cursor = batch.items().get(batch.items().size() - 1).id();
            }
        }

        @Override
        public long journalHigh() {
            return repo.journalHigh();
        }
    }
}
