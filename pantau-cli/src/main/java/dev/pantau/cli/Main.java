package dev.pantau.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pantau} command. */
@Command(name = "pantau", mixinStandardHelpOptions = true, version = "pantau 0.1.0",
        description = "News event intelligence: entities, times, quotes, sources, CAMEO events and tone from news articles.",
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, IngestCommand.class, QueryCommand.class, ExportCommand.class, WatchCommand.class, ServeCommand.class, TrainCommand.class, EvalCommand.class, TagCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 some inputs failed, 2 usage error). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> 2);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl.execute(args);
    }
}
