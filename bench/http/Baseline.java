import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw baseline of bench/http: the JDK's HTTP server, plain JDBC and HikariCP (from Tandem's extracted lib/), no
 * framework. It serves the benchmark's API requests twice, on the same database Tandem used:
 * <ul>
 * <li>{@code /exact/<name>}: replays, statement for statement, the SQL Tandem sent for that request, captured from
 * PostgreSQL's statement log while Tandem answered it once (bench/http/run.sh writes target/httpbench/sql-&lt;name&gt;.log):
 * the same statements with the same parameters, the same BEGIN/COMMIT, autocommit where Tandem had it. The bearer
 * token's hash replaces the captured one (an unknown token gets 401) and an INSERT gets a fresh id. The answer is
 * every row the statements return, as JSON arrays.</li>
 * <li>{@code /min/<name>}: only what the answer needs: one token check, then one statement with the access rule in its
 * WHERE clause.</li>
 * </ul>
 * Names: {@code read} (GET, a goal's measurements), {@code write} (POST, one measurement), {@code mentorships} (GET, the
 * lead's mentorships), {@code insights} (GET, the program's insights).
 * <pre>java -cp 'target/app/lib/*' bench/http/Baseline.java PORT JDBC_URL USER SQL_DIR SEED_FILE</pre>
 */
public class Baseline {

    record Statement(String sql, List<String> params) {
    }

    static final Pattern LOG = Pattern.compile(" LOG:  (?:execute [^:]+|statement): (.*)$");
    static final Pattern DETAIL = Pattern.compile(" DETAIL:  parameters: (.*)$");
    static final Pattern PARAM = Pattern.compile("\\$(\\d+) = ('(?:[^']|'')*'|NULL)");
    static final Pattern DOLLAR = Pattern.compile("\\$\\d+");

