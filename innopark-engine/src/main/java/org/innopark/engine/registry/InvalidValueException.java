package org.innopark.engine.registry;

/**
 * A value that breaks a rule of its type. It carries the explanation in Chinese and in English so that whoever
 * shows it can use the reader's language.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String messageZh;

    public InvalidValueException(String messageZh, String messageEn) {
        super(messageEn);
        this.messageZh = messageZh;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return getMessage();
    }

    /** The message in the given language ({@code zh} is the default for anything that is not English). */
    public String message(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? messageEn() : messageZh();
    }
}
