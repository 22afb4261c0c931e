package dev.pantau.cli;

import dev.pantau.store.PantauStore;
import dev.pantau.store.ResultTable;
import dev.pantau.store.StoreException;
import dev.pantau.store.StoreQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code pantau query}: events, articles, quotes, entities and timelines from a store. */
@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Ask a store: events, articles (full text), quotes, entities, timeline.",
        subcommands = {QueryCommand.Events.class, QueryCommand.Articles.class, QueryCommand.Quotes.class,
                QueryCommand.Entities.class, QueryCommand.Timeline.class})
public final class QueryCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, scope = picocli.CommandLine.ScopeType.INHERIT, paramLabel = "DIR", description = "The store directory.")
    Path store;

    @Option(names = "--format", scope = picocli.CommandLine.ScopeType.INHERIT, paramLabel = "FORMAT",
            description = "table, json (one JSON array) or csv (default: ${DEFAULT-VALUE}).", defaultValue = "table")
    ResultTable.Format format;

    @Option(names = "--limit", scope = picocli.CommandLine.ScopeType.INHERIT, paramLabel = "N",
            description = "Most rows printed (default: ${DEFAULT-VALUE}).", defaultValue = "100")
    int limit;

    /** Opens the store, runs the query, prints the table; 0 on success, 1 when the store fails. */
    int run(String command, Function<StoreQueries, ResultTable> query) {
        if (!Files.isDirectory(store) || !Files.exists(store.resolve(PantauStore.DB_FILE))) {
            System.err.println("pantau query: no store in " + store + " (create one with 'pantau ingest PATHS --store " + store + "')");
            return 1;
        }
        try (PantauStore s = PantauStore.open(store)) {
            ResultTable t = query.apply(s.queries());
            Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            t.write(format, out);
            return 0;
        } catch (StoreException e) {
            System.err.println("pantau query " + command + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("pantau query " + command + ": standard output closed (" + e.getMessage() + ")");
            return 1;
        }
    }

    static LocalDate date(CommandSpec spec, String option, String value) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + " must be a date like 2023-09-13, not '" + value + "'");
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Events (merged across articles), filtered; actor and event codes match as prefixes.")
    static final class Events implements Callable<Integer> {
        @ParentCommand QueryCommand parent;
        @Spec CommandSpec spec;
        @Option(names = "--actor", paramLabel = "CODE", description = "Source actor code prefix, e.g. RUS or RUSGOV.") String actor;
        @Option(names = "--target", paramLabel = "CODE", description = "Target actor code prefix.") String target;
        @Option(names = "--code", paramLabel = "CAMEO", description = "CAMEO event code prefix, e.g. 04 or 042.") String code;
        @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD).") String from;
        @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD), inclusive.") String to;
        @Option(names = "--place", paramLabel = "PLACE", description = "Country code (ISO alpha-3) or place name of the event's location.") String place;

        @Override
        public Integer call() {
            if (code != null && !code.matches("\\d{1,4}")) throw new ParameterException(spec.commandLine(), "--code must be CAMEO digits like 04 or 042, not '" + code + "'");
            StoreQueries.EventFilter f = new StoreQueries.EventFilter(actor, target, code,
                    date(spec, "--from", from), date(spec, "--to", to), place, parent.limit);
            return parent.run("events", q -> q.events(f));
        }
    }

    @Command(name = "articles", mixinStandardHelpOptions = true, description = "Ranked full-text search with highlighted snippets.")
    static final class Articles implements Callable<Integer> {
        @ParentCommand QueryCommand parent;
        @Parameters(arity = "1..*", paramLabel = "WORDS", description = "Search words (Lucene query syntax allowed: \"phrase\", +must, -not).") java.util.List<String> words;

        @Override
        public Integer call() {
            String q = String.join(" ", words);
            return parent.run("articles", s -> s.articles(q, Math.min(parent.limit, 1000)));
        }
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true, description = "Quotes, by speaker.")
    static final class Quotes implements Callable<Integer> {
        @ParentCommand QueryCommand parent;
        @Option(names = "--speaker", paramLabel = "NAME", description = "Part of the speaker's name (any case), or the speaker's actor code.") String speaker;

        @Override
        public Integer call() {
            return parent.run("quotes", s -> s.quotes(speaker, parent.limit));
        }
    }

    @Command(name = "entities", mixinStandardHelpOptions = true, description = "The entities named in the most articles.")
    static final class Entities implements Callable<Integer> {
        @ParentCommand QueryCommand parent;
        @Spec CommandSpec spec;
        @Option(names = "--type", paramLabel = "TYPE", description = "PERSON, ORGANIZATION, LOCATION or MISC.") String type;
        @Option(names = "--top", paramLabel = "N", description = "How many (default: ${DEFAULT-VALUE}).", defaultValue = "20") int top;

        @Override
        public Integer call() {
            if (type != null && !java.util.List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC").contains(type.toUpperCase(java.util.Locale.ROOT))) {
                throw new ParameterException(spec.commandLine(), "--type must be PERSON, ORGANIZATION, LOCATION or MISC, not '" + type + "'");
            }
            return parent.run("entities", s -> s.entities(type, top));
        }
    }

    @Command(name = "timeline", mixinStandardHelpOptions = true, description = "Events per day, week or month in which an actor is source or target.")
    static final class Timeline implements Callable<Integer> {
        @ParentCommand QueryCommand parent;
        @Spec CommandSpec spec;
        @Option(names = "--actor", required = true, paramLabel = "CODE", description = "Actor code prefix, e.g. PRK.") String actor;
        @Option(names = "--by", paramLabel = "UNIT", description = "day, week, month or year (default: ${DEFAULT-VALUE}).", defaultValue = "month") String by;
        @Option(names = "--from", paramLabel = "DATE") String from;
        @Option(names = "--to", paramLabel = "DATE") String to;

        @Override
        public Integer call() {
            if (!java.util.List.of("day", "week", "month", "year").contains(by)) {
                throw new ParameterException(spec.commandLine(), "--by must be day, week, month or year, not '" + by + "'");
            }
            return parent.run("timeline", s -> s.timeline(actor, by, date(spec, "--from", from), date(spec, "--to", to)));
        }
    }
}
