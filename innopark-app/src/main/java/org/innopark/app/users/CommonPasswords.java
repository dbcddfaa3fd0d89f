package org.innopark.app.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords guessing tools try first ({@code common-passwords.txt} beside this class), and the ways people dress
 * them up to pass a length and character-class rule: upper case, digits and symbols before or after
 * ({@code Password1!}, {@code Qwerty1234}, {@code 2024Dragon!}), letters written as digits or symbols
 * ({@code P@ssw0rd}), runs along the alphabet or the keyboard ({@code Abcdefgh1!}, {@code Asdfghjk12}), and one or two
 * characters repeated ({@code Aaaaaaaa1!}).
 */
final class CommonPasswords {

    /** The shortest stem a password may be refused for being; shorter ones are too likely to be a chance match. */
    static final int MIN_STEM = 3;

    private static final Set<String> LIST = load();

    private static final String[] KEYBOARD_RUNS = {
        "abcdefghijklmnopqrstuvwxyz",
        "qwertyuiop",
        "asdfghjkl",
        "zxcvbnm",
        "qazwsxedcrfvtgbyhnujmikolp",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
        "01234567890",
    };

    private CommonPasswords() {}

    /** Whether the password is a common one or a dressed-up common one. */
    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (LIST.contains(lower) || repeated(lower)) {
            return true;
        }
        String stem = stem(lower);
        if (stem.length() < MIN_STEM) {
            return false;
        }
        String plain = unLeet(stem);
        return LIST.contains(stem)
                || LIST.contains(plain)
                || LIST.contains(stem(plain))
                || repeated(stem)
                || run(plain)
                || run(stem);
    }

    /** The password without the digits and symbols around its letters. */
    static String stem(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }

    /** Digits and symbols written for the letters they look like. */
    static String unLeet(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(
                    switch (c) {
                        case '0' -> 'o';
                        case '1', '!', '|' -> 'i';
                        case '3' -> 'e';
                        case '4', '@' -> 'a';
                        case '5', '$' -> 's';
                        case '7', '+' -> 't';
                        case '8' -> 'b';
                        case '9' -> 'g';
                        default -> c;
                    });
        }
        return sb.toString();
    }

    /** A stretch of the alphabet, a keyboard row or column, forwards or backwards. */
    static boolean run(String s) {
        if (s.length() < 4) {
            return false;
        }
        String reversed = new StringBuilder(s).reverse().toString();
        for (String keys : KEYBOARD_RUNS) {
            if (keys.contains(s) || keys.contains(reversed)) {
                return true;
            }
        }
        return false;
    }

    private static boolean repeated(String s) {
        return s.chars().distinct().count() <= 2;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = CommonPasswords.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing beside " + CommonPasswords.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
