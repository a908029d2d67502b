package org.hazlab.core.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazlab.core.io.RawRow;
import org.hazlab.core.io.RawRowSink;
import org.hazlab.core.io.RawTableReader;
import org.hazlab.core.io.ReadOptions;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;

/**
 * Reads one sheet of an Excel workbook (.xlsx), where most hazard logs live. The first non-empty row is the
 * header; the header's extent fixes the table's columns. Cells are turned into the text a user sees in Excel,
 * except that dates become ISO dates and numbers lose Excel's display rounding. Formula cells use their cached
 * result; a cell holding an Excel error (#REF!, #N/A) rejects its row.
 */
public final class XlsxTableReader implements RawTableReader {

    @Override
    public Set<String> extensions() {
        return Set.of("xlsx", "xlsm");
    }

    @Override
    public void read(Path file, ReadOptions options, RawRowSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = pickSheet(workbook, options);
            String label = options.label() + "[" + sheet.getSheetName() + "]";
            Row headerRow = firstNonEmptyRow(sheet, sheet.getFirstRowNum());
            if (headerRow == null) {
                sink.begin(label, "", List.of(), List.of(), 0);
                return;
            }
            List<String> headers = new ArrayList<>();
            List<Integer> columns = new ArrayList<>();
            int lastColumn = headerRow.getLastCellNum();
            for (int c = 0; c < lastColumn; c++) {
                String text = textOf(headerRow.getCell(c));
                if (!text.isBlank()) {
                    headers.add(text.strip());
                    columns.add(c + 1);
                }
            }
            sink.begin(label, "", headers, columns, headerRow.getRowNum() + 1);
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || isEmpty(row)) {
                    continue;
                }
                List<String> cells = new ArrayList<>(columns.size());
                Problem problem = null;
                for (int column : columns) {
                    Cell cell = row.getCell(column - 1);
                    if (problem == null && isErrorCell(cell)) {
                        problem = Problem.error("cell-error", new SourceLocation(label, r + 1, column),
                                        "row rejected: cell " + new CellReference(r, column - 1).formatAsString()
                                                + " holds an Excel error")
                                .value(errorText(cell))
                                .expected("a value")
                                .hint("fix the formula in Excel, or paste values").build();
                    }
                    cells.add(textOf(cell));
                }
                if (problem != null) {
                    sink.rejected(problem);
                } else {
                    sink.row(new RawRow(r + 1, cells));
                }
            }
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            throw new IOException("not a readable .xlsx workbook: " + e.getMessage(), e);
        }
    }

    private static Sheet pickSheet(Workbook workbook, ReadOptions options) throws IOException {
        if (options.declaredSheet().isEmpty()) {
            return workbook.getSheetAt(0);
        }
        Sheet sheet = workbook.getSheet(options.sheet());
        if (sheet == null) {
            List<String> names = new ArrayList<>();
            workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
            throw new IOException("no sheet named '" + options.sheet() + "'; the workbook has " + names);
        }
        return sheet;
    }

    private static Row firstNonEmptyRow(Sheet sheet, int from) {
        for (int r = Math.max(0, from); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && !isEmpty(row)) {
                return row;
            }
        }
        return null;
    }

    private static boolean isEmpty(Row row) {
        for (Cell cell : row) {
            if (!textOf(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isErrorCell(Cell cell) {
        return cell != null && (cell.getCellType() == CellType.ERROR
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.ERROR);
    }

    private static String errorText(Cell cell) {
        return FormulaError.forInt(cell.getErrorCellValue()).getString();
    }

    static String textOf(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> numericText(cell);
            case ERROR -> errorText(cell);
            default -> "";
        };
    }

    private static String numericText(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }
}
