package org.courtstats.reports;

/**
 * Text written into a file a spreadsheet opens must stay text: Excel and LibreOffice evaluate a value
 * that starts with =, +, - or @ as a formula (in a CSV on opening, in an .xlsx cell when it is
 * edited). A court's text, a file name or a catalogue entry could start so.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /**
     * Whether a string cell holding this text should be marked as text (the cell style's quote
     * prefix, as a leading ' typed in Excel), so that editing it never turns it into a formula.
     */
    public static boolean looksLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    /**
     * The text as a CSV field a spreadsheet will not evaluate: a leading ' before =, +, -, @ (or a
     * tab or carriage return). A signed number stays as it is: it is read as a number.
     */
    public static String csvLiteral(String text) {
        if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || text.matches("[+-]\\d[\\d,]*(\\.\\d+)?")) {
            return text;
        }
        return "'" + text;
    }
}
