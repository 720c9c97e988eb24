package cn.ggw.volunteers.census;

import cn.ggw.testsupport.TestTree;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The stored census file comes back byte for byte although it is read in slices (CensusImportJobs.fetchFile). */
@QuarkusTest
class CensusFileSlicesTest {

    @Inject
    CensusImportJobs jobs;

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("A file of two and a half slices, and files that end exactly on a slice, are read back unchanged")
    void sliced() throws Exception {
        TestTree tree = TestTree.build();
        long id = CensusImportResourceTest.uploaded(tree.adminToken(), CensusImportResourceTest.workbook(List.of(
                CensusImportResourceTest.person(1, "王德明", CensusImportResourceTest.idNumber(), "一号镇", "甲村")))).getLong("id");
        Random random = new Random(19);
        for (int size : new int[] {CensusImportJobs.FILE_SLICE * 5 / 2 + 17, CensusImportJobs.FILE_SLICE, 2 * CensusImportJobs.FILE_SLICE, 1}) {
            byte[] content = new byte[size];
            random.nextBytes(content);
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement st = c.prepareStatement("update volunteer_import_file set content = ? where import_id = ?")) {
                    st.setBytes(1, content);
                    st.setLong(2, id);
                    assertEquals(1, st.executeUpdate());
                }
                Path file = jobs.fetchFile(c, id);
                try {
                    assertArrayEquals(content, Files.readAllBytes(file), "file of " + size + " bytes");
                } finally {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    @DisplayName("An import whose file is gone says so")
    void gone() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            CensusFileException e = assertThrows(CensusFileException.class, () -> jobs.fetchFile(c, -1));
            assertEquals("import.file.gone", e.code());
        }
    }
}
