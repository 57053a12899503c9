package org.jkernprof.testsupport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of a method of the JSON report (docs/json-report.md), which the document keeps by
 * column, read back as one map per source line: {@code line}, {@code text}, {@code hits}, {@code
 * nanos} (null for lines without figures), {@code allocatedBytes} where present, {@code nearZero},
 * {@code fewSamples} and {@code tokens}, as the HTML page reads them.
 */
public final class JsonReportRows {
  private JsonReportRows() {}

  /**
   * The rows of {@code method}, an element of the document's {@code methods}, as read by JsonText.
   */
  public static List<Map<String, Object>> of(Map<String, Object> method) {
    Map<?, ?> columns = (Map<?, ?>) method.get("rows");
    List<?> lines = (List<?>) columns.get("line");
    Set<Object> nearZero = indexes(columns, "nearZero");
    Set<Object> fewSamples = indexes(columns, "fewSamples");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("line", lines.get(i));
      for (String column : List.of("text", "hits", "nanos", "allocatedBytes", "tokens")) {
        List<?> values = (List<?>) columns.get(column);
        row.put(column, values == null ? null : values.get(i));
      }
      row.put("nearZero", nearZero.contains(i));
      row.put("fewSamples", fewSamples.contains(i));
      rows.add(row);
    }
    return rows;
  }

  private static Set<Object> indexes(Map<?, ?> columns, String flag) {
    Set<Object> rows = new HashSet<>();
    List<?> listed = (List<?>) columns.get(flag);
    if (listed != null) {
      for (Object index : listed) {
        rows.add(((Number) index).intValue());
      }
    }
    return rows;
  }
}
