package org.courtstats.cli;

import java.util.regex.Pattern;

/**
 * Hides passwords written into a JDBC URL ({@code SPRING_DATASOURCE_URL}) before the URL, or a
 * message quoting it, is printed or logged: {@code ?password=…} or {@code &password=…} (pgjdbc's
 * parameters, also {@code sslpassword}), and {@code user:password@host}, wherever they appear in the
 * text (the driver's own messages quote them too).
 */
public final class Secrets {

    static final String MASK = "******";
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;](?:ssl)?password=)[^&;\\s]*");
    /** {@code user:password@host}, also without the {@code //} (the driver quotes it so as an unknown host). */
    private static final Pattern USER_INFO = Pattern.compile("([\\w.%-]+):[^/?#@\\s：]+@");

    private Secrets() {
    }

    /** The text with every password of a URL in it replaced by {@value #MASK}. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = PASSWORD_PARAMETER.matcher(text).replaceAll("$1" + MASK);
        return USER_INFO.matcher(masked).replaceAll("$1:" + MASK + "@");
    }
}
