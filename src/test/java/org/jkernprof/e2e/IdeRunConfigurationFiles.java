package org.jkernprof.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jkernprof.e2e.IdeRunConfiguration.Ide;
import org.jkernprof.testsupport.JsonText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the run configurations shipped with the demo, in each IDE's own file format: IntelliJ's
 * {@code .run/*.run.xml}, VS Code's {@code .vscode/launch.json} and Eclipse's {@code *.launch}.
 */
final class IdeRunConfigurationFiles {
  /** Where each IDE looks for shared configurations, as glob patterns in the demo's folder. */
  static final Map<Ide, String> LOCATIONS =
      Map.of(
          Ide.INTELLIJ, ".run/*.run.xml",
          Ide.VSCODE, ".vscode/launch.json",
          Ide.ECLIPSE, "*.launch");

  private IdeRunConfigurationFiles() {}

  /** Every configuration in the files {@link #LOCATIONS} finds in {@code demoDir}. */
  static List<IdeRunConfiguration> in(Path demoDir) {
    List<IdeRunConfiguration> configurations = new ArrayList<>();
    for (Path file : files(demoDir, Ide.INTELLIJ)) {
      configurations.add(intellij(file));
    }
    for (Path file : files(demoDir, Ide.VSCODE)) {
      configurations.addAll(vscode(file));
    }
    for (Path file : files(demoDir, Ide.ECLIPSE)) {
      configurations.add(eclipse(file));
    }
    return configurations;
  }

  /** The files of {@code ide}'s location in {@code demoDir}, in name order. */
  static List<Path> files(Path demoDir, Ide ide) {
    String glob = LOCATIONS.get(ide);
    int slash = glob.lastIndexOf('/');
    Path folder = slash < 0 ? demoDir : demoDir.resolve(glob.substring(0, slash));
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return files;
    }
    try (DirectoryStream<Path> found =
        Files.newDirectoryStream(folder, glob.substring(slash + 1))) {
      found.forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(null);
    return files;
  }

  /**
   * An IntelliJ {@code Application} configuration: {@code <component
   * name="ProjectRunConfigurationManager"><configuration type="Application">} with its options.
   */
  static IdeRunConfiguration intellij(Path file) {
    Element root = xml(file).getDocumentElement();
    require(file, root.getTagName().equals("component"), "the root is not <component>");
    require(
        file,
        root.getAttribute("name").equals("ProjectRunConfigurationManager"),
        "the component is not the ProjectRunConfigurationManager");
    NodeList configurations = root.getElementsByTagName("configuration");
    require(file, configurations.getLength() == 1, "not exactly one <configuration>");
    Element configuration = (Element) configurations.item(0);
    require(
        file,
        configuration.getAttribute("type").equals("Application")
            && configuration.getAttribute("factoryName").equals("Application"),
        "not an Application configuration");
    Map<String, String> options = new HashMap<>();
    NodeList optionElements = configuration.getChildNodes();
    String module = null;
    for (int i = 0; i < optionElements.getLength(); i++) {
      if (!(optionElements.item(i) instanceof Element)) {
        continue;
      }
      Element child = (Element) optionElements.item(i);
      if (child.getTagName().equals("option")) {
        options.put(child.getAttribute("name"), child.getAttribute("value"));
      } else if (child.getTagName().equals("module")) {
        module = child.getAttribute("name");
      }
    }
    require(file, module != null, "no <module name=...>");
    return new IdeRunConfiguration(
        Ide.INTELLIJ,
        file,
        configuration.getAttribute("name"),
        module,
        required(file, options, "MAIN_CLASS_NAME"),
        options.getOrDefault("PROGRAM_PARAMETERS", ""),
        required(file, options, "VM_PARAMETERS"),
        required(file, options, "WORKING_DIRECTORY"));
  }

  /** The {@code java} launch configurations of a VS Code {@code launch.json}. */
  static List<IdeRunConfiguration> vscode(Path file) {
    Object json = JsonText.parse(read(file));
    require(file, json instanceof Map, "not a JSON object");
    Object list = ((Map<?, ?>) json).get("configurations");
    require(file, list instanceof List, "no \"configurations\" array");
    List<IdeRunConfiguration> configurations = new ArrayList<>();
    for (Object element : (List<?>) list) {
      require(file, element instanceof Map, "a configuration that is not an object");
      Map<?, ?> configuration = (Map<?, ?>) element;
      require(
          file,
          "java".equals(configuration.get("type")) && "launch".equals(configuration.get("request")),
          "a configuration that is not a java launch: " + configuration);
      configurations.add(
          new IdeRunConfiguration(
              Ide.VSCODE,
              file,
              jsonString(file, configuration, "name"),
              jsonString(file, configuration, "projectName"),
              jsonString(file, configuration, "mainClass"),
              jsonArguments(file, configuration, "args"),
              jsonArguments(file, configuration, "vmArgs"),
              configuration.containsKey("cwd")
                  ? jsonString(file, configuration, "cwd")
                  // The Java debugger's default.
                  : "${workspaceFolder}"));
    }
    return configurations;
  }

  /** An Eclipse {@code localJavaApplication} launch configuration, named after its file. */
  static IdeRunConfiguration eclipse(Path file) {
    Element root = xml(file).getDocumentElement();
    require(
        file,
        root.getTagName().equals("launchConfiguration")
            && root.getAttribute("type").equals("org.eclipse.jdt.launching.localJavaApplication"),
        "not a <launchConfiguration type=\"org.eclipse.jdt.launching.localJavaApplication\">");
    Map<String, String> attributes = new HashMap<>();
    NodeList strings = root.getElementsByTagName("stringAttribute");
    for (int i = 0; i < strings.getLength(); i++) {
      Element attribute = (Element) strings.item(i);
      attributes.put(attribute.getAttribute("key"), attribute.getAttribute("value"));
    }
    String prefix = "org.eclipse.jdt.launching.";
    String project = required(file, attributes, prefix + "PROJECT_ATTR");
    String fileName = file.getFileName().toString();
    return new IdeRunConfiguration(
        Ide.ECLIPSE,
        file,
        fileName.substring(0, fileName.length() - ".launch".length()),
        project,
        required(file, attributes, prefix + "MAIN_TYPE"),
        attributes.getOrDefault(prefix + "PROGRAM_ARGUMENTS", ""),
        required(file, attributes, prefix + "VM_ARGUMENTS"),
        // Eclipse's default: the project's folder.
        attributes.getOrDefault(prefix + "WORKING_DIRECTORY", "${workspace_loc:/" + project + "}"));
  }

  private static Document xml(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String jsonString(Path file, Map<?, ?> object, String key) {
    Object value = object.get(key);
    require(file, value instanceof String, "\"" + key + "\" is not a string in " + object);
    return (String) value;
  }

  /** VS Code takes {@code args} and {@code vmArgs} as one string or an array of words. */
  private static String jsonArguments(Path file, Map<?, ?> object, String key) {
    Object value = object.get(key);
    if (value == null) {
      return "";
    }
    if (value instanceof String) {
      return (String) value;
    }
    require(file, value instanceof List, "\"" + key + "\" is neither a string nor an array");
    StringBuilder words = new StringBuilder();
    for (Object word : (List<?>) value) {
      require(file, word instanceof String, "\"" + key + "\" holds a non-string " + word);
      words.append(words.length() == 0 ? "" : " ").append('"').append(word).append('"');
    }
    return words.toString();
  }

  private static String required(Path file, Map<String, String> values, String key) {
    String value = values.get(key);
    require(file, value != null, "no " + key);
    return value;
  }

  private static void require(Path file, boolean condition, String problem) {
    if (!condition) {
      throw new AssertionError(file + ": " + problem);
    }
  }
}
