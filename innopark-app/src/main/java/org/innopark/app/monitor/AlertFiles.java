package org.innopark.app.monitor;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.innopark.app.shared.AtomicFile;
import org.innopark.engine.io.JsonText;
import org.innopark.engine.io.MonitorData;
import org.innopark.engine.monitor.Alert;
import org.innopark.engine.monitor.FirmProfile;
import org.innopark.engine.monitor.FirmSeries;
import org.innopark.engine.monitor.Measure;
import org.innopark.engine.monitor.Period;
import org.innopark.engine.monitor.WarningRules;
import org.innopark.engine.monitor.eval.FaultLabel;
import org.innopark.engine.monitor.eval.LabelledPanel;

/**
 * Writes the monitoring's files: alerts as CSV or JSON with the columns 统一社会信用代码, 期间, 规则, 严重程度, 说明 (UTF-8,
 * no BOM), and a generated labelled panel as the three CSV files a scan and an evaluation read. A file is written to
 * a temporary file beside its target and moved into place, so that a failure leaves nothing half-written.
 */
public final class AlertFiles {

    /** The alert columns, in order; the JSON keys are the same. */
    public static final List<String> COLUMNS = MonitorData.ALERT_COLUMNS;

    public enum Format {
        CSV,
        JSON
    }

    private AlertFiles() {}

    /** The text of the 说明 column: the rule's name, then the alert's explanation. */
    public static String explanation(Alert a, WarningRules rules) {
        return MonitorData.explanation(a, rules);
    }

    /** Writes the alerts to the stream. */
    public static void write(List<Alert> alerts, WarningRules rules, Format format, OutputStream out)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (format == Format.CSV) {
            w.write(String.join(",", COLUMNS));
            w.write("\n");
            for (Alert a : alerts) {
                String[] values = MonitorData.alertRow(a, rules);
                for (int c = 0; c < values.length; c++) {
                    w.write((c == 0 ? "" : ",") + csv(values[c]));
                }
                w.write("\n");
            }
        } else {
            w.write("[");
            for (int i = 0; i < alerts.size(); i++) {
                Alert a = alerts.get(i);
                w.write(i == 0 ? "\n  {" : ",\n  {");
                String[] values = MonitorData.alertRow(a, rules);
                for (int c = 0; c < values.length; c++) {
                    w.write((c == 0 ? "" : ", ") + json(COLUMNS.get(c)) + ": " + json(values[c]));
                }
                w.write("}");
            }
            w.write(alerts.isEmpty() ? "]\n" : "\n]\n");
        }
        w.flush();
    }

    /** Writes the alerts to the file through a temporary file beside it. */
    public static void write(List<Alert> alerts, WarningRules rules, Format format, Path file) {
        atomically(file, out -> write(alerts, rules, format, out));
    }

    /** Writes a generated panel as 月度报表.csv, 企业.csv and 故障标注.csv in the folder. */
    public static void writePanel(LabelledPanel lp, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        atomically(folder.resolve("月度报表.csv"), out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            StringBuilder header = new StringBuilder("统一社会信用代码,期间");
            for (Measure m : Measure.values()) {
                header.append(',').append(m.header());
            }
            w.write(header + "\n");
            StringBuilder line = new StringBuilder();
            for (FirmSeries f : lp.panel().firms()) {
                for (int t = 0; t < f.months(); t++) {
                    if (!f.reported(t)) {
                        continue;
                    }
                    line.setLength(0);
                    line.append(f.creditCode())
                            .append(',')
                            .append(Period.format(lp.panel().start() + t));
                    for (Measure m : Measure.values()) {
                        double v = f.value(m, t);
                        line.append(',');
                        if (!Double.isNaN(v)) {
                            line.append(v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v));
                        }
                    }
                    w.write(line.append('\n').toString());
                }
            }
            w.flush();
        });
        atomically(folder.resolve("企业.csv"), out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write("统一社会信用代码,企业名称,行业代码,成立日期\n");
            for (FirmProfile p : lp.profiles()) {
                w.write(p.creditCode() + "," + csv(p.name()) + "," + p.industry() + "," + p.registered() + "\n");
            }
            w.flush();
        });
        atomically(folder.resolve("故障标注.csv"), out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write("统一社会信用代码,故障类型,起始期间,结束期间\n");
            for (FaultLabel l : lp.labels()) {
                w.write(l.creditCode() + "," + l.kind().zh() + "," + Period.format(l.start()) + ","
                        + (l.end() == FaultLabel.OPEN ? "" : Period.format(l.end())) + "\n");
            }
            w.flush();
        });
    }

    /** What writes a file's bytes. */
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    static void atomically(Path file, Content content) {
        try {
            AtomicFile.write(file, content::write);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static String csv(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static String json(String s) {
        return JsonText.quoted(s);
    }
}
