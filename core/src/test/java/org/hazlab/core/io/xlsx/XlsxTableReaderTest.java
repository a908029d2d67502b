package org.hazlab.core.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazlab.core.io.RawTable;
import org.hazlab.core.io.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableReaderTest {

    @TempDir
    Path dir;

    /** Writes a real workbook the way Excel users fill hazard logs: a title gap, numbers, a date, a bad formula. */
    private Path workbook() throws IOException {
        Path file = dir.resolve("log.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            book.createSheet("Cover");
            Sheet sheet = book.createSheet("Hazards");
            Row header = sheet.createRow(2);
            header.createCell(0).setCellValue("Hazard ID");
            header.createCell(2).setCellValue("Sev.");
            header.createCell(3).setCellValue("Reviewed");
            header.createCell(4).setCellValue("Rate");
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            Row first = sheet.createRow(3);
            first.createCell(0).setCellValue("H1");
            first.createCell(2).setCellValue(4);
            var date = first.createCell(3);
            date.setCellValue(LocalDate.of(2026, 3, 31));
            date.setCellStyle(dateStyle);
            first.createCell(4).setCellValue(0.00001);
            Row second = sheet.createRow(5);
            second.createCell(0).setCellValue("H2");
            second.createCell(2).setCellFormula("1/0");
            Row third = sheet.createRow(6);
            third.createCell(0).setCellValue("H3");
            third.createCell(2).setCellValue("Critical");
            third.createCell(4).setCellValue(true);
            book.setForceFormulaRecalculation(false);
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.write(out);
        }
        return file;
    }

    @Test
    void readsTheNamedSheetWithLocationsAndTypedCellsAsText() throws IOException {
        RawTable table = new XlsxTableReader().read(workbook(), new ReadOptions("log.xlsx", null, null, "Hazards"));
        assertEquals("log.xlsx[Hazards]", table.source());
        assertEquals(List.of("Hazard ID", "Sev.", "Reviewed", "Rate"), table.headers());
        assertEquals(List.of(1, 3, 4, 5), table.columnNumbers(), "the blank column B is skipped");
        assertEquals(3, table.headerLine());
        assertEquals(3, table.rowsRead());
        assertEquals(List.of("H1", "4", "2026-03-31", "0.00001"), table.rows().get(0).cells());
        assertEquals(4, table.rows().get(0).line());
        assertEquals(List.of("H3", "Critical", "", "true"), table.rows().get(1).cells());
        assertEquals(1, table.rejectedRows());
        var problem = table.problems().get(0);
        assertEquals("cell-error", problem.code());
        assertEquals(6, problem.location().line());
        assertEquals(3, problem.location().column());
        assertTrue(problem.value().startsWith("#DIV/0"), problem.value());
    }

    @Test
    void firstSheetByDefaultAndUnknownSheetIsAnError() throws IOException {
        Path file = workbook();
        RawTable cover = new XlsxTableReader().read(file, ReadOptions.labelled("log.xlsx"));
        assertEquals(0, cover.rowsRead(), "the empty first sheet has no rows");
        IOException e = assertThrows(IOException.class,
                () -> new XlsxTableReader().read(file, new ReadOptions("log.xlsx", null, null, "Nope")));
        assertTrue(e.getMessage().contains("Hazards"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAWorkbookIsAnIoError() throws IOException {
        Path file = dir.resolve("fake.xlsx");
        Files.writeString(file, "id,name\n");
        assertThrows(IOException.class, () -> new XlsxTableReader().read(file, ReadOptions.labelled("fake.xlsx")));
    }
}