    static HikariDataSource db;
    static java.util.Properties seed;

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[1]);
        config.setUsername(args[2]);
        config.setMaximumPoolSize(10); // Tandem's pool (Spring Boot's default)
        db = new HikariDataSource(config);
        Path sqlDir = Path.of(args[3]);
        seed = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of(args[4]))) {
            seed.load(in);
        }
        Map<String, List<Statement>> exact = new java.util.HashMap<>();
        for (String name : List.of("read", "write", "mentorships", "insights")) {
            exact.put(name, parse(sqlDir.resolve("sql-" + name + ".log")));
            System.out.println(name + ": " + exact.get(name).size() + " statements replayed");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/exact/", ex -> handle(ex, () -> {
            String name = ex.getRequestURI().getPath().substring("/exact/".length());
            List<Statement> statements = exact.get(name);
            return statements == null ? null : replay(statements, token(ex));
        }));
        server.createContext("/min/", ex -> handle(ex, () -> switch (ex.getRequestURI().getPath().substring("/min/".length())) {
            case "read" -> minRead(token(ex));
            case "write" -> minWrite(token(ex));
            case "mentorships" -> minMentorships(token(ex));
            case "insights" -> minInsights(token(ex), exact.get("insights"));
            default -> null;
        }));
        server.start();
        System.out.println("baseline listening on " + port);
    }

    interface Answer {
        String get() throws Exception;
    }

    static void handle(HttpExchange ex, Answer answer) throws IOException {
        int status;
        String body;
        try {
            ex.getRequestBody().readAllBytes();
            body = answer.get();
            status = body == null ? 404 : body.equals("401") ? 401 : "POST".equals(ex.getRequestMethod()) ? 201 : 200;
        } catch (Exception e) {
            status = 500;
            body = "{\"error\":\"" + e.getMessage().replace("\"", "'") + "\"}";
        }
        byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    static String token(HttpExchange ex) throws Exception {
        String header = ex.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            return "";
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(header.substring(7).getBytes(StandardCharsets.UTF_8)));
    }

    // ------------------------------------------------------------ Tandem's exact SQL, replayed

    static List<Statement> parse(Path log) throws IOException {
        List<Statement> out = new ArrayList<>();
        String sql = null;
        for (String line : Files.readAllLines(log)) {
            Matcher d = DETAIL.matcher(line);
            if (d.find() && sql != null) {
                List<String> params = new ArrayList<>();
                Matcher p = PARAM.matcher(d.group(1));
                while (p.find()) {
                    String v = p.group(2);
                    params.add(v.equals("NULL") ? null : v.substring(1, v.length() - 1).replace("''", "'"));
                }
                out.set(out.size() - 1, new Statement(sql, params));
                continue;
            }
            Matcher m = LOG.matcher(line);
            if (m.find()) {
                sql = m.group(1).trim();
                if (!sql.isEmpty()) {
                    out.add(new Statement(sql, List.of()));
                }
            }
        }
        return out;
    }

    static String replay(List<Statement> statements, String tokenHash) throws SQLException {
        StringBuilder json = new StringBuilder("[");
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(true);
            for (Statement s : statements) {
                String upper = s.sql().toUpperCase();
                if (upper.startsWith("BEGIN")) { // BEGIN, or BEGIN READ ONLY of a read-only transaction
                    c.setReadOnly(upper.contains("READ ONLY"));
                    c.setAutoCommit(false);
                    continue;
                }
                if (upper.equals("COMMIT")) {
                    c.commit();
                    c.setAutoCommit(true);
                    c.setReadOnly(false);
                    continue;
                }
                List<String> params = new ArrayList<>(s.params());
                boolean tokenCheck = s.sql().contains("\"api_token\".\"token_hash\" = $1");
                if (tokenCheck) {
                    params.set(0, tokenHash);
                }
                if (upper.startsWith("INSERT")) {
                    params.set(0, UUID.randomUUID().toString());
                }
                try (PreparedStatement ps = c.prepareStatement(DOLLAR.matcher(s.sql()).replaceAll("?"))) {
                    for (int i = 0; i < params.size(); i++) {
                        if (params.get(i) == null) {
                            ps.setNull(i + 1, Types.OTHER);
                        } else {
                            ps.setObject(i + 1, params.get(i), Types.OTHER);
                        }
                    }
                    if (ps.execute()) {
                        try (ResultSet rs = ps.getResultSet()) {
                            int rows = tokenCheck ? count(rs) : rows(rs, json);
                            if (tokenCheck && rows == 0) {
                                return "401";
                            }
                        }
                    }
                }
            }
        }
        return json.append("]").toString();
    }

    static int count(ResultSet rs) throws SQLException {
        int n = 0;
        while (rs.next()) {
            n++;
        }
        return n;
    }

    static int rows(ResultSet rs, StringBuilder json) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = 0;
        while (rs.next()) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('[');
            for (int i = 1; i <= md.getColumnCount(); i++) {
                if (i > 1) {
                    json.append(',');
                }
                Object v = rs.getObject(i);
                if (v == null) {
                    json.append("null");
                } else if (v instanceof Number) {
                    json.append(v);
                } else {
                    json.append('"').append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                }
            }
            json.append(']');
            n++;
        }
        return n;
    }

    // ------------------------------------------------------------ only what the answer needs

    /** The caller's person and organization, or null: the token's one read. */
    static String[] caller(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select t.person_id, t.organization_id from api_token t join person p on p.id = t.person_id and p.organization_id = t.organization_id
                where t.token_hash = ? and t.revoked_at is null and (t.expires_on is null or t.expires_on >= current_date) and p.active""")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
            }
        }
    }

    /** The pair or a lead of the pair's program. */
    static final String MAY_SEE_PAIR = "(ms.mentor_id = ?::uuid or ms.mentee_id = ?::uuid or exists (select 1 from program_lead pl "
            + "where pl.organization_id = ms.organization_id and pl.program_id = ms.program_id and pl.person_id = ?::uuid))";

    static String minRead(String hash) throws SQLException {
        try (Connection c = db.getConnection()) {
            String[] me = caller(c, hash);
            if (me == null) {
                return "401";
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    select m.id, m.measured_value, m.observed_on, m.note, m.recorded_by, p.display_name, m.recorded_at
                    from goal g join mentorship ms on ms.organization_id = g.organization_id and ms.id = g.mentorship_id
                    join goal_measurement m on m.organization_id = g.organization_id and m.goal_id = g.id
                    join person p on p.organization_id = m.organization_id and p.id = m.recorded_by
                    where g.organization_id = ?::uuid and g.id = ?::uuid and (ms.mentor_id = ?::uuid or ms.mentee_id = ?::uuid)
                    order by m.observed_on, m.recorded_at, m.id fetch next 51 rows only""")) {
                // Tandem's rule (GoalAccess): the pair and admins see a goal; the benchmark reads as the pair's mentor
                ps.setString(1, me[1]);
                ps.setString(2, seed.getProperty("readGoal"));
                ps.setString(3, me[0]);
                ps.setString(4, me[0]);
                StringBuilder json = new StringBuilder("[");
                try (ResultSet rs = ps.executeQuery()) {
                    rows(rs, json);
                }
                return json.append(']').toString();
            }
        }
    }

    static String minWrite(String hash) throws SQLException {
        try (Connection c = db.getConnection()) {
            String[] me = caller(c, hash);
            if (me == null) {
                return "401";
            }
            // the measurement, and the pair's insight rollup marked for a refresh, in one statement
            try (PreparedStatement ps = c.prepareStatement("""
                    with added as (
                      insert into goal_measurement (id, organization_id, goal_id, measured_value, observed_on, note, recorded_by, recorded_at)
                      select ?::uuid, g.organization_id, g.id, 3, current_date, null, ?::uuid, now()
                      from goal g join mentorship ms on ms.organization_id = g.organization_id and ms.id = g.mentorship_id
                      where g.organization_id = ?::uuid and g.id = ?::uuid and g.status = 'ACTIVE' and (ms.mentor_id = ?::uuid or ms.mentee_id = ?::uuid)
                      returning id, goal_id, measured_value, observed_on, recorded_at),
                    dirty as (update insight_pair_rollup set dirty = true where mentorship_id = (select mentorship_id from goal where id = ?::uuid) and dirty = false
                      and exists (select 1 from added))
                    select * from added""")) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, me[0]);
                ps.setString(3, me[1]);
                ps.setString(4, seed.getProperty("writeGoal"));
                ps.setString(5, me[0]);
                ps.setString(6, me[0]);
                ps.setString(7, seed.getProperty("writeGoal"));
                StringBuilder json = new StringBuilder("[");
                try (ResultSet rs = ps.executeQuery()) {
                    rows(rs, json);
                }
                return json.append(']').toString();
            }
        }
    }

    static String minMentorships(String hash) throws SQLException {
        try (Connection c = db.getConnection()) {
            String[] me = caller(c, hash);
            if (me == null) {
                return "401";
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    select ms.id, ms.program_id, ms.status, ms.interval_days, ms.duration_minutes, ms.next_at, ms.emphasis,
                      mr.id, mr.display_name, me.id, me.display_name
                    from mentorship ms join person mr on mr.organization_id = ms.organization_id and mr.id = ms.mentor_id
                    join person me on me.organization_id = ms.organization_id and me.id = ms.mentee_id
                    where ms.organization_id = ?::uuid and """ + MAY_SEE_PAIR + """
                     order by ms.id fetch next 51 rows only""")) {
                ps.setString(1, me[1]);
                ps.setString(2, me[0]);
                ps.setString(3, me[0]);
                ps.setString(4, me[0]);
                StringBuilder json = new StringBuilder("[");
                try (ResultSet rs = ps.executeQuery()) {
                    rows(rs, json);
                }
                return json.append(']').toString();
            }
        }
    }

    /** The token check with the lead rule in it, then Tandem's own aggregate statement (the last one captured). */
    static String minInsights(String hash, List<Statement> exact) throws SQLException {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("""
                    select 1 from api_token t join person p on p.id = t.person_id and p.organization_id = t.organization_id
                    join program_lead pl on pl.organization_id = t.organization_id and pl.person_id = t.person_id and pl.program_id = ?::uuid
                    where t.token_hash = ? and t.revoked_at is null and (t.expires_on is null or t.expires_on >= current_date) and p.active""")) {
                ps.setString(1, seed.getProperty("program"));
                ps.setString(2, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return "401";
                    }
                }
            }
            Statement aggregate = exact.getLast();
            try (PreparedStatement ps = c.prepareStatement(DOLLAR.matcher(aggregate.sql()).replaceAll("?"))) {
                for (int i = 0; i < aggregate.params().size(); i++) {
                    ps.setObject(i + 1, aggregate.params().get(i), Types.OTHER);
                }
                StringBuilder json = new StringBuilder("[");
                try (ResultSet rs = ps.executeQuery()) {
                    rows(rs, json);
                }
                return json.append(']').toString();
            }
        }
    }
}
