package org.hazlab.core.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelimitedRecordParserTest {

    private static List<DelimitedRecordParser.Record> parse(String text, char delimiter) throws IOException {
        DelimitedRecordParser parser = new DelimitedRecordParser(new StringReader(text), delimiter);
        List<DelimitedRecordParser.Record> records = new ArrayList<>();
        DelimitedRecordParser.Record record;
        while ((record = parser.next()) != null) {
            records.add(record);
        }
        return records;
    }

    @Test
    void quotedFieldsKeepCommasDoubledQuotesAndLineBreaks() throws IOException {
        var records = parse("id,text\nH1,\"a, b \"\"c\"\"\nd\"\nH2,plain\n", ',');
        assertEquals(3, records.size());
        assertEquals(List.of("H1", "a, b \"c\"\nd"), records.get(1).fields());
        assertEquals(2, records.get(1).line());
        assertEquals(4, records.get(2).line(), "the record after a two-line field starts on line 4");
    }

    @Test
    void crlfAndBareCrEndLines() throws IOException {
        var records = parse("a,b\r\n1,2\r3,4\r\n", ',');
        assertEquals(List.of("1", "2"), records.get(1).fields());
        assertEquals(List.of("3", "4"), records.get(2).fields());
        assertEquals(3, records.get(2).line());
    }

    @Test
    void crlfInsideQuotedFieldBecomesOneLineBreak() throws IOException {
        var records = parse("x\r\n\"one\r\ntwo\"\r\nnext\r\n", ',');
        assertEquals("one\ntwo", records.get(1).fields().get(0));
        assertEquals(4, records.get(2).line());
    }

    @Test
    void unterminatedQuoteIsAnErrorAtTheOpeningQuote() throws IOException {
        var records = parse("id,text\nH1,\"never closed\nH2,x\n", ',');
        DelimitedRecordParser.Record last = records.get(records.size() - 1);
        assertNotNull(last.error());
        assertEquals(2, last.errorLine());
        assertEquals(4, last.errorColumn());
        assertEquals(2, records.size(), "everything after the quote belongs to the broken record");
    }

    @Test
    void textAfterClosingQuoteIsAnError() throws IOException {
        var records = parse("\"ab\"c,d\n", ',');
        assertNotNull(records.get(0).error());
        assertEquals(1, records.get(0).errorLine());
        assertEquals(5, records.get(0).errorColumn());
    }

    @Test
    void quoteInsideUnquotedFieldIsLiteral() throws IOException {
        var records = parse("a 6\" tube,x\n", ',');
        assertEquals(List.of("a 6\" tube", "x"), records.get(0).fields());
        assertNull(records.get(0).error());
    }

    @Test
    void tabDelimiterAndEmptyTrailingField() throws IOException {
        var records = parse("a\tb\t\n", '\t');
        assertEquals(List.of("a", "b", ""), records.get(0).fields());
    }

    @Test
    void lastLineWithoutLineBreakIsARecord() throws IOException {
        var records = parse("a,b\n1,2", ',');
        assertEquals(List.of("1", "2"), records.get(1).fields());
    }
}
