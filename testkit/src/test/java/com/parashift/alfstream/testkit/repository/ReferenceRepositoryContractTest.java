package com.parashift.alfstream.testkit.repository;

import com.parashift.alfstream.repo.port.RepositoryPort;
import com.parashift.alfstream.testkit.contract.PortFixture;
import com.parashift.alfstream.testkit.contract.RepositoryPortContract;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;

/** The reference repository passes the port contract, with users' edits made through {@link LocalEdits}. */
class ReferenceRepositoryContractTest extends RepositoryPortContract {

    @Override
    protected PortFixture createFixture(Path directory) throws Exception {
        ReferenceRepository repository = new ReferenceRepository("contract-local", directory);
        LocalEdits edit = repository.edit();
        return new PortFixture() {
            @Override
            public RepositoryPort port() {
                return repository;
            }

            @Override
            public String syncedFolder(String name) {
                String folder = edit.createFolder(repository.rootUuid(), name);
                edit.beginSync(folder);
                return folder;
            }

            @Override
            public String folderIn(String parentUuid, String name) {
                return edit.createFolder(parentUuid, name);
            }

            @Override
            public String fileIn(String parentUuid, String name, byte[] content, String mimetype) {
                return edit.createFile(parentUuid, name, new ByteArrayInputStream(content), mimetype);
            }

            @Override
            public Runnable holdJournal() {
                return repository.holdJournal();
            }
        };
    }
}
