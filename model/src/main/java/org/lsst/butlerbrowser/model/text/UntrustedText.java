package org.lsst.butlerbrowser.model.text;

/**
 * Input from files and services quoted in a one-line message: cut to a readable length, and with
 * line breaks and other control or format characters (which would break the line, or reorder it on
 * screen like U+202E) shown as spaces.
 */
public final class UntrustedText {

    private UntrustedText() {
    }

    /** The text cut to {@code maxLength} characters (the last three "...") and made printable. */
    public static String quote(String text, int maxLength) {
        String cut = text.length() > maxLength ? text.substring(0, maxLength - 3) + "..." : text;
        StringBuilder sb = new StringBuilder(cut.length());
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            int type = Character.getType(c);
            boolean invisible = Character.isISOControl(c) || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            sb.append(invisible ? ' ' : c);
        }
        return sb.toString();
    }
}
