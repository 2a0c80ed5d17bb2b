package org.courtstats.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * A usage error in one or two Chinese lines pointing to --help (exit 2), instead of picocli's English
 * message and the whole usage screen. picocli's messages are translated by their shape; the
 * messages courtstats itself gives (a month out of range, a file of the wrong kind) are Chinese already.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    private static final List<Translation> TRANSLATIONS = List.of(
            new Translation("Missing required options?(?: and parameters?)?: (.*)", "缺少必需的选项：%s"),
            new Translation("Missing required parameters?: (.*)", "缺少必需的参数：%s"),
            new Translation("Missing required parameter for option '([^']*)' \\((.*)\\)", "选项 %s 后面缺少取值（%s）"),
            new Translation("Expected parameter for option '([^']*)' but found '([^']*)'", "选项 %s 后面缺少取值，却是“%s”"),
            new Translation("Unknown options?: (.*)", "无法识别的选项：%s"),
            new Translation("Unmatched arguments? from index \\d+: (.*)", "无法识别的参数：%s"),
            new Translation("Unmatched argument at index \\d+: (.*)", "无法识别的参数：%s"),
            new Translation("Invalid value for option '([^']*)': (.*)", "选项 %s 的值无效：%s"),
            new Translation("option '([^']*)' \\(([^)]*)\\) should be specified only once", "选项 %s 只能给一次"));

    private record Translation(Pattern english, String chinese) {
        Translation(String english, String chinese) {
            this(Pattern.compile(english, Pattern.DOTALL), chinese);
        }
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        StringBuilder message = new StringBuilder("错误：").append(chinese(e.getMessage()));
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            message.append("。是不是想输入：").append(String.join("、", unmatched.getSuggestions())).append("？");
        }
        command.getErr().println(message);
        command.getErr().println("用法见：" + command.getCommandSpec().qualifiedName() + " --help");
        command.getErr().flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** picocli's message in Chinese (the option names and values as given); a Chinese message as it is. */
    static String chinese(String message) {
        for (Translation translation : TRANSLATIONS) {
            Matcher matcher = translation.english().matcher(message.strip());
            if (matcher.matches()) {
                Object[] parts = new Object[matcher.groupCount()];
                for (int g = 0; g < parts.length; g++) {
                    parts[g] = matcher.group(g + 1).replace("'", "");
                }
                return translation.chinese().formatted(parts);
            }
        }
        return message;
    }
}
