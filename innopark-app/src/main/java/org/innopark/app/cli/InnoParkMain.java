package org.innopark.app.cli;

/** Entry point of {@code innopark.jar}: {@code serve}, {@code demo}, {@code import}, {@code export}, {@code db}. */
public final class InnoParkMain {

    private InnoParkMain() {}

    public static void main(String[] args) {
        int status = InnoParkCommand.commandLine().execute(args.length == 0 ? new String[] {"serve"} : args);
        if (status != 0 || !InnoParkCommand.keepsRunning()) {
            System.exit(status);
        }
    }
}
