package org.pacto.mobility.calculation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * The part of the XMILE 1.0 equation language (OASIS, section 3.3 "expressions" and 3.5 "built-in functions")
 * that Pacto evaluates, parsed into a tree of numbers, variables and a closed list of operators and functions.
 * Nothing else is ever executed: an uploaded equation is data, never code, and anything outside this grammar is
 * refused with {@link Invalid}.
 *
 * <pre>
 * expr    := IF expr THEN expr ELSE expr | or
 * or      := and (OR and)*          and := not (AND not)*          not := NOT not | compare
 * compare := sum (( = | &lt;&gt; | &lt; | &lt;= | &gt; | &gt;= ) sum)?
 * sum     := product (( + | - ) product)*      product := unary (( * | / ) unary)*
 * unary   := ( - | + ) unary | power            power := atom ( ^ unary )?
 * atom    := number | name | "quoted name" | name ( args ) | ( expr )
 * </pre>
 * Functions: ABS, EXP, LN, LOG10, SQRT, INT, MIN, MAX, SAFEDIV, STEP, RAMP, LOOKUP, and TIME, DT, STARTTIME,
 * STOPTIME. Names follow XMILE 3.2.2: case-insensitive, spaces and underscores alike. True is 1, false is 0.
 * Limits (so that an upload cannot exhaust the server): {@link #MAX_CHARS} characters, {@link #MAX_DEPTH} levels.
 */
public final class XmileEquation {

    public static final int MAX_CHARS = 4_000;
    public static final int MAX_DEPTH = 60;

    /** What an equation reads while it is evaluated: the variables' current values and the clock. */
    public interface Frame {
        double value(int variable);

        double time();

        double dt();

        double start();

        double stop();

        double lookup(int variable, double x);
    }

    /** A parsed equation. */
    public sealed interface Node {
        double at(Frame f);
    }

    record Constant(double value) implements Node {
        public double at(Frame f) {
            return value;
        }
    }

    record Variable(int index) implements Node {
        public double at(Frame f) {
            return f.value(index);
        }
    }

    record Clock(String which) implements Node {
        public double at(Frame f) {
            return switch (which) {
                case "time" -> f.time();
                case "dt" -> f.dt();
                case "starttime" -> f.start();
                default -> f.stop();
            };
        }
    }

    record Lookup(int graph, Node x) implements Node {
        public double at(Frame f) {
            return f.lookup(graph, x.at(f));
        }
    }

    record Unary(char op, Node a) implements Node {
        public double at(Frame f) {
            double v = a.at(f);
            return op == '-' ? -v : v == 0 ? 1 : 0;
        }
    }

    record Binary(String op, Node a, Node b) implements Node {
        public double at(Frame f) {
            double x = a.at(f);
            double y = b.at(f);
            return switch (op) {
                case "+" -> x + y;
                case "-" -> x - y;
                case "*" -> x * y;
                case "/" -> x / y;
                case "^" -> Math.pow(x, y);
                case "=" -> x == y ? 1 : 0;
                case "<>" -> x != y ? 1 : 0;
                case "<" -> x < y ? 1 : 0;
                case "<=" -> x <= y ? 1 : 0;
                case ">" -> x > y ? 1 : 0;
                case ">=" -> x >= y ? 1 : 0;
                case "and" -> x != 0 && y != 0 ? 1 : 0;
                default -> x != 0 || y != 0 ? 1 : 0;
            };
        }
    }

    record If(Node condition, Node then, Node otherwise) implements Node {
        public double at(Frame f) {
            return condition.at(f) != 0 ? then.at(f) : otherwise.at(f);
        }
    }

    record Call(String function, List<Node> args) implements Node {
        public double at(Frame f) {
            double a = args.getFirst().at(f);
            return switch (function) {
                case "abs" -> Math.abs(a);
                case "exp" -> Math.exp(a);
                case "ln" -> Math.log(a);
                case "log10" -> Math.log10(a);
                case "sqrt" -> Math.sqrt(a);
                case "int" -> Math.floor(a);
                case "min", "max" -> {
                    double r = a;
                    for (int i = 1; i < args.size(); i++) {
                        double v = args.get(i).at(f);
                        r = function.equals("min") ? Math.min(r, v) : Math.max(r, v);
                    }
                    yield r;
                }
                case "safediv" -> {
                    double d = args.get(1).at(f);
                    yield d != 0 ? a / d : args.size() > 2 ? args.get(2).at(f) : 0;
                }
                // STEP(height, start) and RAMP(slope, start), XMILE 3.5.2
                case "step" -> f.time() >= args.get(1).at(f) ? a : 0;
                default -> {
                    double from = args.get(1).at(f);
                    yield f.time() > from ? a * (f.time() - from) : 0;
                }
            };
        }
    }

    /** An equation outside the grammar; {@code position} counts characters from 0. */
    public static final class Invalid extends RuntimeException {
        private final String code;
        private final int position;

        Invalid(String code, int position, String detail) {
            super(detail);
            this.code = code;
            this.position = position;
        }

        /** equation-syntax, equation-unknown-name, equation-unknown-function, equation-too-long, equation-too-deep */
        public String code() {
            return code;
        }

        public int position() {
            return position;
        }
    }

    /** A name resolved to a variable index; {@code references} collects the indexes met. */
    public record Resolver(ToIntFunction<String> index, ToIntFunction<String> graph) {
    }

    private static final List<String> FUNCTIONS = List.of("abs", "exp", "ln", "log10", "sqrt", "int", "min", "max",
            "safediv", "step", "ramp", "lookup");
    private static final List<String> CLOCKS = List.of("time", "dt", "starttime", "stoptime");
    private static final List<String> WORDS = List.of("if", "then", "else", "and", "or", "not");

    private final String text;
    private final ToIntFunction<String> index;
    private final ToIntFunction<String> graph;
    private final List<Integer> references;
    private int at;
    private int depth;
    private int nodes;

    private XmileEquation(String text, Resolver resolver, List<Integer> references) {
        this.text = text;
        this.index = resolver.index();
        this.graph = resolver.graph();
        this.references = references;
    }

    /** XMILE names: case-insensitive, a space is an underscore, surrounding blanks ignored. */
    public static String canonical(String name) {
        return name.strip().replaceAll("[\\s_]+", "_").toLowerCase(Locale.ROOT);
    }

    /** The parsed tree and the number of its nodes (the cost of one evaluation). */
    public record Parsed(Node node, int nodes) {
    }

    /**
     * @param resolver turns a canonical name into a variable index (negative: unknown) and into the index of a
     *                 graphical function for LOOKUP (negative: none)
     * @param references receives the index of every variable read
     */
    public static Parsed parse(String text, Resolver resolver, List<Integer> references) {
        if (text.length() > MAX_CHARS) {
            throw new Invalid("equation-too-long", MAX_CHARS, "more than " + MAX_CHARS + " characters");
        }
        var parser = new XmileEquation(text, resolver, references);
        Node node = parser.expression();
        parser.blanks();
        if (parser.at < text.length()) {
            throw new Invalid("equation-syntax", parser.at, "unexpected " + text.charAt(parser.at));
        }
        return new Parsed(node, parser.nodes);
    }

    private Node expression() {
        if (++depth > MAX_DEPTH) {
            throw new Invalid("equation-too-deep", at, "more than " + MAX_DEPTH + " levels");
        }
        nodes++;
        Node result;
        if (word("if")) {
            Node condition = expression();
            expect("then");
            Node then = expression();
            expect("else");
            result = new If(condition, then, expression());
        } else {
            result = or();
        }
        depth--;
        return result;
    }

    private Node or() {
        Node n = and();
        while (word("or")) {
            n = binary("or", n, and());
        }
        return n;
    }

    private Node and() {
        Node n = not();
        while (word("and")) {
            n = binary("and", n, not());
        }
        return n;
    }

    private Node not() {
        if (word("not")) {
            return nested(() -> new Unary('!', not()));
        }
        return compare();
    }

    private Node compare() {
        Node n = sum();
        for (String op : List.of("<>", "<=", ">=", "=", "<", ">")) {
            if (symbol(op)) {
                return binary(op, n, sum());
            }
        }
        return n;
    }

    private Node sum() {
        Node n = product();
        while (true) {
            if (symbol("+")) {
                n = binary("+", n, product());
            } else if (symbol("-")) {
                n = binary("-", n, product());
            } else {
                return n;
            }
        }
    }

    private Node product() {
        Node n = unary();
        while (true) {
            if (symbol("*")) {
                n = binary("*", n, unary());
            } else if (symbol("/")) {
                n = binary("/", n, unary());
            } else {
                return n;
            }
        }
    }

    private Node unary() {
        if (symbol("-")) {
            return nested(() -> new Unary('-', unary()));
        }
        if (symbol("+")) {
            return nested(this::unary);
        }
        Node base = atom();
        return symbol("^") ? binary("^", base, nested(this::unary)) : base;
    }

    private Node nested(java.util.function.Supplier<Node> inner) {
        if (++depth > MAX_DEPTH) {
            throw new Invalid("equation-too-deep", at, "more than " + MAX_DEPTH + " levels");
        }
        nodes++;
        Node n = inner.get();
        depth--;
        return n;
    }

    private Node binary(String op, Node a, Node b) {
        nodes++;
        return new Binary(op, a, b);
    }

    private Node atom() {
        blanks();
        int startedAt = at;
        if (symbol("(")) {
            Node n = expression();
            if (!symbol(")")) {
                throw new Invalid("equation-syntax", at, "missing )");
            }
            return n;
        }
        if (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            return number();
        }
        String name = name();
        if (name.isEmpty() || WORDS.contains(name)) {
            throw new Invalid("equation-syntax", startedAt, "expected a number or a name");
        }
        nodes++;
        if (symbol("(")) {
            return call(name, startedAt);
        }
        if (CLOCKS.contains(name)) {
            return new Clock(name);
        }
        int i = index.applyAsInt(name);
        if (i < 0) {
            throw new Invalid("equation-unknown-name", startedAt, name);
        }
        references.add(i);
        return new Variable(i);
    }

    private Node call(String function, int startedAt) {
        if (CLOCKS.contains(function)) {
            if (!symbol(")")) {
                throw new Invalid("equation-syntax", at, function + "() takes no argument");
            }
            return new Clock(function);
        }
        if (!FUNCTIONS.contains(function)) {
            throw new Invalid("equation-unknown-function", startedAt, function);
        }
        if (function.equals("lookup")) {
            blanks();
            int nameAt = at;
            String table = name();
            int g = graph.applyAsInt(table);
            if (g < 0) {
                throw new Invalid("equation-unknown-name", nameAt, table);
            }
            if (!symbol(",")) {
                throw new Invalid("equation-syntax", at, "LOOKUP(table, x)");
            }
            Node x = expression();
            if (!symbol(")")) {
                throw new Invalid("equation-syntax", at, "missing )");
            }
            return new Lookup(g, x);
        }
        var args = new ArrayList<Node>();
        do {
            args.add(expression());
        } while (symbol(","));
        if (!symbol(")")) {
            throw new Invalid("equation-syntax", at, "missing )");
        }
        int least = switch (function) {
            case "min", "max", "safediv", "step", "ramp" -> 2;
            default -> 1;
        };
        int most = switch (function) {
            case "min", "max" -> 100;
            case "safediv" -> 3;
            case "step", "ramp" -> 2;
            default -> 1;
        };
        if (args.size() < least || args.size() > most) {
            throw new Invalid("equation-syntax", startedAt, function + " takes " + least + "–" + most + " arguments");
        }
        return new Call(function, List.copyOf(args));
    }

    private Node number() {
        int from = at;
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            at++;
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            int mark = at++;
            if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            if (at >= text.length() || !Character.isDigit(text.charAt(at))) {
                at = mark; // not an exponent: "2e" is left for the caller to refuse
            }
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
        }
        try {
            double v = Double.parseDouble(text.substring(from, at));
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            nodes++;
            return new Constant(v);
        } catch (NumberFormatException e) {
            throw new Invalid("equation-syntax", from, "not a number");
        }
    }

    /** A bare name (letters, digits, underscores; XMILE 3.2.2) or a double-quoted one, canonical. */
    private String name() {
        blanks();
        if (at < text.length() && text.charAt(at) == '"') {
            int end = text.indexOf('"', at + 1);
            if (end < 0) {
                throw new Invalid("equation-syntax", at, "unclosed quoted name");
            }
            String quoted = text.substring(at + 1, end);
            at = end + 1;
            return canonical(quoted);
        }
        int from = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        return canonical(text.substring(from, at));
    }

    private void blanks() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private boolean symbol(String s) {
        blanks();
        if (text.startsWith(s, at)) {
            at += s.length();
            return true;
        }
        return false;
    }

    /** A keyword such as IF or AND, any case, not followed by a name character. */
    private boolean word(String w) {
        blanks();
        int end = at + w.length();
        if (end <= text.length() && text.regionMatches(true, at, w, 0, w.length())
                && (end == text.length() || !(Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'))) {
            at = end;
            return true;
        }
        return false;
    }

    private void expect(String w) {
        if (!word(w)) {
            throw new Invalid("equation-syntax", at, "expected " + w.toUpperCase(Locale.ROOT));
        }
    }
}
