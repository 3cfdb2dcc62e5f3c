package com.parashift.alfstream.testkit.repository;

import com.parashift.alfstream.protocol.TreeEntry;
import com.parashift.alfstream.protocol.TreeOrder;
import com.parashift.alfstream.protocol.TreePage;
import com.parashift.alfstream.repo.http.SyncException;
import com.parashift.alfstream.repo.verify.TreeHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tree endpoint's pages, on a seeded random tree: whatever the page size, the pages list every synced node once,
 * in tree order, with its path below the root.
 */
class TreePagesTest {

    @TempDir
    Path tmp;

    @Test
    void pagesOfAnySizeListEveryNodeOnceInTreeOrder() throws Exception {
        ReferenceRepository repository = new ReferenceRepository("A", tmp);
        LocalEdits edit = repository.edit();
        String root = edit.createFolder(repository.rootUuid(), "Tree");
        edit.beginSync(root);
        Random random = new Random(42);
        List<String> folders = new ArrayList<>(List.of(root));
        List<String> paths = new ArrayList<>(List.of(""));
        List<String> expected = new ArrayList<>(List.of(""));
        for (int i = 0; i < 150; i++) {
            int at = random.nextInt(folders.size());
            String name = (char) ('a' + random.nextInt(26)) + "-" + i + (random.nextBoolean() ? ".txt" : "");
            String path = paths.get(at).isEmpty() ? name : paths.get(at) + "/" + name;
            if (random.nextInt(3) == 0) {
                folders.add(edit.createFolder(folders.get(at), name));
                paths.add(path);
            } else {
                edit.createFile(folders.get(at), name, name.getBytes(StandardCharsets.UTF_8));
            }
            expected.add(path);
        }
        expected.sort(TreeOrder.PATHS);
        TreeHandler handler = new TreeHandler(repository);
        for (int limit : new int[]{1, 2, 7, 200}) {
            List<String> listed = new ArrayList<>();
            String after = null;
            int pages = 0;
            do {
                TreePage page = after == null ? handler.page("/Company Home/Tree", null, null, String.valueOf(limit))
                        : handler.page(null, root, after, String.valueOf(limit));
                page.entries().stream().map(TreeEntry::path).forEach(listed::add);
                after = page.next();
                pages++;
            } while (after != null);
            assertEquals(expected, listed, "pages of " + limit);
            assertTrue(pages >= expected.size() / limit, pages + " pages of " + limit);
        }
    }

    @Test
    void aBadRequestNamesItsCause() throws Exception {
        ReferenceRepository repository = new ReferenceRepository("A", tmp);
        TreeHandler handler = new TreeHandler(repository);
        assertEquals("limit: must be between 1 and 1000, was 0",
                assertThrows(SyncException.class, () -> handler.page("/Company Home", null, null, "0")).getMessage());
        assertEquals("give the tree's root: path (a display path) or root (a UUID)",
                assertThrows(SyncException.class, () -> handler.page(null, null, null, null)).getMessage());
        assertEquals(404, assertThrows(SyncException.class,
                () -> handler.page("/Company Home/Nowhere", null, null, null)).status());
    }
}
