package org.innopark.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.innopark.engine.bulletin.DocumentText;
import org.innopark.engine.bulletin.FactExtractor;
import org.innopark.engine.bulletin.FactRows;
import org.innopark.engine.bulletin.QuantFact;

/**
 * 公报数量事实提取 as a Spark job, giving what {@code innopark.jar bulletin extract FILES --format jsonl} gives: the
 * documents are read whole ({@code binaryFiles}: a directory, a glob or several, comma-separated), each decoded by the
 * engine's {@link DocumentText} (plain text in UTF-8 or GBK, and HTML) and its facts extracted by the engine's
 * {@link FactExtractor} in the task that read it. Word and PDF files need the application's libraries and are refused
 * here: {@code innopark.jar bulletin extract} reads them. The facts come in the order of the documents' paths, each
 * document's in the extractor's order, as the CLI gives them for files named in that order.
 */
public final class BulletinJob {

    private BulletinJob() {}

    /** The facts' columns: the JSONL keys; value a decimal, in the unit as written. */
    public static final StructType SCHEMA = schema();

    /** The column holding each fact as its JSON line. */
    static final String LINE = "line";

    private static final String PATH = "__path";
    private static final String INDEX = "__index";

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (String key : FactRows.KEYS) {
            DataType type = key.equals("value") ? DataTypes.createDecimalType(38, 10) : DataTypes.StringType;
            fields.add(DataTypes.createStructField(key, type, !key.equals("doc") && !key.equals("kind")));
        }
        return DataTypes.createStructType(fields);
    }

    private static FactExtractor extractor;

    /** The extractor with the standard vocabulary, built once per JVM (driver or executor). */
    static synchronized FactExtractor extractor() {
        if (extractor == null) {
            extractor = new FactExtractor();
        }
        return extractor;
    }

    /**
     * Runs the job: the facts of every document under the paths, in order, with their JSON line ({@link #LINE}) as
     * the last column.
     */
    public static Dataset<Row> run(SparkSession spark, String paths) {
        JavaRDD<Row> facts = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .binaryFiles(paths)
                .flatMap(file -> {
                    String name = new org.apache.hadoop.fs.Path(file._1()).getName();
                    List<Row> out = new ArrayList<>();
                    int index = 0;
                    for (QuantFact f : facts(file._1(), name, file._2().toArray())) {
                        Object[] values = FactRows.values(f);
                        Object[] row = new Object[values.length + 3];
                        System.arraycopy(values, 0, row, 0, values.length);
                        row[values.length] = FactRows.json(f);
                        row[values.length + 1] = file._1();
                        row[values.length + 2] = index++;
                        out.add(RowFactory.create(row));
                    }
                    return out.iterator();
                });
        StructType schema = SCHEMA.add(LINE, DataTypes.StringType, false)
                .add(PATH, DataTypes.StringType, false)
                .add(INDEX, DataTypes.IntegerType, false);
        Dataset<Row> rows = spark.createDataFrame(facts, schema);
        return rows.orderBy(rows.col(PATH), rows.col(INDEX)).drop(PATH, INDEX);
    }

    /** The same facts without Spark: each document read and extracted in turn, as the CLI does. */
    public static List<QuantFact> embedded(List<String> names, List<byte[]> documents) {
        List<QuantFact> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.addAll(facts(names.get(i), names.get(i), documents.get(i)));
        }
        return out;
    }

    /** One document's facts; a document that is not plain text or HTML is refused, naming it. */
    static List<QuantFact> facts(String path, String name, byte[] bytes) {
        String ext = DocumentText.extension(name);
        boolean office = ext.equals("pdf")
                || ext.equals("docx")
                || ext.equals("doc")
                || DocumentText.startsWith(bytes, "%PDF")
                || DocumentText.startsWith(bytes, "PK\u0003\u0004");
        if (office) {
            throw new JobInputException(
                    path,
                    "Spark 作业只读取 txt 与 html;Word 与 PDF 文件请用 innopark.jar bulletin extract 读取,或先另存为 txt",
                    "the Spark job reads txt and html only; read Word and PDF files with innopark.jar bulletin extract,"
                            + " or save them as txt");
        }
        DocumentText.Text text;
        try {
            text = DocumentText.read(name, bytes);
        } catch (DocumentText.UnreadableDocument e) {
            throw new JobInputException(path, "不是可读取的文本文件:" + e.getMessage(), e.getMessage());
        }
        return extractor().extract(text.name(), text.text());
    }

    /** Whether the output format is JSON lines (else Parquet). */
    static boolean jsonl(String format) {
        return format == null || format.toLowerCase(Locale.ROOT).equals("jsonl");
    }
}
