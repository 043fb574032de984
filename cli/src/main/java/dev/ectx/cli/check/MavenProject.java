package dev.ectx.cli.check;

import dev.ectx.cli.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A Maven project folder, as far as {@code ectx check} needs it: where its main sources are,
 * which {@code -A} checker options its compiler configuration passes, and whether it declares
 * dependencies. Only the project's own {@code pom.xml} is read (no parent, no profiles); values
 * with unresolved {@code ${...}} properties fall back to Maven's defaults.
 *
 * @param folder the project folder
 * @param sourceRoots the main source folders ({@code src/main/java} unless the pom says otherwise)
 * @param checkerOptions the {@code -Aname=value} compiler arguments, as name to value
 * @param hasDependencies whether the pom declares any dependency
 * @param aggregator whether the pom lists {@code <modules>} (a multi-module reactor)
 */
public record MavenProject(
    Path folder,
    List<Path> sourceRoots,
    Map<String, String> checkerOptions,
    boolean hasDependencies,
    boolean aggregator) {

  /** Finds the class path of a project's dependencies. */
  @FunctionalInterface
  public interface Resolver {
    /**
     * The project's compile class path (jars and class folders).
     *
     * @throws InputException when it cannot be resolved
     */
    List<Path> dependencyClasspath(MavenProject project);
  }

  /**
   * Reads the {@code pom.xml} of {@code folder}.
   *
   * @throws InputException when the pom is not well-formed XML
   */
  public static MavenProject read(Path folder) {
    Path pom = folder.resolve("pom.xml");
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler());
      document = builder.parse(pom.toFile());
    } catch (SAXException e) {
      throw new InputException("cannot read " + pom + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new InputException("cannot read " + pom + ": " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    Element project = document.getDocumentElement();
    Element build = child(project, "build");
    String sourceDirectory = build == null ? null : text(child(build, "sourceDirectory"));
    Path sources =
        sourceDirectory == null || sourceDirectory.contains("${")
            ? folder.resolve("src/main/java")
            : folder.resolve(sourceDirectory);
    Element dependencies = child(project, "dependencies");
    boolean hasDependencies =
        dependencies != null && dependencies.getElementsByTagName("dependency").getLength() > 0;
    return new MavenProject(
        folder,
        List.of(sources.normalize()),
        checkerOptions(project),
        hasDependencies,
        child(project, "modules") != null);
  }

  /**
   * Every {@code <arg>-Aname=value</arg>} of the pom (compiler arguments), in order, with {@code
   * ${name}} replaced from the pom's own {@code <properties>}; arguments that still hold a
   * property are skipped.
   */
  private static Map<String, String> checkerOptions(Element project) {
    Map<String, String> properties = properties(project);
    Map<String, String> options = new LinkedHashMap<>();
    NodeList args = project.getElementsByTagName("arg");
    for (int i = 0; i < args.getLength(); i++) {
      String arg = interpolate(text((Element) args.item(i)), properties);
      if (arg == null || !arg.startsWith("-A") || arg.contains("${")) {
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
      options.putIfAbsent(name, equals < 0 ? "" : arg.substring(equals + 1));
    }
    return options;
  }

  private static Map<String, String> properties(Element project) {
    Map<String, String> properties = new LinkedHashMap<>();
    Element block = child(project, "properties");
    if (block != null) {
      for (Node node = block.getFirstChild(); node != null; node = node.getNextSibling()) {
        if (node instanceof Element property) {
          properties.put(property.getTagName(), property.getTextContent().strip());
        }
      }
    }
    return properties;
  }

  private static String interpolate(String text, Map<String, String> properties) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (Map.Entry<String, String> property : properties.entrySet()) {
      result = result.replace("${" + property.getKey() + "}", property.getValue());
    }
    return result;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && name.equals(element.getTagName())) {
        found.add(element);
      }
    }
    return found.isEmpty() ? null : found.get(0);
  }

  private static String text(Element element) {
    return element == null ? null : element.getTextContent().strip();
  }
}
