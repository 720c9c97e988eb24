package cn.ggw.volunteers.census;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.nio.file.Path;

/**
 * An OLE2 compound file: an Excel 97–2003 workbook (.xls), a password-protected XLSX (Office
 * wraps those in OLE2 too), or another Office file. We read the first (XlsSource); for the others this says why not.
 */
final class Ole2 {

    private Ole2() {
    }

    /** Why the file cannot be read, or null for an .xls workbook. */
    static CensusFileException refusal(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                return new CensusFileException(CensusFileException.ENCRYPTED);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
                return null; // an Excel 97–2003 workbook: XlsSource reads it
            }
            return new CensusFileException(CensusFileException.NOT_SPREADSHEET);
        } catch (Exception e) {
            return new CensusFileException(CensusFileException.DAMAGED, e);
        }
    }
}
